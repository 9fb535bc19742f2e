namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Where the replies to one inbound update go: the interaction the adapter acknowledged (its token lasts 15 minutes),
/// or the member's message to answer as a reply.
/// </summary>
internal sealed class DiscordReplyTarget
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);
    private int _originalDone;

    private DiscordReplyTarget(DateTimeOffset created) => Created = created;

    public DateTimeOffset Created { get; }

    public string? InteractionToken { get; private init; }

    /// <summary>Completes with true once Discord accepted the first response; edits and follow-ups wait for it.</summary>
    public Task<bool> Acknowledged { get; private init; } = Task.FromResult(false);

    /// <summary>A deferred reply ("thinking…"): the first reply edits it. Otherwise replies are follow-ups.</summary>
    public bool EditsOriginal { get; private init; }

    public bool Ephemeral { get; private init; }

    public string? ReplyToMessageId { get; private init; }

    public bool OriginalDone => Volatile.Read(ref _originalDone) == 1;

    public static DiscordReplyTarget ForInteraction(string token, Task<bool> acknowledged, bool editsOriginal, bool ephemeral, DateTimeOffset now) =>
        new(now) { InteractionToken = token, Acknowledged = acknowledged, EditsOriginal = editsOriginal, Ephemeral = ephemeral };

    public static DiscordReplyTarget ForMessage(string messageId, DateTimeOffset now) => new(now) { ReplyToMessageId = messageId };

    public bool TokenUsable(DateTimeOffset now) => InteractionToken is not null && now - Created < TokenLifetime;

    public void MarkOriginalDone() => Volatile.Write(ref _originalDone, 1);
}
