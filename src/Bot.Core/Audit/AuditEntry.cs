using Bot.Core.Messaging;

namespace Bot.Core.Audit;

/// <summary>One staff (or data-subject) action: who did what to which thing, with the state before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public Platform Platform { get; set; }

    /// <summary>"platform:user id" of whoever acted.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>A stable code, "feature.verb" (e.g. "faq.entry_edit", "profile.update").</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What was acted on: a topic id, a question number, a "platform:user id"…</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>JSON of the thing before the action; null when it did not exist.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the thing after the action; null when it no longer exists.</summary>
    public string? After { get; set; }

    /// <summary>"platform:user id" whose personal data Before / After hold; erasing that person redacts them.</summary>
    public string? PersonalDataOf { get; set; }

    /// <summary>Set when Before / After were blanked by the person's erasure.</summary>
    public bool Redacted { get; set; }
}
