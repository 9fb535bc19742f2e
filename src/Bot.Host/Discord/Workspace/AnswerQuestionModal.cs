using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// "Answer" and "Answer &amp; add to FAQ" on a question card (custom_ids "/jawab 12" and "/jawab_faq 12 [topic]"): the
/// answer text, plus the FAQ topic (prefilled with the nearest one) for the second. Submits run /jawab and /jawab_faq.
/// </summary>
internal sealed class AnswerQuestionModal(bool addToFaq) : IDiscordModal
{
    private const string AnswerField = "answer";
    private const string TopicField = "topic";

    public string Prefix => addToFaq ? "/jawab_faq " : "/jawab ";

    public ModalPayload Build(string customId, Localizer t)
    {
        var (number, topic) = Arguments(customId);
        var answer = new TextInputComponent(AnswerField, TextInputStyle.Paragraph)
        {
            MinLength = QuestionAnswering.MinLength,
            MaxLength = QuestionAnswering.MaxLength,
            Required = true,
            Placeholder = Fit(t["workspace.discord.modal.answer.placeholder"], 100),
        };
        List<MessageComponent> fields = [new LabelComponent(Fit(t["workspace.discord.modal.answer.label"], 45), answer)];
        if (addToFaq)
        {
            fields.Insert(0, new LabelComponent(
                Fit(t["workspace.discord.modal.topic.label"], 45),
                new TextInputComponent(TopicField, TextInputStyle.Short) { MinLength = 2, MaxLength = 60, Required = true, Value = topic }));
        }

        var title = t.Format(addToFaq ? "workspace.discord.modal.answer_add.title" : "workspace.discord.modal.answer.title", number);
        return new ModalPayload(customId, Fit(title, 45), fields);
    }

    public string ToCommand(string customId, IReadOnlyDictionary<string, string> values)
    {
        var (number, _) = Arguments(customId);
        var answer = values.GetValueOrDefault(AnswerField, string.Empty).Trim();
        if (!addToFaq)
        {
            return $"/jawab {number} {answer}";
        }

        // Topic ids have no spaces; a stray space would shift the answer into the topic.
        var topic = values.GetValueOrDefault(TopicField, string.Empty).Trim().Replace(' ', '-');
        return $"/jawab_faq {number} {topic} {answer}";
    }

    private (string Number, string? Topic) Arguments(string customId)
    {
        var parts = customId[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts.ElementAtOrDefault(0) ?? string.Empty, parts.ElementAtOrDefault(1));
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
