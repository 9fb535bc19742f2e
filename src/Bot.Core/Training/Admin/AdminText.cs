using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.Training.Admin;

internal static class AdminText
{
    public static FieldResult Length(FieldInput input, int min, int max)
    {
        if (input.Update.Kind != InboundKind.Text || string.IsNullOrWhiteSpace(input.Text))
        {
            return FieldResult.Invalid("form.text_expected");
        }

        var text = input.Text.Trim();
        return text.Length >= min && text.Length <= max ? FieldResult.Ok(text) : FieldResult.Invalid("form.length", min, max, text.Length);
    }
}
