namespace Bot.Core.ExportFaq;

/// <summary>
/// One knowledge-base entry, stored as a LiteDB document keyed by its topic id (kebab-case, e.g. "nib-oss").
/// Entries start from the embedded seed; admins may edit, add or remove them at run time.
/// </summary>
public sealed record FaqEntry
{
    /// <summary>The topic id; stable, used as the document key and in buttons.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The seed version this entry came from; 0 for entries an admin created.</summary>
    public int SeedVersion { get; init; }

    /// <summary>Set once an admin changed the entry, so seed upgrades never overwrite the admin's words.</summary>
    public bool EditedByAdmin { get; init; }

    /// <summary>
    /// Set when an admin removed a seeded entry. The document stays as a tombstone so that the next seed
    /// merge does not bring the entry back; the index skips it.
    /// </summary>
    public bool Removed { get; init; }

    public FaqPhrases Keywords { get; init; } = new();

    /// <summary>Ways sellers ask this question: formal and chat Indonesian, English.</summary>
    public FaqPhrases Questions { get; init; } = new();

    public FaqText Answer { get; init; } = new();

    /// <summary>Up to three other topic ids offered as follow-up buttons.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}
