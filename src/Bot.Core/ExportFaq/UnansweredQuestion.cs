using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>A question the bot could not answer, forwarded to the team; the answer goes back to this chat.</summary>
public sealed class UnansweredQuestion
{
    public long Id { get; set; }

    public Platform Platform { get; set; }

    public string ChatId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    /// <summary>The closest topic the matcher saw, a hint for whoever answers.</summary>
    public string? NearestTopicId { get; set; }

    public DateTime AskedUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    public string? Answer { get; set; }

    /// <summary>"platform:user id" of the admin who answered.</summary>
    public string? AnsweredBy { get; set; }

    /// <summary>The answerer's display name, shown on the workspace card.</summary>
    public string? AnsweredByName { get; set; }
}
