using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversations;

/// <summary>
/// The committed update keys of the retention window, in memory, so deduplication costs no database read.
/// Used by the writer thread only; filled from the database on first use.
/// </summary>
internal sealed class ProcessedKeys(BotDatabase database, IOptions<StorageOptions> options)
{
    private readonly TimeSpan _retention = TimeSpan.FromDays(options.Value.ProcessedUpdateRetentionDays);
    private Dictionary<string, DateTime>? _keys;
    private DateTime _lastTrimUtc;

    public bool Contains(string key) => Keys.ContainsKey(key);

    /// <summary>Called after a commit only: rolled-back keys must stay unknown.</summary>
    public void Add(IEnumerable<string> keys, DateTime nowUtc)
    {
        var all = Keys;
        foreach (var key in keys)
        {
            all[key] = nowUtc;
        }

        if (nowUtc - _lastTrimUtc > TimeSpan.FromMinutes(1))
        {
            _lastTrimUtc = nowUtc;
            var cutoff = nowUtc - _retention;
            foreach (var old in all.Where(k => k.Value < cutoff).Select(k => k.Key).ToList())
            {
                all.Remove(old);
            }
        }
    }

    private Dictionary<string, DateTime> Keys => _keys ??= Load();

    private Dictionary<string, DateTime> Load()
    {
        var keys = new Dictionary<string, DateTime>();
        foreach (var batch in database.Processed.FindAll())
        {
            foreach (var key in batch.Keys)
            {
                keys[key] = batch.AtUtc;
            }
        }

        return keys;
    }
}
