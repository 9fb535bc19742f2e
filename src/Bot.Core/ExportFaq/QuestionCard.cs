using System.Globalization;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>A forwarded question as the staff see it in the workspace: open with answer buttons, then answered.</summary>
public static class QuestionCard
{
    /// <summary>The buttons run /jawab and /jawab_faq; Discord opens a modal for them, other platforms the answer form.</summary>
    public static OutboundMessage Open(UnansweredQuestion question, Localizer t)
    {
        var id = question.Id.ToString(CultureInfo.InvariantCulture);
        var addData = question.NearestTopicId is { } topic ? $"/jawab_faq {id} {topic}" : $"/jawab_faq {id}";
        return new OutboundMessage
        {
            Text = Describe(question, t),
            Buttons = [[new Button(t["workspace.question.answer"], $"/jawab {id}"), new Button(t["workspace.question.answer_add"], addData)]],
        };
    }

    /// <summary>The card without buttons, saying who answered, when and what.</summary>
    public static OutboundMessage Answered(UnansweredQuestion question, string answeredBy, Localizer t) => new()
    {
        Text = Describe(question, t) + "\n\n" + t.Format("workspace.question.answered", answeredBy, Wib.Format(question.AnsweredUtc ?? question.AskedUtc, t.Language), question.Answer),
    };

    private static string Describe(UnansweredQuestion question, Localizer t) =>
        t.Format("workspace.question.card", question.Id, question.Platform, Wib.Format(question.AskedUtc, t.Language), question.Text, question.NearestTopicId ?? t["workspace.question.no_topic"]);
}
