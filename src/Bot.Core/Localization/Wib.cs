using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Localization;

/// <summary>
/// Western Indonesia Time (UTC+7, no daylight saving). Times are stored in UTC and shown, or typed by
/// admins, in WIB.
/// </summary>
public static partial class Wib
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private static readonly string[] MonthsId = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"];
    private static readonly string[] MonthsEn = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTime ToWib(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset;

    public static DateTime ToUtc(DateTime wib) => DateTime.SpecifyKind(wib - Offset, DateTimeKind.Utc);

    /// <summary>"Sel, 9 Des 2026 09.00 WIB" or "Tue, 9 Dec 2026 09:00 WIB".</summary>
    public static string Format(DateTime utc, string language)
    {
        var wib = ToWib(utc);
        var culture = CultureInfo.GetCultureInfo(language == Languages.English ? "en-GB" : "id-ID");
        var day = culture.DateTimeFormat.GetAbbreviatedDayName(wib.DayOfWeek);
        var month = culture.DateTimeFormat.GetAbbreviatedMonthName(wib.Month);
        var time = language == Languages.English ? wib.ToString("HH:mm", culture) : wib.ToString("HH.mm", culture);
        return $"{day}, {wib.Day} {month} {wib.Year} {time} WIB";
    }

    public static string FormatTime(DateTime utc, string language) =>
        ToWib(utc).ToString(language == Languages.English ? "HH:mm" : "HH.mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a WIB date and time as admins type it: "25/12/2026 09:00", "25-12-2026 9.30", "25 Des 2026 09.00",
    /// "2026-12-25 09:00". Returns UTC.
    /// </summary>
    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var input = text.Trim().ToLowerInvariant().Replace("wib", string.Empty, StringComparison.Ordinal).Trim();
        int year, month, day;
        var iso = Iso().Match(input);
        var numeric = Numeric().Match(input);
        var named = Named().Match(input);
        Match used;
        if (iso.Success)
        {
            (year, month, day, used) = (int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture), iso);
        }
        else if (numeric.Success)
        {
            (year, month, day, used) = (int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture), numeric);
        }
        else if (named.Success && MonthOf(named.Groups["m"].Value) is > 0 and var m)
        {
            (year, month, day, used) = (int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture), m, int.Parse(named.Groups["d"].Value, CultureInfo.InvariantCulture), named);
        }
        else
        {
            return false;
        }

        var hour = int.Parse(used.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(used.Groups["min"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59)
        {
            return false;
        }

        utc = ToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));
        return true;
    }

    private static int MonthOf(string name)
    {
        var key = name.Length >= 3 ? name[..3] : name;
        var index = Array.IndexOf(MonthsId, key);
        index = index >= 0 ? index : Array.IndexOf(MonthsEn, key);
        return index + 1;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})[ t,]+(?:jam |pukul )?(?<h>\d{1,2})[:.](?<min>\d{2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/\-.](?<m>\d{1,2})[/\-.](?<y>\d{2,4})[ ,]+(?:jam |pukul )?(?<h>\d{1,2})[:.](?<min>\d{2})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?:[a-z]+,? )?(?<d>\d{1,2}) (?<m>[a-z]+) (?<y>\d{4})[ ,]+(?:jam |pukul )?(?<h>\d{1,2})[:.](?<min>\d{2})$")]
    private static partial Regex Named();
}
