using Bot.Core.Messaging;
using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>What the adapter does with an interaction: Discord's first response now, and maybe an update for the pipeline.</summary>
/// <param name="EditsOriginal">The response was a deferred reply, so the pipeline's first reply edits it.</param>
internal sealed record DiscordDecision(InteractionResponse Response, InboundUpdate? Update = null, bool EditsOriginal = false)
{
    /// <summary>An answer only the member sees, with nothing sent to the pipeline.</summary>
    public static DiscordDecision Private(string text) =>
        new(InteractionResponse.Message(MessagePayload.Text(text) with { Flags = MessageFlags.Ephemeral }));
}
