using System.Collections.Concurrent;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Reply targets by inbound update id, kept in memory for the life of an interaction token. After a restart they are
/// gone and replies fall back to a channel message that mentions the member.
/// </summary>
internal sealed class DiscordReplyTargets(TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DiscordReplyTarget> _byUpdate = new(StringComparer.Ordinal);
    private long _added;

    public void Add(string updateId, DiscordReplyTarget target)
    {
        _byUpdate[updateId] = target;
        if (Interlocked.Increment(ref _added) % 256 == 0)
        {
            var cutoff = clock.GetUtcNow() - KeepFor;
            foreach (var (id, old) in _byUpdate)
            {
                if (old.Created < cutoff)
                {
                    _byUpdate.TryRemove(new KeyValuePair<string, DiscordReplyTarget>(id, old));
                }
            }
        }
    }

    public DiscordReplyTarget? Find(string? updateId) => updateId is not null && _byUpdate.TryGetValue(updateId, out var target) ? target : null;
}
