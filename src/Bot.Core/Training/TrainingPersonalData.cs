using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Privacy;

namespace Bot.Core.Training;

/// <summary>
/// The person's sign-ups. On erasure a seat or waitlist place for a session still to come is given up (the waitlist
/// moves up as for any cancellation); every registration then stays for the statistics, without seller or chat.
/// </summary>
public sealed class TrainingPersonalData : IPersonalDataSource
{
    public string Section => "training";

    public JsonNode? Export(WriterSession session, DataSubject subject)
    {
        var database = session.Database;
        return PersonalData.ToArray(TrainingStore.OfSeller(database, subject.Key).Select(r =>
        {
            var trainingSession = TrainingStore.Sessions(database).FindById(r.SessionId);
            return new
            {
                r.Code,
                Program = TrainingStore.Programs(database).FindById(r.ProgramId)?.Name,
                SessionStartUtc = trainingSession?.StartUtc,
                trainingSession?.Place,
                r.Status,
                r.CreatedUtc,
                r.PromotedUtc,
                r.CancelledUtc,
                r.AttendedUtc,
            };
        }));
    }

    public void Erase(WriterSession session, DataSubject subject)
    {
        var registrations = TrainingStore.Registrations(session.Database);
        foreach (var registration in TrainingStore.OfSeller(session.Database, subject.Key))
        {
            if (registration.Status is RegistrationStatus.Registered or RegistrationStatus.Waitlisted
                && TrainingStore.Sessions(session.Database).FindById(registration.SessionId) is { Status: not SessionStatus.Cancelled } upcoming
                && upcoming.StartUtc > session.NowUtc)
            {
                Enrolment.Cancel(session, registration);
            }

            registrations.Update(registrations.FindById(registration.Id) with { SellerId = string.Empty, ChatId = string.Empty });
        }
    }
}
