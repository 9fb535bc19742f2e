using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using LiteDB;

namespace Bot.Core.Tests.Training;

/// <summary>A seller calling any training admin command is refused, and nothing in the catalogue changes.</summary>
public sealed class AdminRefusalTests
{
    private const string Stranger = "1001";
    private static readonly Localizer T = Texts.Id;

    [Theory]
    [InlineData("/program_baru")]
    [InlineData("/program_ubah {p}")]
    [InlineData("/program_tutup {p} ya")]
    [InlineData("/program_batal {p} ya")]
    [InlineData("/sesi_baru {p}")]
    [InlineData("/sesi_ubah {s}")]
    [InlineData("/sesi_tutup {s} ya")]
    [InlineData("/sesi_batal {s} ya")]
    [InlineData("/peserta {s}")]
    [InlineData("/hadir {s} {code} ya")]
    [InlineData("/unduh_peserta {s}")]
    [InlineData("/unduh_peserta semua")]
    public async Task Stranger_IsRefused_AndTheCatalogueIsUnchanged(string command)
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, "a", session);
        var code = TrainingBot.RegistrationOf(bot, "a")!.Code;
        var before = Snapshot(bot);
        var outboxBefore = bot.Database.Outbox.Count();

        var text = command.Replace("{p}", session.ProgramId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{s}", session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{code}", code, StringComparison.Ordinal);
        var reply = MessageAssertions.Single(await bot.SendTextAsync(Stranger, text));

        Assert.Equal(T["command.not_allowed"], reply.Text);
        Assert.Equal(before, Snapshot(bot));
        Assert.Equal(outboxBefore + 1, bot.Database.Outbox.Count());
        Assert.False(bot.ConversationOf(Stranger)!.InForm);
    }

    private static string Snapshot(TestBot bot) => string.Join("\n",
        JsonSerializer.Serialize(new BsonArray(bot.Database.Raw.GetCollection("training_programs").FindAll())),
        JsonSerializer.Serialize(new BsonArray(bot.Database.Raw.GetCollection("training_sessions").FindAll())),
        JsonSerializer.Serialize(new BsonArray(bot.Database.Raw.GetCollection("training_registrations").FindAll())),
        bot.Database.Files.FindAll().Count());
}
