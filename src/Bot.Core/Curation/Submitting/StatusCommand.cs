using System.Text;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Submitting;

/// <summary>/statuskurasi: the seller's submissions with their states and latest notes, and what to do next.</summary>
public sealed class StatusCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["statuskurasi", "curationstatus"];

    public string DescriptionKey => "command.curation_status.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var t = context.T;
        var mine = SubmissionStore.OfSeller(context.Session.Database, SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId));
        if (mine.Count == 0)
        {
            context.Reply(MainMenu.Message(t, t["curation.status.none"]));
            return;
        }

        var text = new StringBuilder(t["curation.status.title"]).AppendLine();
        var buttons = new List<IReadOnlyList<Button>>();
        foreach (var s in mine.TakeLast(20))
        {
            text.AppendLine().Append(Line(t, s));
            if (s.State == SubmissionState.NeedsRevision)
            {
                buttons.Add([new Button(t.Format("curation.status.resubmit_button", s.Code), "/kirimulang " + s.Id)]);
            }
            else if (s.State == SubmissionState.Submitted && s.Photos.Any(p => p.State == PhotoState.Refused) && s.LivePhotoCount < CurationForm.MaxPhotos)
            {
                buttons.Add([new Button(t.Format("curation.status.replace_button", s.Code), "/gantifoto " + s.Id)]);
            }
        }

        context.Reply(new OutboundMessage { Text = text.ToString().TrimEnd(), Buttons = buttons });
    }

    private static string Line(Localizer t, Submission s)
    {
        var line = new StringBuilder();
        line.Append("• ").Append(s.Code).Append(" — ").Append(s.ProductName).Append(": ").AppendLine(CurationTexts.State(t, s.State));
        line.Append("   ").AppendLine(t.Format("curation.status.sent", Wib.Format(s.SubmittedUtc, t.Language), s.Version));
        if (s.PendingPhotos > 0)
        {
            line.Append("   ").AppendLine(t.Format("curation.status.photos_pending", s.PendingPhotos));
        }

        var refused = s.Photos.Where(p => p.State == PhotoState.Refused && p.Version == s.Version).Select(p => p.Number).ToList();
        if (refused.Count > 0)
        {
            line.Append("   ").AppendLine(t.Format("curation.status.photos_refused", string.Join(", ", refused)));
        }

        if (s.Decisions.LastOrDefault() is { } last && s.State is SubmissionState.NeedsRevision or SubmissionState.Rejected)
        {
            line.AppendLine(CurationTexts.Notes(t, last).Replace("• ", "   – ", StringComparison.Ordinal));
        }

        return line.ToString();
    }
}
