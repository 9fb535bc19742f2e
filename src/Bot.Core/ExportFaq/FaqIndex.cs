using Bot.Core.ExportFaq.Retrieval;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Bot.Core.ExportFaq;

/// <summary>
/// The in-memory search index over the knowledge base. Any number of threads may search at once without
/// locks; <see cref="Rebuild"/>, <see cref="Upsert"/> and <see cref="Remove"/> take effect for every search
/// that starts after they return (they serialise among themselves). Nothing is persisted: build it from the
/// database at start-up and call <see cref="Upsert"/> / <see cref="Remove"/> after each admin change.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    private readonly System.Threading.Lock _writeLock = new();
    private readonly FaqAnalyzers _analyzers = new();
    private readonly FaqDocumentFactory _documents;
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private FaqSnapshot _snapshot;
    private bool _disposed;

    public FaqIndex()
        : this([])
    {
    }

    public FaqIndex(IEnumerable<FaqEntry> entries)
    {
        _documents = new FaqDocumentFactory(_analyzers);
        // Only the phrase field is analysed by the writer; the others arrive as analysed terms.
        var config = new IndexWriterConfig(FaqAnalyzers.Version, _analyzers.Words)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        _writer = new IndexWriter(_directory, config);
        _snapshot = new FaqSnapshot(
            DirectoryReader.Open(_writer, applyAllDeletes: true), new Dictionary<string, IndexedEntry>(), CorpusStatistics.Empty);
        Rebuild(entries);
    }

    public int Count => Volatile.Read(ref _snapshot).Entries.Count;

    public IReadOnlyCollection<FaqEntry> Entries => [.. Volatile.Read(ref _snapshot).Entries.Values.Select(e => e.Entry)];

    public FaqEntry? Find(string topicId) =>
        Volatile.Read(ref _snapshot).Entries.TryGetValue(topicId, out var entry) ? entry.Entry : null;

    /// <summary>Replaces the whole index with these entries (removed tombstones are skipped).</summary>
    public void Rebuild(IEnumerable<FaqEntry> entries)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Documents first: if an entry cannot be read, the index is left as it was.
            var indexed = new Dictionary<string, IndexedEntry>(StringComparer.Ordinal);
            var documents = new List<Document>();
            foreach (var entry in entries.Where(e => !e.Removed))
            {
                var (document, item) = _documents.Create(entry);
                if (indexed.TryAdd(entry.Id, item))
                {
                    documents.Add(document);
                }
            }

            _writer.DeleteAll();
            _writer.AddDocuments(documents);
            Publish(indexed, CorpusStatistics.From(indexed.Values));
        }
    }

    /// <summary>Adds or replaces one entry; an entry marked removed is taken out instead.</summary>
    public void Upsert(FaqEntry entry)
    {
        if (entry.Removed)
        {
            Remove(entry.Id);
            return;
        }

        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var (document, item) = _documents.Create(entry);
            _writer.UpdateDocument(new Term(FaqFields.TopicId, entry.Id), document);
            var entries = new Dictionary<string, IndexedEntry>(_snapshot.Entries, StringComparer.Ordinal)
            {
                [entry.Id] = item,
            };
            Publish(entries, _snapshot.Statistics.Change(_snapshot.Entries.GetValueOrDefault(entry.Id), item));
        }
    }

    /// <returns>False when no entry had this id.</returns>
    public bool Remove(string topicId)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_snapshot.Entries.TryGetValue(topicId, out var removed))
            {
                return false;
            }

            _writer.DeleteDocuments(new Term(FaqFields.TopicId, topicId));
            var entries = new Dictionary<string, IndexedEntry>(_snapshot.Entries, StringComparer.Ordinal);
            entries.Remove(topicId);
            Publish(entries, _snapshot.Statistics.Change(removed, null));
            return true;
        }
    }

    /// <summary>The best entries for a question, best first, with BM25 score and coverage.</summary>
    public IReadOnlyList<FaqHit> Search(string question, int max = 5)
    {
        var words = ChatNormaliser.Tokens(question);
        var snapshot = Acquire();
        try
        {
            var tokens = QueryPreparer.Prepare(words, _analyzers, snapshot.Statistics);
            return FaqSearcher.Search(snapshot, words, tokens, max);
        }
        finally
        {
            snapshot.Release();
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _snapshot.Release();
            _writer.Dispose();
            _directory.Dispose();
            _analyzers.Dispose();
        }
    }

    // A reader closed by a concurrent swap refuses the reference; the next read sees the newer snapshot.
    private FaqSnapshot Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _snapshot);
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (snapshot.TryAcquire())
            {
                return snapshot;
            }
        }
    }

    // Entries and statistics are handed over, never changed afterwards: readers share them without locks.
    private void Publish(Dictionary<string, IndexedEntry> entries, CorpusStatistics statistics)
    {
        var reader = DirectoryReader.OpenIfChanged(_snapshot.Reader, _writer, applyAllDeletes: true) ?? _snapshot.Reader;
        if (ReferenceEquals(reader, _snapshot.Reader))
        {
            reader.IncRef();
        }

        var previous = _snapshot;
        Volatile.Write(ref _snapshot, new FaqSnapshot(reader, entries, statistics));
        previous.Release();
    }
}
