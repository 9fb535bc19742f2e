using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversations.Forms;

/// <summary>
/// Runs every form the same way: asks each field, re-asks with a reason, back, skip, cancel, the summary
/// with save / edit, and expiry after silence. All state lives in the <see cref="Conversation"/>.
/// </summary>
public sealed class FormEngine(FormRegistry forms, IOptions<ConversationOptions> options)
{
    private readonly TimeSpan _expiry = options.Value.FormExpiry;

    /// <param name="askOnlyMissing">Skip questions the prefill already answers; they can still be changed from the summary.</param>
    public void Start(UpdateContext context, string formName, IReadOnlyDictionary<string, string>? prefill = null, bool askOnlyMissing = false)
    {
        var form = Get(formName);
        var conversation = context.Conversation;
        conversation.AskOnlyMissing = askOnlyMissing;
        conversation.Form = form.Name;
        conversation.FormNonce++;
        conversation.Fields = prefill is null ? [] : new Dictionary<string, string>(prefill);
        conversation.AtSummary = false;
        conversation.ReturnToSummary = false;
        conversation.Step = -1;
        Touch(context);
        var complete = prefill is not null && form.Fields
            .Where((field, i) => !field.Optional && IsAsked(form, conversation, i))
            .All(field => conversation.Fields.ContainsKey(field.Key));
        if (complete)
        {
            // Known answers: start from the summary, where any of them can be changed.
            conversation.Step = form.Fields.Count - 1;
            conversation.AtSummary = true;
            Show(context, form, context.T.Format("form.review", context.T[form.TitleKey]));
            return;
        }

        MoveForward(context, form, lead: context.T.Format("form.started", context.T[form.TitleKey]));
    }

    /// <summary>Asks the current question (or shows the summary) again, e.g. after a command mid-form.</summary>
    public void Reprompt(UpdateContext context, string? lead = null)
    {
        if (!forms.TryGet(context.Conversation.Form, out var form))
        {
            return;
        }

        Show(context, form, lead);
    }

    public void HandleInput(UpdateContext context)
    {
        var conversation = context.Conversation;
        var form = Get(conversation.Form!);
        Touch(context);
        var text = context.Update.Text?.Trim();
        switch (Word(context, text))
        {
            case "cancel":
                Cancel(context);
                return;
            case "back":
                Back(context, form);
                return;
            case "skip" when !conversation.AtSummary:
                if (form.Fields[conversation.Step].Optional)
                {
                    Skip(context, form);
                }
                else
                {
                    Show(context, form, "❗ " + context.T["form.not_optional"]);
                }

                return;
            case "done" when !conversation.AtSummary && form.Fields[conversation.Step].Collects:
                FinishItems(context, form);
                return;
            case "save" when conversation.AtSummary:
                Save(context, form);
                return;
        }

        if (conversation.AtSummary)
        {
            Show(context, form, context.T["form.summary.use_buttons"]);
            return;
        }

        Apply(context, form, new FieldInput(context.Update, text, FromButton: false) { Context = context });
    }

