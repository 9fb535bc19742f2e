using Bot.Core.Messaging;

namespace Bot.Core.Conversations.Forms;

/// <summary>An answer to a form field: typed text, a pressed choice, or files.</summary>
public sealed record FieldInput(InboundUpdate Update, string? Text, bool FromButton)
{
    public IReadOnlyList<InboundFile> Files => Update.Files;
}
