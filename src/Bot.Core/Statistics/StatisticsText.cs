using System.Globalization;
using System.Text;
using Bot.Core.Localization;
using Bot.Core.Training;

namespace Bot.Core.Statistics;

/// <summary>/statistik as a message in the reader's language.</summary>
public static class StatisticsText
{
    public static string Format(Localizer t, BotStatistics s)
    {
        var text = new StringBuilder(t.Format("stats.title", Wib.Format(s.AtUtc, t.Language))).AppendLine().AppendLine();
        var sellers = s.Sellers;
        text.AppendLine(t.Format("stats.sellers", sellers.Registered, sellers.Consented, sellers.CurrentConsent)).AppendLine();
        Training(t, s.Training, text);
        Curation(t, s.Curation, text);
        Faq(t, s.Faq, text);
        return text.ToString().TrimEnd();
    }

    private static void Training(Localizer t, TrainingFigures training, StringBuilder text)
    {
        text.AppendLine(t["stats.training.title"]);
        var total = training.Total;
        text.AppendLine(t.Format(
            "stats.training.total", total.Registrations, total.Seated, total.Capacity, Percent(total.FillRate), total.Waitlisted,
            total.Attended, total.SeatedInEnded, Percent(total.AttendanceRate)));
        foreach (var p in training.Programs)
        {
            var status = p.Status == ProgramStatus.Open ? string.Empty : " (" + t["training.program_status." + p.Status.ToString().ToLowerInvariant()] + ")";
            text.AppendLine(t.Format(
                "stats.training.program", p.Name + status, p.Sessions, p.Registrations, p.Seated, p.Capacity, Percent(p.FillRate), p.Waitlisted,
                p.Attended, p.SeatedInEnded));
        }

        if (training.Sessions.Count > 0)
        {
            text.AppendLine(t["stats.training.sessions"]);
        }

        foreach (var s in training.Sessions)
        {
            var status = s.Status == SessionStatus.Open ? string.Empty : " (" + t["training.session_status." + s.Status.ToString().ToLowerInvariant()] + ")";
            text.AppendLine(t.Format(
                "stats.training.session", s.SessionId, Wib.Format(s.StartUtc, t.Language) + status, s.Seated, s.Capacity, Percent(s.FillRate),
                s.Waitlisted, s.Attended));
        }

        text.AppendLine();
    }

    private static void Curation(Localizer t, CurationFigures c, StringBuilder text)
    {
        text.AppendLine(t["stats.curation.title"]);
        text.AppendLine(t.Format("stats.curation.queue", c.Queue, c.Waiting, c.InReview));
        text.AppendLine(t.Format("stats.curation.decided", c.Approved, c.NeedsRevision, c.Rejected));
        text.AppendLine(t.Format("stats.curation.weeks", StatisticsCalculator.Weeks));
        foreach (var week in c.Weeks)
        {
            text.AppendLine(t.Format(
                "stats.curation.week", week.MondayWib.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week.Decisions, week.Approved,
                week.NeedsRevision, week.Rejected));
        }

        text.AppendLine(c.MedianToDecision is { } median
            ? t.Format("stats.curation.median", Duration(t, median), c.DecisionsMeasured)
            : t["stats.curation.median_none"]).AppendLine();
    }

    private static void Faq(Localizer t, FaqFigures f, StringBuilder text)
    {
        text.AppendLine(t["stats.faq.title"]);
        text.AppendLine(t.Format("stats.faq.questions", f.Answered, f.Unknown, f.OutOfScope));
        text.AppendLine(t.Format("stats.faq.forwarded", f.Forwarded, f.ForwardedAnswered, f.ForwardedOpen));
        text.AppendLine(f.TopTopics.Count == 0
            ? t["stats.faq.top_none"]
            : t.Format("stats.faq.top", string.Join(", ", f.TopTopics.Select(topic => $"{topic.Key} ({topic.Value.ToString(CultureInfo.InvariantCulture)})"))));
        text.AppendLine(f.Helpful + f.NotHelpful == 0 ? t["stats.faq.rating_none"] : t.Format("stats.faq.rating", f.Helpful, f.NotHelpful, Percent(f.HelpfulRate)));
    }

    public static string Percent(double rate) => Math.Round(rate * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Duration(Localizer t, TimeSpan span) =>
        span.TotalDays >= 1
            ? t.Format("stats.duration.days", (int)span.TotalDays, span.Hours)
            : span.TotalHours >= 1 ? t.Format("stats.duration.hours", (int)span.TotalHours, span.Minutes) : t.Format("stats.duration.minutes", Math.Max(1, (int)Math.Round(span.TotalMinutes)));
}
