using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Bot.Core.Training;

namespace Bot.Core.Tests.Training;

/// <summary>A TestBot with an empty catalogue (no seed), plus one programme and sessions the test makes.</summary>
internal static class TrainingBot
{
    public const string Admin = "9001";
    public const string ProgramName = "Workshop Calon Eksportir";

    public static Task<TestBot> StartAsync(Action<TestBotOptions>? configure = null) => TestBot.StartAsync(o =>
    {
        o.Settings["Training:SeedCatalogue"] = "false";
        o.Settings["Roles:Admins:0"] = $"Local:{Admin}";
        o.RunSweeper = false;
        configure?.Invoke(o);
    });

    public static DateTime Now(TestBot bot) => bot.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A programme with one open session; returns the session.</summary>
    public static async Task<TrainingSession> AddSessionAsync(TestBot bot, int capacity = 10, TimeSpan? startsIn = null, string? programName = null, TimeSpan? deadlineBefore = null)
    {
        var start = Now(bot) + (startsIn ?? TimeSpan.FromDays(3));
        TrainingSession? made = null;
        await bot.RunJobAsync(new WriteJob(session =>
        {
            var programs = TrainingStore.Programs(session.Database);
            var name = programName ?? ProgramName;
            var program = programs.FindOne(p => p.Name == name)
                ?? programs.FindById(programs.Insert(new TrainingProgram { Name = name, Organiser = "Disperdagin Kota Kediri", Status = ProgramStatus.Open }));
            var trainingSession = new TrainingSession
            {
                ProgramId = program.Id, StartUtc = start, EndUtc = start.AddHours(3), Venue = "Aula Disperdagin Kota Kediri",
                Capacity = capacity, DeadlineUtc = start - (deadlineBefore ?? TimeSpan.FromHours(12)), Status = SessionStatus.Open,
            };
            made = trainingSession with { Id = TrainingStore.Sessions(session.Database).Insert(trainingSession).AsInt32 };
        }));
        return made!;
    }

    public static Task ChangeAsync(TestBot bot, Action<Bot.Core.Conversations.WriterSession> change) => bot.RunJobAsync(new WriteJob(change));

    public static List<Registration> RegistrationsOf(TestBot bot, int sessionId) => TrainingStore.OfSession(bot.Database, sessionId);

    public static Registration? RegistrationOf(TestBot bot, string chat) =>
        TrainingStore.Registrations(bot.Database).FindOne(r => r.ChatId == chat && r.Status != RegistrationStatus.Cancelled);

    /// <summary>The form button that picks <paramref name="value"/>.</summary>
    public static Button Choice(this OutboundMessage message, int value) => message.Choice(value.ToString(CultureInfo.InvariantCulture));

    public static Button Choice(this OutboundMessage message, string value)
    {
        var button = message.AllButtons.FirstOrDefault(b => b.Data.StartsWith("f:", StringComparison.Ordinal) && b.Data.EndsWith(":v:" + value, StringComparison.Ordinal));
        Assert.True(button is not null, $"No choice '{value}' among: {string.Join(" | ", message.AllButtons.Select(b => b.Label + " = " + b.Data))}\nText: {message.Text}");
        return button;
    }
}
