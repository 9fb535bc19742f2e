using System.Text;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Training;

/// <summary>
/// /jadwalku: the seller's sign-ups with a cancel button each. "/jadwalku batal KODE" asks to confirm and
/// "/jadwalku batal KODE ya" cancels; pressing either again, or late, changes nothing and says why.
/// </summary>
public sealed class MyScheduleCommand : IBotCommand
{
    public const string Name = "jadwalku";
    private const string CancelWord = "batal";

    public IReadOnlyList<string> Names { get; } = [Name, "myschedule"];

    public string DescriptionKey => "training.command.my_schedule";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is [CancelWord, var code, ..])
        {
            Cancel(context, code, confirmed: parts is [_, _, "ya"]);
            return;
        }

        List(context);
    }

    private static void List(UpdateContext context)
    {
        var t = context.T;
        var database = context.Session.Database;
        var sellerId = SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId);
        var shown = TrainingStore.OfSeller(database, sellerId)
            .Where(r => r.IsActive)
            .Select(r => (Registration: r, Session: TrainingStore.Sessions(database).FindById(r.SessionId)))
            .Where(x => x.Session is not null && x.Session.EndUtc > context.NowUtc)
            .OrderBy(x => x.Session!.StartUtc)
            .ToList();
        if (shown.Count == 0)
        {
            context.Reply(new OutboundMessage { Text = t["training.schedule.empty"], Buttons = [[new Button(t["menu.training"], "/" + SignUpForm.FormName)]] });
            return;
        }

        var text = new StringBuilder(t["training.schedule.title"]).AppendLine();
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var (registration, session) in shown)
        {
            var program = TrainingStore.Programs(database).FindById(registration.ProgramId);
            text.AppendLine().Append("🎫 ").Append(registration.Code).Append(" · ").AppendLine(StatusText(context, registration, session!))
                .AppendLine(SessionText.Details(t, program, session!));
            if (Cancellable(registration, session!, context.NowUtc))
            {
                rows.Add([new Button(t.Format("training.schedule.cancel_button", registration.Code), $"/{Name} {CancelWord} {registration.Code}")]);
            }
        }

        context.Reply(new OutboundMessage { Text = text.ToString().TrimEnd(), Buttons = rows });
    }

    private static void Cancel(UpdateContext context, string code, bool confirmed)
    {
        var t = context.T;
        var database = context.Session.Database;
        var registration = TrainingStore.ByCode(database, code);
        if (registration is null || registration.SellerId != SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId))
        {
            context.Reply(TrainingNotices.WithSchedule(t, t.Format("training.schedule.unknown_code", code)));
            return;
        }

        var session = TrainingStore.Sessions(database).FindById(registration.SessionId);
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            context.Reply(TrainingNotices.WithSchedule(t, t.Format("training.schedule.already_cancelled", registration.Code)));
            return;
        }

        if (session is null || !Cancellable(registration, session, context.NowUtc))
        {
            context.Reply(TrainingNotices.WithSchedule(t, t.Format("training.schedule.not_cancellable", registration.Code)));
            return;
        }

        var program = TrainingStore.Programs(database).FindById(registration.ProgramId);
        if (!confirmed)
        {
            context.Reply(new OutboundMessage
            {
                Text = t.Format("training.schedule.cancel_confirm", registration.Code, SessionText.Details(t, program, session)),
                Buttons =
                [
                    [new Button(t["training.schedule.cancel_yes"], $"/{Name} {CancelWord} {registration.Code} ya")],
                    [new Button(t["training.schedule.cancel_no"], "/" + Name)],
                ],
            });
            return;
        }

        Enrolment.Cancel(context.Session, registration);
        context.Reply(MainMenu.Message(t, t.Format("training.schedule.cancelled", registration.Code, SessionText.Details(t, program, session))));
    }

    private static string StatusText(UpdateContext context, Registration registration, TrainingSession session) =>
        session.Status == SessionStatus.Cancelled
            ? context.T["training.status.session_cancelled"]
            : registration.Status == RegistrationStatus.Waitlisted
                ? context.T.Format("training.status.waitlisted", Enrolment.WaitlistPosition(context.Session, registration))
                : context.T["training.status." + registration.Status.ToString().ToLowerInvariant()];

    private static bool Cancellable(Registration registration, TrainingSession session, DateTime nowUtc) =>
        registration.Status is RegistrationStatus.Registered or RegistrationStatus.Waitlisted
        && session.Status != SessionStatus.Cancelled
        && session.StartUtc > nowUtc;
}
