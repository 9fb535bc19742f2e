using System.Text;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Storage;

namespace Bot.Core.Training.Admin;

/// <summary>/peserta (admins): a session's registrants, then its waitlist, with their contacts.</summary>
public sealed class RegistrantsCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TrainingCommands.Registrants];

    public string DescriptionKey => "training.command.registrants";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            AdminPicker.Sessions(context, TrainingCommands.Registrants, _ => true);
            return;
        }

        var t = context.T;
        var database = context.Session.Database;
        if (TrainingStore.Session(database, arguments) is not { } session)
        {
            context.ReplyKey("training.admin.unknown_session");
            return;
        }

        var all = TrainingStore.OfSession(database, session.Id);
        var seated = all.Where(r => r.HoldsSeat).ToList();
        var waiting = all.Where(r => r.Status == RegistrationStatus.Waitlisted).ToList();
        var text = new StringBuilder(AdminPicker.SessionLabel(t, database, session)).AppendLine()
            .AppendLine(t.Format("training.registrants.counts", seated.Count, session.Capacity, waiting.Count, all.Count(r => r.Status == RegistrationStatus.Cancelled)));
        if (seated.Count > 0)
        {
            text.AppendLine().AppendLine(t["training.registrants.seated"]);
            Lines(text, t, database, seated);
        }

        if (waiting.Count > 0)
        {
            text.AppendLine().AppendLine(t["training.registrants.waiting"]);
            Lines(text, t, database, waiting);
        }

        var id = session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Reply(new OutboundMessage
        {
            Text = text.ToString().TrimEnd(),
            Buttons =
            [
                [new Button(t["training.admin.mark_attendance"], $"/{TrainingCommands.Attendance} {id}"), new Button(t["training.admin.export_csv"], $"/{TrainingCommands.Export} {id}")],
            ],
        });
    }

    private static void Lines(StringBuilder text, Localizer t, BotDatabase database, List<Registration> registrations)
    {
        var number = 0;
        foreach (var registration in registrations)
        {
            var profile = ProfileStore.Find(database, registration.SellerId);
            text.Append(++number).Append(". ").Append(profile?.OwnerName ?? t["training.registrants.no_profile"])
                .Append(" — ").Append(profile?.BusinessName).Append(" — ").Append(profile?.Phone)
                .Append(" — ").Append(registration.Code)
                .AppendLine(registration.Status == RegistrationStatus.Attended ? " ✅" : string.Empty);
        }
    }
}
