using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Training;

/// <summary>What sellers can sign up for right now.</summary>
public static class TrainingCatalogue
{
    /// <summary>Sessions that take sign-ups now, soonest first.</summary>
    public static List<TrainingSession> OpenSessions(BotDatabase database, DateTime nowUtc, int? programId = null)
    {
        var programs = TrainingStore.Programs(database);
        var programCache = new Dictionary<int, TrainingProgram?>();
        return
        [
            .. TrainingStore.Sessions(database)
                .Find(Query.GT(nameof(TrainingSession.StartUtc), nowUtc))
                .Where(s => programId is null || s.ProgramId == programId)
                .Where(s => Enrolment.Check(ProgramOf(s.ProgramId), s, nowUtc) == SignUpCheck.Open)
                .OrderBy(s => s.StartUtc)
                .ThenBy(s => s.Id),
        ];

        TrainingProgram? ProgramOf(int id)
        {
            if (!programCache.TryGetValue(id, out var program))
            {
                program = programs.FindById(id);
                programCache[id] = program;
            }

            return program;
        }
    }

    /// <summary>Programmes with at least one session open for sign-up, in the order they were added.</summary>
    public static List<TrainingProgram> OpenPrograms(BotDatabase database, DateTime nowUtc)
    {
        var ids = OpenSessions(database, nowUtc).Select(s => s.ProgramId).ToHashSet();
        return [.. ids.Select(id => TrainingStore.Programs(database).FindById(id)).OfType<TrainingProgram>().OrderBy(p => p.Id)];
    }
}
