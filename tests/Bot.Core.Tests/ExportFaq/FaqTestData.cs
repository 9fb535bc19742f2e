using Bot.Core.ExportFaq;

namespace Bot.Core.Tests.ExportFaq;

/// <summary>The seed, one shared index over it, and the evaluation table.</summary>
internal static class FaqTestData
{
    public static readonly string[] TopicIds =
    [
        "nib-oss", "hs-code", "peb-ceisa", "courier-parcel-export", "coo-ska", "incoterms", "payment-methods",
        "halal", "bpom", "sni", "quarantine-phyto", "packaging-labeling", "sample-shipping",
        "marketplace-cross-border", "finding-buyers", "export-consultation-ppejp", "export-center-surabaya",
        "export-workshop-disperdagin", "product-curation", "bi-kediri-support", "supply-continuity",
        "export-financing-lpei", "exchange-rate-risk", "export-duties-tax", "trademark", "minimum-order",
        "pricing-export", "documents-checklist", "coffee-export", "wood-crafts-svlk",
    ];

    private static readonly Lazy<FaqSeed> LazySeed = new(FaqSeed.Load);
    private static readonly Lazy<FaqIndex> LazyIndex = new(() => new FaqIndex(Seed.Entries));
    private static readonly Lazy<IReadOnlyList<EvalCase>> LazyEval = new(() => LoadTable("faq-eval.tsv"));
    private static readonly Lazy<IReadOnlyList<EvalCase>> LazyHoldout = new(() => LoadTable("faq-holdout.tsv"));

    public static FaqSeed Seed => LazySeed.Value;

    /// <summary>Shared and read-only: tests that change an index build their own.</summary>
    public static FaqIndex SeedIndex => LazyIndex.Value;

    /// <summary>The table written before tuning, as sellers ask; the thresholds were chosen on it.</summary>
    public static IReadOnlyList<EvalCase> Eval => LazyEval.Value;

    /// <summary>Written after tuning and never tuned on: how well the matcher does on new phrasings.</summary>
    public static IReadOnlyList<EvalCase> Holdout => LazyHoldout.Value;

    private static IReadOnlyList<EvalCase> LoadTable(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(DataDirectory(), name));
        return [.. lines
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new EvalCase(parts[0].Trim(), parts[1].Trim()))];
    }

    // The table lives beside this file in the repository; walk up from the test binaries to find it.
    private static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Bot.Core.Tests", "ExportFaq", "Data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Bot.Core.Tests/ExportFaq/Data not found above the test binaries.");
    }
}
