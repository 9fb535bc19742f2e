namespace Bot.Core.ExportFaq.Routing;

/// <summary>
/// Small explainable rules applied before retrieval, from <see cref="IntentLexicon"/>:
/// out of scope first (topics that yield to export words only count without them), then sending a product
/// for curation (a curation word plus a submit or request word), then signing up for training (a register
/// word plus a kind of session). Asking about a thing ("apa itu", "syarat", "what is") is never a sign-up or a
/// submission: it is a question for the FAQ.
/// </summary>
public static class FaqIntentClassifier
{
    public static FaqIntentResult Classify(string text) => Classify(ChatNormaliser.Tokens(text));

    public static FaqIntentResult Classify(IReadOnlyList<string> normalisedTokens)
    {
        var message = new MessageWords(normalisedTokens);
        var exportWord = message.FirstOf(IntentLexicon.ExportWords);
        foreach (var topic in IntentLexicon.OutOfScope)
        {
            var hit = message.FirstOf(topic.Words) ?? message.FirstOf(topic.Phrases);
            if (hit is null || (topic.YieldsToExportWords && exportWord is not null))
            {
                continue;
            }

            if (topic.RequiresAlso is { Count: > 0 } also && !message.HasAny(also))
            {
                continue;
            }

            return new FaqIntentResult(FaqIntent.OutOfScope, $"out of scope: {topic.Name} ({hit})");
        }

        var info = message.FirstOf(IntentLexicon.InfoPhrases);
        if (info is not null)
        {
            return new FaqIntentResult(FaqIntent.Question);
        }

        var curation = message.FirstPrefixOf(IntentLexicon.CurationWords);
        var action = message.FirstOf(IntentLexicon.SubmitWords) ?? message.FirstOf(IntentLexicon.RequestWords);
        if (curation is not null && action is not null)
        {
            return new FaqIntentResult(FaqIntent.CurationSubmit, $"curation: {action} + {curation}");
        }

        var register = message.FirstOf(IntentLexicon.RegisterWords);
        var session = message.FirstOf(IntentLexicon.TrainingWords);
        if (register is not null && session is not null
            && !(session == "kelas" && message.HasAny(IntentLexicon.NotTrainingContext)))
        {
            return new FaqIntentResult(FaqIntent.TrainingSignup, $"training: {register} + {session}");
        }

        return new FaqIntentResult(FaqIntent.Question);
    }
}
