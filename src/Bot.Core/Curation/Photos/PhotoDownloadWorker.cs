using System.Collections.Concurrent;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Photos;

/// <summary>
/// Fetches pending photos outside the writer thread and reports each result through the pipeline. The pending
/// state lives in the submission document, so a restart resumes where it stopped and nothing is lost.
/// </summary>
public sealed partial class PhotoDownloadWorker(
    BotDatabase database,
    Pipeline pipeline,
    PhotoIntake intake,
    IEnumerable<IFileDownloader> downloaders,
    IOptions<CurationOptions> options,
    TimeProvider clock,
    ILogger<PhotoDownloadWorker> logger) : BackgroundService
{
    // Pending photos are looked at again at least this often, in case a wake-up was missed.
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromMinutes(5);
    private readonly Dictionary<Platform, IFileDownloader> _downloaders = downloaders.ToDictionary(d => d.Platform);
    private readonly ConcurrentDictionary<(int Submission, int Number), byte> _inFlight = new();
    private readonly SemaphoreSlim _slots = new(options.Value.DownloadConcurrency);
    private TaskCompletionSource _signal = NewSignal();

    /// <summary>Called after a commit that added pending photos.</summary>
    public void Wake() => Volatile.Read(ref _signal).TrySetResult();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                _ = Interlocked.Exchange(ref _signal, NewSignal());
                var (due, nextDue) = FindWork();
                foreach (var work in due)
                {
                    await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    _ = Task.Run(() => DownloadAsync(work, stoppingToken), CancellationToken.None);
                }

                var wait = nextDue is { } at ? at - clock.GetUtcNow().UtcDateTime : SafetyPoll;
                if (wait <= TimeSpan.Zero)
                {
                    // A retry fell due while scanning: scan again at once rather than wait on the clock.
                    continue;
                }

                wait = wait > SafetyPoll ? SafetyPoll : wait;
                using var delayCancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var delay = Task.Delay(wait, clock, delayCancel.Token);
                await Task.WhenAny(delay, Volatile.Read(ref _signal).Task).ConfigureAwait(false);
                await delayCancel.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private (List<PendingPhoto> Due, DateTime? NextDue) FindWork()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = new List<PendingPhoto>();
        DateTime? next = null;
        var pending = SubmissionStore.Collection(database).Find(Query.GT(nameof(Submission.PendingPhotos), 0));
        foreach (var submission in pending)
        {
            foreach (var photo in submission.Photos.Where(p => p.State == PhotoState.Pending && _downloaders.ContainsKey(p.Platform)))
            {
                if (photo.NextAttemptUtc is { } at && at > now)
                {
                    next = next is null || at < next ? at : next;
                }
                else if (_inFlight.TryAdd((submission.Id, photo.Number), 0))
                {
                    due.Add(new PendingPhoto(submission.Id, photo.Number, photo.Platform, photo.PlatformFileId));
                }
            }
        }

        return (due, next);
    }

    private async Task DownloadAsync(PendingPhoto work, CancellationToken ct)
    {
        try
        {
            var result = await FetchAsync(work, ct).ConfigureAwait(false);

            // Judged, stripped and hashed here, off the writer thread; the job only stores.
            IPipelineJob job = result.Status == DownloadStatus.Downloaded
                ? new PhotoDownloadedJob(intake, work.SubmissionId, work.Number, PreparedPhoto.Of(result.Content!))
                : new PhotoDownloadFailedJob(intake, work.SubmissionId, work.Number, result.Status);
            var committed = await pipeline.EnqueueAsync(job, ct).ConfigureAwait(false);
            await committed.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The photo stays pending in the database; the next scan tries it again.
            LogReportFailed(ex, work.SubmissionId, work.Number);
        }
        finally
        {
            _inFlight.TryRemove((work.SubmissionId, work.Number), out _);
            _slots.Release();
            Wake();
        }
    }

    private async Task<DownloadResult> FetchAsync(PendingPhoto work, CancellationToken ct)
    {
        try
        {
            var result = await _downloaders[work.Platform].DownloadAsync(work.FileId, options.Value.MaxPhotoBytes, ct).ConfigureAwait(false);
            if (result.Status != DownloadStatus.Downloaded)
            {
                LogDownloadFailed(work.SubmissionId, work.Number, result.Status, result.Error);
            }

            return result;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogDownloadError(ex, work.SubmissionId, work.Number);
            return DownloadResult.Transient(ex.GetType().Name);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record PendingPhoto(int SubmissionId, int Number, Platform Platform, string FileId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Photo {Number} of submission {SubmissionId} was not downloaded: {Status} {Error}")]
    private partial void LogDownloadFailed(int submissionId, int number, DownloadStatus status, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Downloading photo {Number} of submission {SubmissionId} failed; it will be tried again")]
    private partial void LogDownloadError(Exception exception, int submissionId, int number);

    [LoggerMessage(Level = LogLevel.Error, Message = "The result for photo {Number} of submission {SubmissionId} could not be committed; it stays pending")]
    private partial void LogReportFailed(Exception exception, int submissionId, int number);
}
