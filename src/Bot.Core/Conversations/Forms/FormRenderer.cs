using System.Globalization;
using System.Text;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations.Forms;

/// <summary>Builds the messages of a form: a field's question with its buttons, and the summary.</summary>
internal static class FormRenderer
{
    public static OutboundMessage Prompt(FormDefinition form, UpdateContext context, string? lead = null, IReadOnlyList<Choice>? offered = null)
    {
        var conversation = context.Conversation;
        var t = context.T;
        var field = form.Fields[conversation.Step];
        var text = new StringBuilder();
        if (lead is not null)
        {
            text.AppendLine(lead).AppendLine();
        }

        text.Append(field.PromptArgs is null ? t[field.PromptKey] : t.Format(field.PromptKey, field.PromptArgs(context)));
        if (field.Collects)
        {
            text.AppendLine().AppendLine().Append(t.Format("form.items_so_far", Items(conversation, field).Count, field.MaxItems));
        }

        var rows = new List<IReadOnlyList<Button>>();
        var position = conversation.Step;
        var choices = offered ?? field.ChoicesIn(context);
        var perRow = offered is null ? Math.Max(1, field.ChoicesPerRow) : 1;
        foreach (var chunk in choices.Chunk(perRow))
        {
            rows.Add([.. chunk.Select(c => new Button(c.Label(t), Data(conversation, position, FormCallback.Choose, c.Value)))]);
        }

        var nav = new List<Button>();
        if (field.Collects)
        {
            nav.Add(new Button(t["form.button.done"], Data(conversation, position, FormCallback.Done)));
        }

        if (field.Optional)
        {
            nav.Add(new Button(t["form.button.skip"], Data(conversation, position, FormCallback.Skip)));
        }

        if (nav.Count > 0)
        {
            rows.Add(nav);
        }

        rows.Add(
        [
            new Button(t["form.button.back"], Data(conversation, position, FormCallback.Back)),
            new Button(t["form.button.cancel"], Data(conversation, position, FormCallback.Cancel)),
        ]);
        return new OutboundMessage { Text = text.ToString(), Buttons = rows };
    }

    public static OutboundMessage Summary(FormDefinition form, UpdateContext context, Func<int, bool> isAsked, string? lead)
    {
        var conversation = context.Conversation;
        var t = context.T;
        var text = new StringBuilder();
        if (lead is not null)
        {
            text.AppendLine(lead).AppendLine();
        }

        text.AppendLine(t.Format("form.summary.title", t[form.TitleKey])).AppendLine();
        var rows = new List<IReadOnlyList<Button>>
        {
            new[] { new Button(t["form.button.save"], Data(conversation, FormCallback.SummaryPosition, FormCallback.Save)) },
        };
        for (var i = 0; i < form.Fields.Count; i++)
        {
            var field = form.Fields[i];
            if (!isAsked(i) || field.LabelKey.Length == 0)
            {
                continue;
            }

            text.Append("• ").Append(t[field.LabelKey]).Append(": ").AppendLine(DisplayValue(field, context));
            rows.Add([new Button(t.Format("form.button.edit", t[field.LabelKey]), Data(conversation, FormCallback.SummaryPosition, FormCallback.Edit, i.ToString(CultureInfo.InvariantCulture)))]);
        }

        text.AppendLine().Append(t["form.summary.question"]);
        rows.Add([new Button(t["form.button.cancel"], Data(conversation, FormCallback.SummaryPosition, FormCallback.Cancel))]);
        return new OutboundMessage { Text = text.ToString(), Buttons = rows };
    }

    public static List<string> Items(Conversation conversation, FormField field) =>
        conversation.Fields.TryGetValue(field.Key, out var joined) && joined.Length > 0 ? [.. joined.Split('\n')] : [];

    private static string DisplayValue(FormField field, UpdateContext context)
    {
        var t = context.T;
        if (field.Collects && (field.Display is null || !context.Conversation.Fields.ContainsKey(field.Key)))
        {
            return t.Format("form.items_count", Items(context.Conversation, field).Count);
        }

        if (!context.Conversation.Fields.TryGetValue(field.Key, out var value) || value.Length == 0)
        {
            return t["form.value.empty"];
        }

        if (field.Display is not null)
        {
            return field.Display(value, context);
        }

        var choice = field.ChoicesIn(context).FirstOrDefault(c => c.Value == value);
        return choice is null ? value : choice.Label(t);
    }

    private static string Data(Conversation conversation, int position, char action, string argument = "") =>
        new FormCallback(conversation.FormNonce, position, action, argument).ToString();
}
