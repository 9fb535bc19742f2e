using System.Text;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Training;

/// <summary>/unduh_peserta: registrants as a CSV document from the database's file storage.</summary>
public sealed class ExportTests
{
    private const string Admin = TrainingBot.Admin;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task SessionExport_IsAUtf8CsvWithBom_HeaderRow_WibTimes_AndOneRowPerSignUp()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/unduh_peserta {session.Id}"));

        var file = Assert.Single(reply.Files);
        Assert.Equal(FileKind.Document, file.Kind);
        Assert.Equal($"peserta-sesi-{session.Id}.csv", file.FileName);
        var bytes = Read(bot, file.StoredFileId!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Kode,Program,Penyelenggara,Sesi,Mulai (WIB),Selesai (WIB),Tempat,", lines[0]);
        var a = TrainingBot.RegistrationOf(bot, "a")!;
        var b = TrainingBot.RegistrationOf(bot, "b")!;
        var start = Wib.ToWib(session.StartUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"{a.Code},{TrainingBot.ProgramName},Disperdagin Kota Kediri,{session.Id},{start},", lines[1]);
        Assert.Contains(",terdaftar,,Siti Aminah,Tahu Takwa Bu Siti,Kuliner / makanan-minuman,Kota Kediri,Bandar Lor,Mojoroto,0812-3456-7890,,", lines[1]);
        Assert.Contains(",daftar tunggu,1,", lines[2]);
        Assert.StartsWith(b.Code, lines[2]);
        Assert.Equal("2026-03-02 08:00", lines[1].Split(',')[^2]);
    }

    [Fact]
    public async Task ExportOfEverything_HasEverySession_AndFormulasAreEscaped()
    {
        await using var bot = await TrainingBot.StartAsync();
        var first = await TrainingBot.AddSessionAsync(bot);
        var second = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromDays(8), programName: "=HYPERLINK(\"x\")");
        await SignUpScript.SignUpAsync(bot, "a", first);
        await bot.PressAsync("b", "/start");
        await ProfileScript.SaveAsync(bot, "b");
        var programs = MessageAssertions.Single(await bot.SendTextAsync("b", "/daftar"));
        var sessions = MessageAssertions.Single(await bot.PressAsync("b", programs.Choice(second.ProgramId)));
        var known = MessageAssertions.Single(await bot.PressAsync("b", sessions.Choice(second.Id)));
        var summary = MessageAssertions.Single(await bot.PressAsync("b", known.Button(T["training.signup.profile.use"])));
        await bot.PressAsync("b", summary.Button(T["form.button.save"]));

        var picker = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/unduh_peserta"));
        var reply = MessageAssertions.Single(await bot.PressAsync(Admin, picker.Button(T["training.export.all_button"])));

        var text = Encoding.UTF8.GetString(Read(bot, Assert.Single(reply.Files).StoredFileId!)[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(TrainingBot.ProgramName, lines[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[2]);
        Assert.Equal(T.Format("training.export.all_caption", 2), reply.Text);
    }

    [Fact]
    public async Task Exports_AreStoredExports_SweptAfterTheRetentionPeriod_NewerOnesKept()
    {
        await using var bot = await TrainingBot.StartAsync(o => o.Settings["Storage:ExportRetentionDays"] = "7");
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, "a", session);
        var old = Assert.Single(MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/unduh_peserta {session.Id}")).Files).StoredFileId!;
        bot.Clock.Advance(TimeSpan.FromDays(6));
        var newer = Assert.Single(MessageAssertions.Single(await bot.SendTextAsync(Admin, "/unduh_peserta semua")).Files).StoredFileId!;
        var sweep = new SweepJob(bot.Services.GetRequiredService<FormEngine>(), TimeSpan.FromDays(7), TimeSpan.FromDays(7));

        await bot.RunJobAsync(sweep);
        Assert.NotNull(bot.Database.Files.FindById(old));
        bot.Clock.Advance(TimeSpan.FromDays(1.5));
        await bot.RunJobAsync(sweep);

        Assert.StartsWith("exports/", old, StringComparison.Ordinal);
        Assert.Null(bot.Database.Files.FindById(old));
        Assert.NotNull(bot.Database.Files.FindById(newer));
    }

    private static byte[] Read(TestBot bot, string id)
    {
        using var stream = new MemoryStream();
        bot.Database.Files.Download(id, stream);
        return stream.ToArray();
    }
}
