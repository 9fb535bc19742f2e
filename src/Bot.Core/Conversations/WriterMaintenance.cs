using System.Collections.Concurrent;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

/// <summary>
/// Work that needs the database file quiet — a checkpoint after an erasure, a consistent backup — run by the
/// writer thread between batches, when no transaction is open and no other write can start.
/// </summary>
public sealed partial class WriterMaintenance(BotDatabase database, PipelineQueue queue, ILogger<WriterMaintenance> logger)
{
    private readonly ConcurrentQueue<(string Name, Action<BotDatabase> Work, TaskCompletionSource Done)> _pending = new();
    private int _checkpointQueued;

    /// <summary>Queues work for the writer; the task completes (or fails) once it has run.</summary>
    public Task RunAsync(string name, Action<BotDatabase> work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Enqueue((name, work, done));
        queue.Wake();
        return done.Task;
    }

    /// <summary>
    /// Asks for a checkpoint, so that data deleted in memory is also gone from the file: LiteDB 5 zeroes freed
    /// blocks and pages, but the old page versions stay in the data file until the log is folded into it.
    /// Safe to call from the writer thread (e.g. after a commit); several requests share one checkpoint.
    /// </summary>
    public void RequestCheckpoint()
    {
        if (Interlocked.Exchange(ref _checkpointQueued, 1) == 0)
        {
            _ = RunAsync("checkpoint", _ => Checkpoint());
        }
    }

    internal void Checkpoint()
    {
        Interlocked.Exchange(ref _checkpointQueued, 0);
        database.Raw.Checkpoint();
    }

    internal void RunPending()
    {
        while (_pending.TryDequeue(out var item))
        {
            try
            {
                item.Work(database);
                item.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                LogFailed(ex, item.Name);
                item.Done.TrySetException(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Database maintenance '{Name}' failed; the pipeline goes on")]
    private partial void LogFailed(Exception exception, string name);
}
