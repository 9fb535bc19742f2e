using System.Globalization;
using Bot.Core.Broadcast;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Storage;
using Bot.Core.Training.Admin;
using LiteDB;

namespace Bot.Core.Training.Broadcast;

/// <summary>
/// The sellers holding a seat (registered or attended) in one session, or in any session of one programme. The
/// waitlist is left out: a broadcast to a session's people is about taking part (venue, what to bring), which would
/// mislead someone still waiting; they hear of a seat through the promotion notice. Parameter values are
/// "p:&lt;programme id&gt;" and "s:&lt;session id&gt;".
/// </summary>
public sealed class RegistrantsAudience : IBroadcastAudience
{
    private const string ProgramPrefix = "p:";
    private const string SessionPrefix = "s:";
    private const int MaxSessions = 30;

    public string Key => "training";

    public string LabelKey => "training.broadcast.audience";

    public string? ParameterPromptKey => "training.broadcast.which";

    /// <summary>
    /// Sessions not called off that have not ended more than 30 days ago (soonest first), after the programmes they
    /// belong to, so the list stays about current training.
    /// </summary>
    public IReadOnlyList<Choice> ParameterChoices(UpdateContext context)
    {
        var t = context.T;
        var database = context.Session.Database;
        var since = context.NowUtc.AddDays(-30);
        var sessions = TrainingStore.Sessions(database)
            .Find(Query.GT(nameof(TrainingSession.EndUtc), since))
            .Where(s => s.Status != SessionStatus.Cancelled)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.Id)
            .ToList();
        var programs = sessions.Select(s => s.ProgramId).Distinct()
            .Select(id => TrainingStore.Programs(database).FindById(id))
            .Where(p => p is { Status: not ProgramStatus.Cancelled })
            .OrderBy(p => p!.Id);
        return
        [
            .. programs.Select(p => Choice.Literal(ProgramPrefix + Id(p!.Id), t.Format("training.broadcast.program_choice", AdminPicker.ProgramLabel(t, p)))),
            .. sessions.Take(MaxSessions).Select(s => Choice.Literal(SessionPrefix + Id(s.Id), t.Format("training.broadcast.session_choice", AdminPicker.SessionLabel(t, database, s)))),
        ];
    }

    public IEnumerable<BroadcastRecipient> Resolve(WriterSession session, string? parameter)
    {
        var database = session.Database;
        var sessionIds = parameter switch
        {
            not null when parameter.StartsWith(SessionPrefix, StringComparison.Ordinal) && TrainingStore.ParseId(parameter[SessionPrefix.Length..]) is { } id => [id],
            not null when parameter.StartsWith(ProgramPrefix, StringComparison.Ordinal) && TrainingStore.ParseId(parameter[ProgramPrefix.Length..]) is { } id => SessionsOf(database, id),
            _ => [],
        };

        foreach (var registration in sessionIds.SelectMany(id => TrainingStore.OfSession(database, id)))
        {
            // An erased seller's registrations stay for the statistics with a blank seller key.
            if (registration.HoldsSeat && BroadcastRecipient.OfSeller(database, registration.SellerId) is { } recipient)
            {
                yield return recipient;
            }
        }
    }

    private static List<int> SessionsOf(BotDatabase database, int programId) =>
        [.. TrainingStore.Sessions(database).Find(Query.EQ(nameof(TrainingSession.ProgramId), programId)).Select(s => s.Id)];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
