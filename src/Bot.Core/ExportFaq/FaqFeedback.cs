using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>One user's 👍 / 👎 for one topic; Id "platform:user:topic", so a second press replaces the first.</summary>
public sealed class FaqFeedback
{
    public string Id { get; set; } = string.Empty;

    public string TopicId { get; set; } = string.Empty;

    public Platform Platform { get; set; }

    public bool Helpful { get; set; }

    public DateTime AtUtc { get; set; }
}
