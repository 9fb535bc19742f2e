using Bot.Core.Messaging;

namespace Bot.Core.Broadcast;

/// <summary>One broadcast: what the admin wrote, to whom, and how far delivery has come (the counters are kept exact).</summary>
public sealed class BroadcastRun
{
    public long Id { get; set; }

    public BroadcastStatus Status { get; set; }

    public Platform AdminPlatform { get; set; }

    public string AdminChatId { get; set; } = string.Empty;

    public string AdminUserId { get; set; } = string.Empty;

    public string AdminLanguage { get; set; } = Localization.Languages.Default;

    public string Text { get; set; } = string.Empty;

    /// <summary>A photo by the admin's platform's file id; recipients on other platforms get the text alone.</summary>
    public string? PhotoFileId { get; set; }

    public string AudienceKey { get; set; } = string.Empty;

    public string? AudienceParameter { get; set; }

    /// <summary>The audience as the admin chose it, in the admin's language ("Semua penjual …").</summary>
    public string AudienceLabel { get; set; } = string.Empty;

    public int Total { get; set; }

    /// <summary>Recipients left out because they blocked the bot.</summary>
    public int SkippedBlocked { get; set; }

    /// <summary>Recipients handed to the outbox so far (by sequence); the next ones start here.</summary>
    public int Fed { get; set; }

    /// <summary>Handed to the outbox and not yet acknowledged.</summary>
    public int Queued { get; set; }

    public int Sent { get; set; }

    public int Failed { get; set; }

    public int Blocked { get; set; }

    public int Dropped { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public string? ProgressMessageId { get; set; }

    public DateTime LastProgressUtc { get; set; }

    public int LastProgressDone { get; set; }

    public int Done => Sent + Failed + Blocked + Dropped;

    public ChatRef AdminChat => new(AdminPlatform, AdminChatId);

    public bool IsActive => Status is BroadcastStatus.Running or BroadcastStatus.Cancelling;
}
