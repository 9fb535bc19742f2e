using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// Reads prices as sellers type them: "25rb", "25 ribu", "25.000", "Rp 25,000", "Rp25.000,00", "1,5jt", "2 juta".
/// A separator followed by exactly three digits groups thousands; one followed by one or two digits is a decimal
/// point ("1,5jt", "12.500,50").
/// </summary>
public static partial class RupiahParser
{
    public const long MinPrice = 100;
    public const long MaxPrice = 1_000_000_000;

    public static bool TryParse(string? text, out long rupiah)
    {
        rupiah = 0;
        if (!TryParseAmount(text, out var amount, out var rest) || rest.Length > 0)
        {
            return false;
        }

        if (amount != decimal.Truncate(amount) || amount < MinPrice || amount > MaxPrice)
        {
            return false;
        }

        rupiah = (long)amount;
        return true;
    }

    /// <summary>A leading amount with an optional "rb"/"ribu"/"k"/"jt"/"juta" suffix; <paramref name="rest"/> is what follows.</summary>
    public static bool TryParseAmount(string? text, out decimal amount, out string rest)
    {
        amount = 0;
        rest = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        var match = Amount().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || !TryNumber(match.Groups["number"].Value, out var number))
        {
            return false;
        }

        var multiplier = match.Groups["suffix"].Value switch
        {
            "rb" or "ribu" or "k" or "rebu" => 1_000m,
            "jt" or "juta" => 1_000_000m,
            _ => 1m,
        };
        amount = number * multiplier;
        rest = match.Groups["rest"].Value.Trim();
        return true;
    }

    public static string Format(long rupiah) => "Rp " + rupiah.ToString("#,0", CultureInfo.GetCultureInfo("id-ID"));

    private static bool TryNumber(string digits, out decimal value)
    {
        value = 0;
        var separators = digits.Count(c => c is '.' or ',');
        var integerPart = digits;
        var fraction = string.Empty;
        var last = digits.LastIndexOfAny(['.', ',']);
        if (last >= 0 && digits.Length - last - 1 is 1 or 2)
        {
            // "1,5" or "12.500,50": the last separator is a decimal point.
            integerPart = digits[..last];
            fraction = digits[(last + 1)..];
            separators--;
        }

        if (separators > 0)
        {
            var groups = integerPart.Split('.', ',');
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }

            integerPart = string.Concat(groups);
        }

        if (integerPart.Length is 0 or > 12)
        {
            return false;
        }

        var canonical = fraction.Length > 0 ? integerPart + "." + fraction : integerPart;
        return decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^(?:rp\.?|idr)?\s*(?<number>\d+(?:[.,]\d+)*)\s*(?:(?<suffix>rb|ribu|rebu|k|jt|juta)\b)?\s*(?:,-|-)?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
