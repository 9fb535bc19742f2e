namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Maps a search to a confidence in [0, 1] from two things BM25 scores alone cannot say:
/// how much of the question the best entry explains (its coverage, 1 = every meaningful word) and how clearly
/// it beats the runner-up (the relative margin of scores). Coverage is the main factor: a question about
/// the weather shares at most a word or two with any entry. The margin only discounts a near tie.
/// </summary>
internal static class ConfidenceModel
{
    // A tie keeps this share of the coverage; a lead of FullMargin or more keeps all of it.
    private const double TieFactor = 0.6;
    private const double FullMargin = 0.25;

    public static double Compute(IReadOnlyList<FaqHit> hits)
    {
        if (hits.Count == 0 || hits[0].Score <= 0)
        {
            return 0;
        }

        var top = hits[0];
        var runnerUp = hits.Count > 1 ? hits[1].Score : 0;
        var margin = (top.Score - runnerUp) / top.Score;
        var factor = TieFactor + ((1 - TieFactor) * Math.Min(1, margin / FullMargin));
        return Math.Clamp(top.Coverage * factor, 0, 1);
    }
}
