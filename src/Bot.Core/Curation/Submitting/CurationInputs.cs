using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.Curation.Submitting;

/// <summary>The parsers of the curation form's answers; each refusal names its reason.</summary>
public static partial class CurationInputs
{
    public const string NoPermit = "none";

    public static FieldResult Text(FieldInput input, int min, int max)
    {
        if (input.Update.Kind != InboundKind.Text || string.IsNullOrWhiteSpace(input.Text))
        {
            return FieldResult.Invalid("form.text_expected");
        }

        var text = Whitespace().Replace(input.Text.Trim(), " ");
        return text.Length < min || text.Length > max ? FieldResult.Invalid("form.length", min, max, text.Length) : FieldResult.Ok(text);
    }

    public static FieldResult Price(FieldInput input) =>
        input.Update.Kind != InboundKind.Text ? FieldResult.Invalid("form.text_expected")
        : RupiahParser.TryParse(input.Text, out var rupiah) ? FieldResult.Ok(rupiah.ToString(CultureInfo.InvariantCulture))
        : FieldResult.Invalid("curation.price.invalid", RupiahParser.Format(RupiahParser.MinPrice));

    /// <summary>"500 pcs", "1.000 bungkus per bulan", "2rb botol" → "500|pcs".</summary>
    public static FieldResult Capacity(FieldInput input)
    {
        if (input.Update.Kind != InboundKind.Text || !RupiahParser.TryParseAmount(input.Text, out var amount, out var rest))
        {
            return FieldResult.Invalid("curation.capacity.invalid");
        }

        var unit = PerMonth().Replace(rest, string.Empty).Trim();
        if (amount < 1 || amount > 100_000_000 || amount != decimal.Truncate(amount) || unit.Length > 30 || unit.Contains('|'))
        {
            return FieldResult.Invalid("curation.capacity.invalid");
        }

        return FieldResult.Ok(string.Create(CultureInfo.InvariantCulture, $"{(long)amount}|{unit}"));
    }

    public static (long Amount, string Unit) SplitCapacity(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0
            ? (long.Parse(value, CultureInfo.InvariantCulture), string.Empty)
            : (long.Parse(value[..bar], CultureInfo.InvariantCulture), value[(bar + 1)..]);
    }

    /// <summary>A permit pressed (or typed); "none" ends the question, a permit is added to the ones chosen.</summary>
    public static FieldResult Permit(FieldInput input, IReadOnlyList<string> chosen)
    {
        var value = input.Text?.Trim().ToLowerInvariant();
        if (!input.FromButton)
        {
            return TypedPermits(value);
        }

        if (value == NoPermit)
        {
            return chosen.Count == 0 ? FieldResult.Ok(NoPermit) : FieldResult.Invalid("curation.permits.none_after_some");
        }

        return chosen.Contains(value!) ? FieldResult.Invalid("curation.permits.already") : FieldResult.Collect(value!);
    }

    private static FieldResult TypedPermits(string? text)
    {
        var words = (text ?? string.Empty).Split([',', ' ', '/', '+', '&'], StringSplitOptions.RemoveEmptyEntries);
        var found = new List<string>();
        foreach (var word in words)
        {
            var code = word switch
            {
                "pirt" or "p-irt" or "spp-irt" or "sppirt" => "pirt",
                "bpom" or "md" => "bpom",
                "halal" => "halal",
                "tidak" or "tidak ada" or "belum" or "none" or "no" or "ada" or "punya" or "dan" or "and" or "ri" => null,
                _ => "?",
            };
            if (code == "?")
            {
                return FieldResult.Invalid("form.choose_button");
            }

            if (code is not null && !found.Contains(code))
            {
                found.Add(code);
            }
        }

        return found.Count > 0 ? FieldResult.Ok(string.Join('\n', found))
            : words.Length > 0 ? FieldResult.Ok(NoPermit) : FieldResult.Invalid("form.choose_button");
    }

    /// <summary>A photo or an image file; anything else gets a hint and the question stays.</summary>
    public static FieldResult Photo(FieldInput input, IReadOnlyList<string> collected, long maxBytes)
    {
        var update = input.Update;
        var file = input.Files.FirstOrDefault();
        switch (update.Kind)
        {
            case InboundKind.Photo when file is not null:
                return Add(new PhotoItem(PhotoItem.Photo, file.FileId), file, collected, maxBytes);
            case InboundKind.Document when file is not null:
                // Judged later by its bytes, never by its name or claimed type.
                return Add(new PhotoItem(PhotoItem.Document, file.FileId), file, collected, maxBytes);
            case InboundKind.Sticker:
                return FieldResult.Invalid("curation.photo.sticker");
            case InboundKind.Voice:
                return FieldResult.Invalid("curation.photo.voice");
            default:
                return FieldResult.Invalid("curation.photo.expected");
        }
    }

    private static FieldResult Add(PhotoItem item, InboundFile file, IReadOnlyList<string> collected, long maxBytes)
    {
        if (file.Size > maxBytes)
        {
            return FieldResult.Invalid("curation.photo.too_large", maxBytes / (1024 * 1024));
        }

        return collected.Any(c => PhotoItem.Parse(c).Value == file.FileId)
            ? FieldResult.Invalid("curation.photo.same_again")
            : FieldResult.Collect(item.ToString());
    }

    [GeneratedRegex(@"^(?:/|per\s+|se)?\s*(?:bulan|bln|month)\b|\s*(?:/|per\s+|se)\s*(?:bulan|bln|month)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerMonth();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
