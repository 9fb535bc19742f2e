using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Core.Training;

/// <summary>Schema step 3: the training collections' indexes, and the example catalogue on a fresh install.</summary>
public sealed class TrainingSchema(TimeProvider clock, IOptions<TrainingOptions> options) : ISchemaStep
{
    public int Version => 3;

    public void Apply(ILiteDatabase database)
    {
        var sessions = TrainingStore.Sessions(database);
        sessions.EnsureIndex(s => s.StartUtc);
        sessions.EnsureIndex(s => s.ProgramId);
        var registrations = TrainingStore.Registrations(database);
        registrations.EnsureIndex(r => r.SessionId);
        registrations.EnsureIndex(r => r.SellerId);
        registrations.EnsureIndex(r => r.Code, unique: true);

        var programs = TrainingStore.Programs(database);
        if (options.Value.SeedCatalogue && programs.Count() == 0)
        {
            TrainingSeed.Write(database, clock.GetUtcNow().UtcDateTime);
        }
    }
}
