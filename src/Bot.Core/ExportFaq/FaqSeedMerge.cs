namespace Bot.Core.ExportFaq;

/// <summary>Decides which seed entries to write into the database at start-up.</summary>
public static class FaqSeedMerge
{
    /// <summary>
    /// Returns the entries to upsert: seed entries the database lacks, and seed entries whose version is newer
    /// than the stored one. Entries an admin edited or removed are never returned, whatever their version,
    /// and entries that exist only in the database (admin-created) are left alone.
    /// </summary>
    public static IReadOnlyList<FaqEntry> Merge(IEnumerable<FaqEntry> existing, FaqSeed seed)
    {
        var stored = existing.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var upserts = new List<FaqEntry>();
        foreach (var entry in seed.Entries)
        {
            if (!stored.TryGetValue(entry.Id, out var current))
            {
                upserts.Add(entry);
            }
            else if (!current.EditedByAdmin && !current.Removed && current.SeedVersion < entry.SeedVersion)
            {
                upserts.Add(entry);
            }
        }

        return upserts;
    }
}
