using System.Globalization;
using Bot.Core.Storage;

namespace Bot.Core.Audit;

/// <summary>The audit rows as CSV (see <see cref="SpreadsheetCsv"/>).</summary>
public static class AuditCsv
{
    /// <summary>Newest rows exported at most; older ones stay in the database.</summary>
    public const int MaxRows = 50_000;

    private static readonly string[] Header = ["id", "time_utc", "time_wib", "platform", "actor", "action", "subject", "before", "after", "redacted"];

    public static byte[] Write(IEnumerable<AuditEntry> entries) => SpreadsheetCsv.Write(Header, entries.Select(entry => new[]
    {
        entry.Id.ToString(CultureInfo.InvariantCulture),
        entry.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Localization.Wib.ToWib(entry.AtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        entry.Platform.ToString(),
        entry.Actor,
        entry.Action,
        entry.Subject,
        entry.Before,
        entry.After,
        entry.Redacted ? "yes" : "no",
    }));
}
