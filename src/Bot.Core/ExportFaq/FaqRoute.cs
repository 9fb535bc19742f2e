namespace Bot.Core.ExportFaq;

/// <summary>Where a free-text message should go.</summary>
public enum FaqRoute
{
    /// <summary>Not answered: out of scope, or no entry is confident enough. Say what the bot can help with.</summary>
    None,

    /// <summary>Answer with the matched FAQ entry.</summary>
    Faq,

    /// <summary>The seller wants to register for a training or consultation session: start the sign-up flow.</summary>
    Training,

    /// <summary>The seller wants to send a product to the rumah kurasi: start the curation flow.</summary>
    Curation,
}
