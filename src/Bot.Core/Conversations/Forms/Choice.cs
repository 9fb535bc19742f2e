namespace Bot.Core.Conversations.Forms;

/// <param name="Value">Stored and put in callback data: keep it short (a few ASCII characters).</param>
/// <param name="LabelKey">Text key of the button label.</param>
public sealed record Choice(string Value, string LabelKey);
