using System.Text;
using Bot.Core.Curation.Submitting;
using Bot.Core.Localization;

namespace Bot.Core.Curation;

/// <summary>How curation values read in a message, in the reader's language.</summary>
public static class CurationTexts
{
    public static string Capacity(Localizer t, string value)
    {
        var (amount, unit) = CurationInputs.SplitCapacity(value);
        return Capacity(t, amount, unit);
    }

    public static string Capacity(Localizer t, long amount, string unit) =>
        t.Format("curation.capacity.display", amount.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("id-ID")), unit.Length == 0 ? t["curation.capacity.unit_default"] : unit).Trim();

    public static string State(Localizer t, SubmissionState state) => t["curation.state." + state.ToString().ToLowerInvariant()];

    public static string Outcome(Localizer t, DecisionOutcome outcome) => t["curation.outcome." + outcome.ToString().ToLowerInvariant()];

    /// <summary>The picked reasons and the typed note, one a line.</summary>
    public static string Notes(Localizer t, CurationDecision decision)
    {
        var text = new StringBuilder();
        foreach (var reason in decision.Reasons)
        {
            text.Append("• ").AppendLine(t["curation.reason." + reason]);
        }

        if (!string.IsNullOrWhiteSpace(decision.Note))
        {
            text.Append("• ").AppendLine(decision.Note);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The product fields in the reader's language, one a line.</summary>
    public static string Fields(Localizer t, Submission s)
    {
        var text = new StringBuilder();
        text.Append(t["curation.product.label"]).Append(": ").AppendLine(s.ProductName);
        text.Append(t["curation.category.label"]).Append(": ").AppendLine(t["sector." + s.Category]);
        text.Append(t["curation.description.label"]).Append(": ").AppendLine(s.Description);
        text.Append(t["curation.price.label"]).Append(": ").AppendLine(RupiahParser.Format(s.PriceRupiah));
        text.Append(t["curation.capacity.label"]).Append(": ").AppendLine(Capacity(t, s.CapacityPerMonth, s.CapacityUnit));
        text.Append(t["curation.permits.label"]).Append(": ").Append(Permits.Describe(t, s.Permits));
        return text.ToString();
    }
}
