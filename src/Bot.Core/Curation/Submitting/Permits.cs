using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;

namespace Bot.Core.Curation.Submitting;

/// <summary>The product permits asked for: SPP-IRT, BPOM MD and halal (domain brief, section 5).</summary>
public static class Permits
{
    public static IReadOnlyList<string> Codes { get; } = ["pirt", "bpom", "halal"];

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new("pirt", "curation.permit.pirt"),
        new("bpom", "curation.permit.bpom"),
        new("halal", "curation.permit.halal"),
        new(CurationInputs.NoPermit, "curation.permit.none"),
    ];

    /// <summary>The stored permit list (codes, one a line) in words, or "none".</summary>
    public static string Describe(Localizer t, string value) => Describe(t, value.Split('\n').Where(c => c != CurationInputs.NoPermit));

    public static string Describe(Localizer t, IEnumerable<string> codes)
    {
        var list = codes.ToList();
        return list.Count == 0 ? t["curation.permit.none"] : string.Join(", ", list.Select(c => t["curation.permit." + c]));
    }
}
