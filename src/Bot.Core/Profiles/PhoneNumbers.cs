using System.Text.RegularExpressions;

namespace Bot.Core.Profiles;

/// <summary>Indonesian mobile numbers: accepts 08…, 628…, +62 8…, with spaces, dots, dashes or brackets.</summary>
public static partial class PhoneNumbers
{
    public static bool TryNormalise(string? input, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return false;
        }

        var digits = Separators().Replace(input.Trim(), string.Empty);
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var national = digits.StartsWith("62", StringComparison.Ordinal) ? digits[2..]
            : digits.StartsWith('0') ? digits[1..]
            : digits;
        if (!NationalMobile().IsMatch(national))
        {
            return false;
        }

        e164 = "+62" + national;
        return true;
    }

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^8[1-35-9]\d{7,10}$")]
    private static partial Regex NationalMobile();
}
