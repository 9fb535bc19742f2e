using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Training.Admin;

/// <summary>For admin commands given no number: the programmes or sessions as buttons that run the command with one.</summary>
internal static class AdminPicker
{
    private const int MaxShown = 30;

    public static void Programs(UpdateContext context, string command, Func<TrainingProgram, bool> shown)
    {
        var t = context.T;
        var programs = TrainingStore.Programs(context.Session.Database).FindAll().Where(shown).OrderBy(p => p.Id).Take(MaxShown).ToList();
        if (programs.Count == 0)
        {
            context.ReplyKey("training.admin.no_programs");
            return;
        }

        context.Reply(new OutboundMessage
        {
            Text = t["training.admin.pick_program"],
            Buttons = [.. programs.Select(p => (IReadOnlyList<Button>)[new Button(ProgramLabel(t, p), $"/{command} {p.Id.ToString(CultureInfo.InvariantCulture)}")])],
        });
    }

    /// <summary>Sessions that have not ended more than 30 days ago, soonest first.</summary>
    public static void Sessions(UpdateContext context, string command, Func<TrainingSession, bool> shown, IReadOnlyList<Button>? extraRow = null)
    {
        var t = context.T;
        var database = context.Session.Database;
        var since = context.NowUtc.AddDays(-30);
        var sessions = TrainingStore.Sessions(database).FindAll()
            .Where(s => s.EndUtc > since && shown(s))
            .OrderBy(s => s.StartUtc).Take(MaxShown).ToList();
        if (sessions.Count == 0 && extraRow is null)
        {
            context.ReplyKey("training.admin.no_sessions");
            return;
        }

        var rows = sessions.Select(s => (IReadOnlyList<Button>)[new Button(SessionLabel(t, database, s), $"/{command} {s.Id.ToString(CultureInfo.InvariantCulture)}")]).ToList();
        if (extraRow is not null)
        {
            rows.Add(extraRow);
        }

        context.Reply(new OutboundMessage { Text = t["training.admin.pick_session"], Buttons = rows });
    }

    public static string ProgramLabel(Localizer t, TrainingProgram program) =>
        $"#{program.Id} {program.Name}{(program.Status == ProgramStatus.Open ? string.Empty : " · " + t["training.program_status." + program.Status.ToString().ToLowerInvariant()])}";

    public static string SessionLabel(Localizer t, Storage.BotDatabase database, TrainingSession session)
    {
        var program = TrainingStore.Programs(database).FindById(session.ProgramId);
        var status = session.Status == SessionStatus.Open ? string.Empty : " · " + t["training.session_status." + session.Status.ToString().ToLowerInvariant()];
        return $"#{session.Id} {program?.Name} · {Wib.Format(session.StartUtc, t.Language)}{status}";
    }
}
