using Bot.Core.Messaging;

namespace Bot.Core.Conversations.Forms;

/// <summary>An answer to a form field: typed text, a pressed choice, or files.</summary>
public sealed record FieldInput(InboundUpdate Update, string? Text, bool FromButton)
{
    /// <summary>The step's context, for parsers that must look at stored data (e.g. a session's seats).</summary>
    public UpdateContext? Context { get; init; }

    public IReadOnlyList<InboundFile> Files => Update.Files;
}
