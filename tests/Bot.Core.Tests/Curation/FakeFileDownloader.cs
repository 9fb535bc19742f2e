using System.Collections.Concurrent;
using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;

namespace Bot.Core.Tests.Curation;

/// <summary>The Local platform's downloads: bytes by file id, optionally after scripted failures.</summary>
public sealed class FakeFileDownloader : IFileDownloader
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DownloadResult>> _failures = new();
    private readonly ConcurrentQueue<string> _requests = new();

    public Platform Platform => Platform.Local;

    public IReadOnlyList<string> Requests => [.. _requests];

    public void Add(string fileId, byte[] content) => _files[fileId] = content;

    public void FailFirst(string fileId, params DownloadResult[] results) => _failures[fileId] = new ConcurrentQueue<DownloadResult>(results);

    public Task<DownloadResult> DownloadAsync(string fileId, long maxBytes, CancellationToken cancellationToken)
    {
        _requests.Enqueue(fileId);
        if (_failures.TryGetValue(fileId, out var queue) && queue.TryDequeue(out var failure))
        {
            return Task.FromResult(failure);
        }

        return Task.FromResult(_files.TryGetValue(fileId, out var bytes) ? DownloadResult.Downloaded(bytes) : DownloadResult.Gone("unknown file"));
    }
}
