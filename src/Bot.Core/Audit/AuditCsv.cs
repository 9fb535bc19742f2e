using System.Globalization;
using System.Text;
using CsvHelper;

namespace Bot.Core.Audit;

/// <summary>The audit rows as CSV: UTF-8 with a byte-order mark, so Excel opens Indonesian text correctly.</summary>
public static class AuditCsv
{
    /// <summary>Newest rows exported at most; older ones stay in the database.</summary>
    public const int MaxRows = 50_000;

    // Staff open this in a spreadsheet; a subject or answer starting with "=" must not run as a formula.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };

    public static byte[] Write(IEnumerable<AuditEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(writer, Options, leaveOpen: true))
        {
            csv.WriteHeader(["id", "time_utc", "time_wib", "platform", "actor", "action", "subject", "before", "after", "redacted"]);
            foreach (var entry in entries)
            {
                csv.WriteField(entry.Id.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(entry.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                csv.WriteField(Localization.Wib.ToWib(entry.AtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(entry.Platform.ToString());
                csv.WriteField(entry.Actor);
                csv.WriteField(entry.Action);
                csv.WriteField(entry.Subject);
                csv.WriteField(entry.Before ?? string.Empty);
                csv.WriteField(entry.After ?? string.Empty);
                csv.WriteField(entry.Redacted ? "yes" : "no");
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