    public void HandleButton(UpdateContext context, string data)
    {
        var conversation = context.Conversation;
        if (!FormCallback.TryParse(data, out var callback) || !conversation.InForm || callback.Nonce != conversation.FormNonce
            || callback.Position != (conversation.AtSummary ? FormCallback.SummaryPosition : conversation.Step))
        {
            // A stale or repeated press: say so and show where the chat really is; nothing changes.
            if (conversation.InForm)
            {
                Reprompt(context, context.T["form.stale_button"]);
            }
            else
            {
                context.Reply(MainMenu.Message(context.T, context.T["form.stale_button"]));
            }

            return;
        }

        var form = Get(conversation.Form!);
        Touch(context);
        switch (callback.Action)
        {
            case FormCallback.Cancel:
                Cancel(context);
                break;
            case FormCallback.Back:
                Back(context, form);
                break;
            case FormCallback.Skip when form.Fields[conversation.Step].Optional:
                Skip(context, form);
                break;
            case FormCallback.Done:
                FinishItems(context, form);
                break;
            case FormCallback.Save:
                Save(context, form);
                break;
            case FormCallback.Edit when int.TryParse(callback.Argument, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < form.Fields.Count:
                conversation.AtSummary = false;
                conversation.ReturnToSummary = true;
                conversation.Step = index;
                if (form.Fields[index].Collects && conversation.Fields.Remove(form.Fields[index].Key, out var items))
                {
                    // Kept until the new items are done, so "back" can restore them.
                    conversation.Fields[BackupKey(form.Fields[index])] = items;
                }

                Show(context, form);
                break;
            case FormCallback.Choose:
                Apply(context, form, new FieldInput(context.Update, callback.Argument, FromButton: true) { Context = context });
                break;
            default:
                Reprompt(context, context.T["form.stale_button"]);
                break;
        }
    }

    public void Cancel(UpdateContext context)
    {
        var title = forms.TryGet(context.Conversation.Form, out var form) ? context.T[form.TitleKey] : string.Empty;
        Clear(context.Conversation);
        context.Reply(MainMenu.Message(context.T, context.T.Format("form.cancelled", title)));
    }

    /// <summary>Closes a form left silent past its expiry; true when it did (the user is told).</summary>
    public bool ExpireIfLapsed(WriterSession session, Conversation conversation)
    {
        if (!conversation.InForm || conversation.FormExpiresUtc is not { } expires || expires > session.NowUtc)
        {
            return false;
        }

        var t = session.TextsFor(conversation);
        var title = forms.TryGet(conversation.Form, out var form) ? t[form.TitleKey] : string.Empty;
        var name = conversation.Form;
        Clear(conversation);
        session.Send(conversation.Chat, MainMenu.Message(t, t.Format("form.expired", title, Duration(t), name)));
        return true;
    }

    private string Duration(Localization.Localizer t) =>
        _expiry.TotalMinutes < 60 || _expiry.TotalMinutes % 60 != 0
            ? t.Format("duration.minutes", (int)_expiry.TotalMinutes)
            : t.Format("duration.hours", (int)_expiry.TotalHours);

    /// <summary>Puts the chat back at the main menu, dropping unsaved answers.</summary>
    public static void Clear(Conversation conversation)
    {
        conversation.Form = null;
        conversation.AskOnlyMissing = false;
        conversation.Fields = [];
        conversation.Step = 0;
        conversation.AtSummary = false;
        conversation.ReturnToSummary = false;
        conversation.FormExpiresUtc = null;
    }

    private void Apply(UpdateContext context, FormDefinition form, FieldInput input)
    {
        var conversation = context.Conversation;
        var field = form.Fields[conversation.Step];
        var result = ParseField(field, input, context);
        switch (result.Outcome)
        {
            case FieldOutcome.Accepted:
                conversation.Fields[field.Key] = result.Value!;
                Advance(context, form);
                break;
            case FieldOutcome.Collected:
                var items = FormRenderer.Items(conversation, field);
                items.Add(result.Value!);
                conversation.Fields[field.Key] = string.Join('\n', items);
                if (items.Count >= field.MaxItems)
                {
                    Advance(context, form);
                }
                else if (context.Update.MediaGroupId is null)
                {
                    // Albums arrive as several updates; answering each would flood the chat.
                    context.Reply(context.T.Format("form.item_received", items.Count, field.MaxItems));
                }

                break;
            case FieldOutcome.Abort:
                Clear(conversation);
                form.Aborted(context);
                context.Reply(MainMenu.Message(context.T, context.T[result.MessageKey!]));
                break;
            case FieldOutcome.Suggest:
                context.Reply(FormRenderer.Prompt(form, context, "❓ " + context.T.Format(result.MessageKey!, result.Args ?? []), result.Suggestions));
                break;
            default:
                var reason = context.T.Format(result.MessageKey!, result.Args ?? []);
                var example = field.ExampleKey is null ? string.Empty : "\n" + context.T.Format("form.example", context.T[field.ExampleKey]);
                Show(context, form, "❗ " + reason + example);
                break;
        }
    }

    private static FieldResult ParseField(FormField field, FieldInput input, UpdateContext context)
    {
        var choices = field.ChoicesIn(context);
        if (choices.Count > 0 && input.Text is { Length: > 0 } text)
        {
            var t = context.T;
            var byNumber = int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count ? choices[n - 1] : null;
            var match = byNumber ?? choices.FirstOrDefault(c =>
                c.Value.Equals(text, StringComparison.OrdinalIgnoreCase) || c.Label(t).Equals(text, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return field.Parse?.Invoke(input with { Text = match.Value, FromButton = true }) ?? FieldResult.Ok(match.Value);
            }

            if (input.FromButton || field.Parse is null)
            {
                return FieldResult.Invalid("form.choose_button");
            }
        }

        if (field.Parse is not null)
        {
            return field.Parse(input);
        }

        return string.IsNullOrWhiteSpace(input.Text) ? FieldResult.Invalid("form.text_expected") : FieldResult.Ok(input.Text.Trim());
    }

    private void Advance(UpdateContext context, FormDefinition form)
    {
        var conversation = context.Conversation;
        conversation.Fields.Remove(BackupKey(form.Fields[conversation.Step]));
        if (conversation.ReturnToSummary)
        {
            ReturnToSummary(context, form);
            return;
        }

        MoveForward(context, form);
    }

    /// <summary>
    /// Back to the summary after an edit, unless the edit changed which questions apply: answers to questions
    /// no longer asked are dropped, and a newly applicable question without an answer is asked first.
    /// </summary>
    private void ReturnToSummary(UpdateContext context, FormDefinition form)
    {
        var conversation = context.Conversation;
        for (var i = 0; i < form.Fields.Count; i++)
        {
            if (!IsAsked(form, conversation, i))
            {
                conversation.Fields.Remove(form.Fields[i].Key);
            }
            else if (!form.Fields[i].Optional && !conversation.Fields.ContainsKey(form.Fields[i].Key))
            {
                conversation.Step = i;
                conversation.AtSummary = false;
                conversation.ReturnToSummary = true;
                Show(context, form);
                return;
            }
        }

        conversation.ReturnToSummary = false;
        conversation.AtSummary = true;
        Show(context, form);
    }

    private void MoveForward(UpdateContext context, FormDefinition form, string? lead = null)
    {
        var conversation = context.Conversation;
        var next = conversation.Step + 1;
        while (next < form.Fields.Count && (!IsAsked(form, conversation, next) || (conversation.AskOnlyMissing && conversation.Fields.ContainsKey(form.Fields[next].Key))))
        {
            if (!IsAsked(form, conversation, next))
            {
                conversation.Fields.Remove(form.Fields[next].Key);
            }

            next++;
        }

        conversation.Step = Math.Min(next, form.Fields.Count - 1);
        conversation.AtSummary = next >= form.Fields.Count;
        Show(context, form, lead);
    }

    private void Back(UpdateContext context, FormDefinition form)
    {
        var conversation = context.Conversation;
        if (conversation.ReturnToSummary)
        {
            var field = form.Fields[conversation.Step];
            if (conversation.Fields.Remove(BackupKey(field), out var backup))
            {
                conversation.Fields[field.Key] = backup;
            }

            ReturnToSummary(context, form);
            return;
        }

        var previous = conversation.AtSummary ? form.Fields.Count - 1 : conversation.Step - 1;
        while (previous >= 0 && !IsAsked(form, conversation, previous))
        {
            previous--;
        }

        if (previous < 0)
        {
            Show(context, form, context.T["form.first_question"]);
            return;
        }

        conversation.AtSummary = false;
        conversation.Step = previous;
        if (form.Fields[previous].Collects)
        {
            conversation.Fields.Remove(form.Fields[previous].Key);
        }

        Show(context, form);
    }

    private void Skip(UpdateContext context, FormDefinition form)
    {
        context.Conversation.Fields.Remove(form.Fields[context.Conversation.Step].Key);
        Advance(context, form);
    }

    private void FinishItems(UpdateContext context, FormDefinition form)
    {
        var field = form.Fields[context.Conversation.Step];
        var count = FormRenderer.Items(context.Conversation, field).Count;
        if (count < field.MinItems)
        {
            Show(context, form, "❗ " + context.T.Format("form.items_too_few", field.MinItems, count));
            return;
        }

        Advance(context, form);
    }

    private static void Save(UpdateContext context, FormDefinition form)
    {
        var values = context.Conversation.Fields.Where(f => !f.Key.StartsWith(BackupPrefix, StringComparison.Ordinal)).ToDictionary();
        Clear(context.Conversation);
        form.Complete(context, values);
    }

    private static void Show(UpdateContext context, FormDefinition form, string? lead = null)
    {
        var conversation = context.Conversation;
        context.Reply(conversation.AtSummary
            ? FormRenderer.Summary(form, context, i => IsAsked(form, conversation, i), lead)
            : FormRenderer.Prompt(form, context, lead));
    }

    private const string BackupPrefix = "__backup:";

    private static string BackupKey(FormField field) => BackupPrefix + field.Key;

    private static bool IsAsked(FormDefinition form, Conversation conversation, int index) =>
        form.Fields[index].SkipWhen?.Invoke(conversation.Fields) != true;

    private void Touch(UpdateContext context) => context.Conversation.FormExpiresUtc = context.NowUtc + _expiry;

    private FormDefinition Get(string name) =>
        forms.TryGet(name, out var form) ? form : throw new InvalidOperationException($"No form named {name}.");

    private static string? Word(UpdateContext context, string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 20)
        {
            return null;
        }

        foreach (var word in new[] { "cancel", "back", "skip", "done", "save" })
        {
            if (context.T[$"form.word.{word}"].Split('|').Any(w => w.Equals(text, StringComparison.OrdinalIgnoreCase)))
            {
                return word;
            }
        }

        return null;
    }
}
