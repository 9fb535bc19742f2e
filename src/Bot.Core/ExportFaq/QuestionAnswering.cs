using System.Globalization;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Workspace;
using Microsoft.Extensions.Options;

namespace Bot.Core.ExportFaq;

/// <summary>
/// Answering a forwarded question, shared by the /jawab form, the one-shot "/jawab n answer" and "/jawab_faq": the
/// answer is stored, sent to the asker's chat on the asker's platform, and the workspace card shows who answered.
/// </summary>
public sealed class QuestionAnswering(IOptions<WorkspaceOptions> workspace)
{
    public const int MinLength = 5;
    public const int MaxLength = 3000;

    public static FieldResult Validate(string? text) => text?.Trim() is { Length: >= MinLength and <= MaxLength } trimmed
        ? FieldResult.Ok(trimmed)
        : FieldResult.Invalid("form.length", MinLength, MaxLength, text?.Trim().Length ?? 0);

    /// <summary>
    /// The card the update was pressed on, when it came from the questions chat's platform (Discord sends the card's
    /// message with a modal submit). Null otherwise, e.g. for a Telegram press on a form summary.
    /// </summary>
    public string? CardOf(UpdateContext context) =>
        workspace.Value.QuestionsChat is { } chat && chat.Platform == context.Update.Platform ? context.Update.Button?.MessageId : null;

    /// <returns>False when somebody answered first (the caller says so); the card is then brought up to date.</returns>
    public bool Answer(UpdateContext context, UnansweredQuestion question, string answer, string? cardMessageId)
    {
        if (question.AnsweredUtc is not null)
        {
            UpdateCard(context, question, cardMessageId);
            return false;
        }

        var before = AuditSnapshot.Of(question);
        question.Answer = answer;
        question.AnsweredUtc = context.NowUtc;
        question.AnsweredBy = $"{context.Update.Platform}:{context.Update.SenderId}";
        question.AnsweredByName = context.Update.SenderName;
        FaqStore.Unanswered(context.Session.Database).Update(question);
        AuditLog.Record(context, "faq.answer", "#" + question.Id.ToString(CultureInfo.InvariantCulture), before, question, SellerProfile.KeyOf(question.Platform, question.UserId));

        var asker = context.Session.Texts.For(question.Language);
        context.Session.Send(new ChatRef(question.Platform, question.ChatId), OutboundMessage.Plain(asker.Format("faq.answer.to_asker", question.Text, question.Answer)));
        UpdateCard(context, question, cardMessageId);
        return true;
    }

    private void UpdateCard(UpdateContext context, UnansweredQuestion question, string? cardMessageId)
    {
        if (cardMessageId is null || workspace.Value.QuestionsChat is not { } chat || question.AnsweredUtc is null)
        {
            return;
        }

        var t = context.Session.Texts.For(Languages.Default);
        var name = question.AnsweredByName ?? question.AnsweredBy ?? string.Empty;
        context.Session.Send(chat, QuestionCard.Answered(question, name, t) with { EditMessageId = cardMessageId });
    }
}
