using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// A guild slash command of the workspace: it runs <see cref="ToCommand"/> through the pipeline (the member sees
/// "thinking…" at once, then the reply, privately). Registering one with the same name again replaces it.
/// </summary>
/// <param name="DescriptionKey">Text key of the description shown in Discord (1–100 characters).</param>
public sealed record DiscordSlashCommand(string Name, string DescriptionKey)
{
    public IReadOnlyList<DiscordSlashOption> Options { get; init; } = [];

    /// <summary>The bot command to run, e.g. data => "/tanya " + data.Option("teks")?.Text.</summary>
    public required Func<InteractionData, string> ToCommand { get; init; }
}
