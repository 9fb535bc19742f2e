using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Turns an entry into its Lucene document and its term sets. Texts are normalised like questions, then
/// analysed word by word through the shared cache; the analysed terms go to the index as they are.
/// </summary>
internal sealed class FaqDocumentFactory(FaqAnalyzers analyzers)
{
    public (Document Document, IndexedEntry Indexed) Create(FaqEntry entry)
    {
        var questionsId = Normalised(entry.Questions.Indonesian.Concat(entry.Keywords.Indonesian));
        var questionsEn = Normalised(entry.Questions.English.Concat(entry.Keywords.English));
        var answerId = Normalised([entry.Answer.Indonesian]);
        var answerEn = Normalised([entry.Answer.English]);

        var qId = Terms(questionsId, english: false);
        var qEn = Terms(questionsEn, english: true);
        var aId = Terms(answerId, english: false);
        var aEn = Terms(answerEn, english: true);

        var document = new Document
        {
            new StringField(FaqFields.TopicId, entry.Id, Field.Store.NO),
            new BinaryDocValuesField(FaqFields.TopicValue, new BytesRef(entry.Id)),
            new TextField(FaqFields.QuestionsId, new TermListTokenStream(qId)),
            new TextField(FaqFields.QuestionsEn, new TermListTokenStream(qEn)),
            new TextField(FaqFields.AnswerId, new TermListTokenStream(aId)),
            new TextField(FaqFields.AnswerEn, new TermListTokenStream(aEn)),
        };
        foreach (var words in questionsId.Concat(questionsEn))
        {
            document.Add(new TextField(FaqFields.Phrases, string.Join(' ', words), Field.Store.NO));
        }

        var indexed = new IndexedEntry(
            entry,
            Prefixed(qId, qEn),
            Prefixed(aId, aEn),
            [.. questionsId.Concat(questionsEn).Concat(answerId).Concat(answerEn).SelectMany(words => words)]);
        return (document, indexed);
    }

    private static List<IReadOnlyList<string>> Normalised(IEnumerable<string> texts) =>
        [.. texts.Select(ChatNormaliser.Tokens).Where(words => words.Count > 0)];

    private List<string> Terms(List<IReadOnlyList<string>> texts, bool english)
    {
        var terms = new List<string>();
        foreach (var word in texts.SelectMany(words => words))
        {
            var analysed = analyzers.Analyse(word);
            var term = english ? analysed.En : analysed.Id;
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    // A plain set: built for every entry on every rebuild, where a frozen set's construction cost shows.
    private static HashSet<string> Prefixed(List<string> indonesian, List<string> english) =>
        indonesian.Select(t => IndexedEntry.IdPrefix + t)
            .Concat(english.Select(t => IndexedEntry.EnPrefix + t))
            .ToHashSet(StringComparer.Ordinal);
}
