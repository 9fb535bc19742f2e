using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Training;

/// <summary>
/// Schema step 10: the seat index (<see cref="Registration.SeatInSessionId"/>). Registrations written before it lack
/// the field, so each is written again once; without that their seats would not be counted.
/// </summary>
public sealed class TrainingSeatIndex : ISchemaStep
{
    public int Version => 10;

    public void Apply(ILiteDatabase database)
    {
        var registrations = TrainingStore.Registrations(database);
        registrations.EnsureIndex(r => r.SeatInSessionId);
        registrations.Update(registrations.FindAll().ToList());
    }
}
