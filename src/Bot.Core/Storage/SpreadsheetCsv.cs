using CsvHelper;

namespace Bot.Core.Storage;

/// <summary>
/// The one way the bot writes a CSV for staff: UTF-8 with a byte-order mark (Excel then reads Indonesian names
/// correctly) and any cell a spreadsheet would run as a formula ("=", "+", "-", "@") escaped, since sellers type
/// the text in it.
/// </summary>
public static class SpreadsheetCsv
{
    /// <param name="rows">One array of cells per line; null cells are written empty.</param>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, char separator = ',')
    {
        var options = CsvWriterOptions.Default with { Separator = separator, Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            Line(csv, header);
            foreach (var row in rows)
            {
                Line(csv, row);
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    private static void Line(CsvWriter csv, IReadOnlyList<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell ?? string.Empty);
        }

        csv.EndRecord();
    }
}
