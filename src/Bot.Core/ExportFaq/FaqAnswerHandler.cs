using Bot.Core.Conversations;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>Free text outside a form is a question: answered from the FAQ, routed to a service, or honestly not known.</summary>
public sealed class FaqAnswerHandler(FaqKnowledgeBase knowledge, MenuFallback fallback) : IFreeTextHandler
{
    public void Handle(UpdateContext context)
    {
        if (context.Update.Kind != InboundKind.Text || string.IsNullOrWhiteSpace(context.Update.Text))
        {
            fallback.Handle(context);
            return;
        }

        Answer(context, context.Update.Text);
    }

    public void Answer(UpdateContext context, string question)
    {
        var t = context.T;
        var match = knowledge.Matcher.Match(question);
        switch (match.Route)
        {
            case FaqRoute.Training:
                context.Reply(new OutboundMessage { Text = t["faq.route.training"], Buttons = [[new Button(t["menu.training"], "/daftar")]] });
                return;
            case FaqRoute.Curation:
                context.Reply(new OutboundMessage { Text = t["faq.route.curation"], Buttons = [[new Button(t["menu.curation"], "/kurasi")]] });
                return;
        }

        if (match.Answered && knowledge.Index.Find(match.TopicId!) is { } entry)
        {
            context.Reply(FaqReplies.Answer(context, knowledge, entry, match.Language ?? context.Conversation.Language));
            return;
        }

        if (match.OutOfScope)
        {
            FaqUsage.OutOfScope(context);
            context.Reply(MainMenu.Message(t, t["faq.out_of_scope"]));
            return;
        }

        FaqUsage.Unknown(context);

        // Kept so that "forward" can send exactly this question; a button cannot carry free text.
        context.Conversation.LastQuestion = question.Length > 1000 ? question[..1000] : question;
        context.Conversation.LastQuestionNearestTopic = match.NearestTopicId;
        context.Reply(new OutboundMessage
        {
            Text = t["faq.unknown"],
            Buttons = [[new Button(t["faq.forward"], "/teruskan")], [new Button(t["menu.help"], "/bantuan")]],
        });
    }
}
