using Bot.Core.Localization;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using Bot.Core.Training;

namespace Bot.Core.Tests.Training;

/// <summary>Seats are counted from the seat index; a database written before that index gets it on upgrade.</summary>
public sealed class SeatIndexTests
{
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task SeatsCounted_FollowEveryStatusChange()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 5);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);
        Assert.Equal(2, TrainingStore.SeatsTaken(bot.Database, session.Id));

        await TrainingBot.ChangeAsync(bot, s => Enrolment.Cancel(s, TrainingStore.ByCode(s.Database, TrainingBot.RegistrationOf(bot, "a")!.Code)!));

        Assert.Equal(1, TrainingStore.SeatsTaken(bot.Database, session.Id));
        Assert.Equal(4, TrainingStore.SeatsLeft(bot.Database, session));
    }

    [Fact]
    public async Task SeatsTakenBeforeTheSeatIndex_AreCountedAfterTheUpgrade()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);

        // As a database from before schema step 8 holds it: registrations without the seat field, the schema at 7.
        await TrainingBot.ChangeAsync(bot, s =>
        {
            var raw = s.Database.Raw.GetCollection("training_registrations");
            foreach (var document in raw.FindAll().ToList())
            {
                document.Remove(nameof(Registration.SeatInSessionId));
                raw.Update(document);
            }

            var meta = s.Database.Raw.GetCollection<SchemaInfo>("meta");
            var info = meta.FindById(SchemaInfo.DocumentId);
            info.Version = 7;
            meta.Update(info);
        });
        Assert.Equal(0, TrainingStore.SeatsTaken(bot.Database, session.Id));

        await bot.RestartAsync();

        Assert.Equal(1, TrainingStore.SeatsTaken(bot.Database, session.Id));
        var programs = MessageAssertions.Single(await bot.SendTextAsync("b", "/daftar"));
        var sessions = MessageAssertions.Single(await bot.PressAsync("b", programs.Choice(session.ProgramId)));
        Assert.EndsWith(T["training.seats.full"], sessions.Choice(session.Id).Label);
    }
}
