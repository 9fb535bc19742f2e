using Bot.Core.Localization;

namespace Bot.Core.Conversations.Forms;

/// <param name="Value">Stored and put in callback data: keep it short (a few ASCII characters).</param>
/// <param name="LabelKey">Text key of the button label; ignored when <see cref="Text"/> is set.</param>
public sealed record Choice(string Value, string LabelKey)
{
    /// <summary>A literal label, for choices built from data (a session's date and place).</summary>
    public string? Text { get; init; }

    public static Choice Literal(string value, string text) => new(value, string.Empty) { Text = text };

    public string Label(Localizer t) => Text ?? t[LabelKey];
}
