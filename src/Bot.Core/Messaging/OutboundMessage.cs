namespace Bot.Core.Messaging;

/// <summary>What the bot says: text, buttons, files, or an edit of a message it sent before.</summary>
public sealed record OutboundMessage
{
    public string? Text { get; init; }

    /// <summary>Rows of buttons, shown under the text.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public IReadOnlyList<OutboundFile> Files { get; init; } = [];

    /// <summary>When set, the platform message with this id is edited instead of a new one sent.</summary>
    public string? EditMessageId { get; init; }

    /// <summary>
    /// The inbound update (<see cref="InboundUpdate.UpdateId"/>) this message answers; set by <c>UpdateContext.Reply</c>.
    /// Platforms that answer in place use it (Discord edits the acknowledged interaction); others ignore it.
    /// </summary>
    public string? ReplyTo { get; init; }

    public static OutboundMessage Plain(string text) => new() { Text = text };

    public IEnumerable<Button> AllButtons => Buttons.SelectMany(row => row);
}
