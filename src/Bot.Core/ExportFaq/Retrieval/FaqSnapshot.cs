using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// One consistent state of the index: a Lucene reader and the entries and statistics that match it. Readers
/// are reference-counted: a search holds a reference, so a writer can swap in a new snapshot and release the
/// old one without closing it under a running search. Nothing here changes after construction.
/// </summary>
internal sealed class FaqSnapshot
{
    private readonly IList<AtomicReaderContext> _leaves;

    public FaqSnapshot(DirectoryReader reader, IReadOnlyDictionary<string, IndexedEntry> entries, CorpusStatistics statistics)
    {
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Entries = entries;
        Statistics = statistics;
        _leaves = reader.Leaves;
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public IReadOnlyDictionary<string, IndexedEntry> Entries { get; }

    public CorpusStatistics Statistics { get; }

    public bool TryAcquire() => Reader.TryIncRef();

    public void Release() => Reader.DecRef();

    // Doc values objects keep a read position, so they are not shared between threads: the segment reader
    // hands each thread its own, which is why they are fetched per call rather than kept here.
    public string? TopicOf(int doc)
    {
        var leaf = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(FaqFields.TopicValue);
        if (values is null)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }
}
