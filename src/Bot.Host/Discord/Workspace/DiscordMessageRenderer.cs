using Bot.Core.Messaging;
using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Platform-neutral messages in Discord's shapes: buttons as action rows (at most 5 × 5, custom_id = the button data),
/// texts as content for members and as an embed (a card) in workspace channels, both within Discord's limits.
/// </summary>
internal static class DiscordMessageRenderer
{
    public const int MaxContent = 2000;
    public const int MaxEmbedDescription = 4096;
    private const int CardColour = 0x2E7D32;

    public static IReadOnlyList<MessageComponent> Components(OutboundMessage message)
    {
        var rows = new List<MessageComponent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in message.Buttons)
        {
            // custom_id must be 1–100 characters and unique per message.
            foreach (var chunk in row.Where(b => b.Data.Length is >= 1 and <= 100 && seen.Add(b.Data)).Chunk(5))
            {
                if (rows.Count == 5)
                {
                    return rows;
                }

                var first = rows.Count == 0;
                rows.Add(new ActionRow([.. chunk.Select((b, i) => ButtonComponent.Create(first && i == 0 ? ButtonStyle.Primary : ButtonStyle.Secondary, Label(b.Label), b.Data))]));
            }
        }

        return rows;
    }

    public static MessagePayload Payload(string text, IReadOnlyList<MessageComponent>? components, bool asCard) => asCard
        ? new MessagePayload { Embeds = [new Embed { Description = Fit(text, MaxEmbedDescription), Color = CardColour }], Components = components, AllowedMentions = AllowedMentions.None }
        : new MessagePayload { Content = Fit(text, MaxContent), Components = components, AllowedMentions = AllowedMentions.None };

    public static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Label(string label) => string.IsNullOrWhiteSpace(label) ? "…" : Fit(label, 80);
}
