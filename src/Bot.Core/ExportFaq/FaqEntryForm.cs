using System.Text.RegularExpressions;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>
/// A new FAQ entry, or new answer texts for an existing one (then the topic is given by the command and only
/// the answers are asked). Saved entries are marked as the admin's, and the index updates after the commit.
/// </summary>
public sealed partial class FaqEntryForm(FaqKnowledgeBase knowledge) : FormDefinition
{
    public const string FormName = "faq_entri";

    /// <summary>Set by /faq_ubah: the entry being edited; its id and question are not asked.</summary>
    public const string EditedTopicKey = "edited_topic";

    public override string Name => FormName;

    public override string TitleKey => "faq.entry.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "topic", PromptKey = "faq.entry.topic.prompt", LabelKey = "faq.entry.topic.label", ExampleKey = "faq.entry.topic.example",
            SkipWhen = values => values.ContainsKey(EditedTopicKey),
            Parse = TopicId,
        },
        new()
        {
            Key = "question", PromptKey = "faq.entry.question.prompt", LabelKey = "faq.entry.question.label", ExampleKey = "faq.entry.question.example",
            SkipWhen = values => values.ContainsKey(EditedTopicKey),
            Parse = input => Text(input, 5, 300),
        },
        new()
        {
            Key = "answer_id", PromptKey = "faq.entry.answer_id.prompt", LabelKey = "faq.entry.answer_id.label", ExampleKey = "faq.answer.example",
            Parse = input => Text(input, 10, 1000),
        },
        new()
        {
            Key = "answer_en", PromptKey = "faq.entry.answer_en.prompt", LabelKey = "faq.entry.answer_en.label", ExampleKey = "faq.entry.answer_en.example",
            Parse = input => Text(input, 10, 1000),
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var entries = FaqStore.Entries(context.Session.Database);
        var answer = new FaqText { Indonesian = values["answer_id"], English = values["answer_en"] };
        FaqEntry entry;
        FaqEntry? before = null;
        if (values.TryGetValue(EditedTopicKey, out var edited) && entries.FindById(edited) is { } existing)
        {
            before = existing;
            entry = existing with { Answer = answer, EditedByAdmin = true, Removed = false };
        }
        else if (values.TryGetValue("topic", out var topic) && entries.FindById(topic) is null)
        {
            entry = new FaqEntry { Id = topic, EditedByAdmin = true, Answer = answer, Questions = new FaqPhrases { Indonesian = [values["question"]] } };
        }
        else
        {
            context.ReplyKey("faq.entry.topic.taken");
            return;
        }

        entries.Upsert(entry);
        AuditLog.Record(context, before is null ? "faq.entry_new" : "faq.entry_edit", entry.Id, before, entry);
        context.Session.AfterCommit(() => knowledge.Index.Upsert(entry));
        context.Reply(new OutboundMessage { Text = context.T.Format("faq.entry.saved", entry.Id), Buttons = [[new Button(context.T["faq.entry.show"], $"/tanya {entry.Id}")]] });
    }

    private static FieldResult TopicId(FieldInput input)
    {
        var text = input.Text?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!Kebab().IsMatch(text))
        {
            return FieldResult.Invalid("faq.entry.topic.invalid");
        }

        return input.Context is { } context && FaqStore.Entries(context.Session.Database).FindById(text) is not null
            ? FieldResult.Invalid("faq.entry.topic.taken")
            : FieldResult.Ok(text);
    }

    private static FieldResult Text(FieldInput input, int min, int max)
    {
        var text = input.Text?.Trim() ?? string.Empty;
        return text.Length >= min && text.Length <= max ? FieldResult.Ok(text) : FieldResult.Invalid("form.length", min, max, text.Length);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
