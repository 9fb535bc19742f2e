using System.Reflection;
using LiteDB.Engine;

namespace Bot.Core.Storage;

/// <summary>
/// Waits until LiteDB's log writer has written every page queued so far. LiteDB's Commit only queues the
/// pages; its writer usually writes them before Commit returns, but not always (right after the database is
/// opened, or when another thread commits at the same moment). Nothing public waits for that queue alone, so
/// this reaches LiteDB 5.0's internal one (LiteEngine._disk.Queue.Value.Wait()). Should a LiteDB upgrade move
/// it, <see cref="IsExact"/> turns false (a test fails) and the fallback still waits, at the price of a
/// checkpoint: LiteDB's Checkpoint waits for the same queue before it copies the log into the data file.
/// </summary>
internal sealed class LogWriterDrain
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
    private readonly Func<bool> _tryWait;
    private readonly Action _fallback;

    public LogWriterDrain(LiteEngine engine, Action fallback)
    {
        _fallback = fallback;
        var resolved = Resolve(engine);
        IsExact = resolved is not null;
        _tryWait = resolved ?? (() => false);
    }

    /// <summary>True when LiteDB's queue itself is waited on; false when every wait costs a checkpoint.</summary>
    public bool IsExact { get; }

    public void Wait()
    {
        if (!_tryWait())
        {
            _fallback();
        }
    }

    private static Func<bool>? Resolve(LiteEngine engine)
    {
        var diskField = typeof(LiteEngine).GetField("_disk", Instance);
        var queue = diskField?.FieldType.GetProperty("Queue", Instance);
        var isCreated = queue?.PropertyType.GetProperty("IsValueCreated");
        var value = queue?.PropertyType.GetProperty("Value");
        var wait = value?.PropertyType.GetMethod("Wait", Instance, Type.EmptyTypes);
        if (diskField is null || queue is null || isCreated is null || value is null || wait is null)
        {
            return null;
        }

        // Looked up on every call: LiteDB replaces its disk service when it rebuilds a file.
        return () =>
        {
            var lazy = queue.GetValue(diskField.GetValue(engine));
            if (lazy is not null && isCreated.GetValue(lazy) is true)
            {
                wait.Invoke(value.GetValue(lazy), null);
            }

            // No queue yet means this engine has not written to the log.
            return true;
        };
    }
}
