using System.Text.Json;
using Bot.Core.Audit;
using Bot.Core.Curation;
using Bot.Core.Curation.Review;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Curation;
using Bot.Core.Tests.Support;
using Bot.Core.Tests.Training;
using Bot.Core.Training;
using Bot.Core.Training.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Admin;

/// <summary>Every training admin action, every curation decision and every staff export leaves exactly one audit row.</summary>
public sealed class StaffActionAuditTests
{
    private const string Admin = TrainingBot.Admin;
    private const string Seller = "1001";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task TrainingAdminActions_EachLeaveOneRow_WithTheStateBeforeAndAfter()
    {
        await using var bot = await TrainingBot.StartAsync();
        await bot.SendTextAsync(Admin, "/program_baru");
        await bot.SendTextAsync(Admin, "Foto Produk untuk Marketplace");
        await bot.SendTextAsync(Admin, "Dinas Koperasi UMTK Kota Kediri");
        var programSummary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "lewati"));
        var programSaved = MessageAssertions.Single(await bot.PressAsync(Admin, programSummary.Button(T["form.button.save"])));
        await bot.PressAsync(Admin, programSaved.Button(T["training.admin.add_session"]));
        await bot.SendTextAsync(Admin, "10/03/2026 09:00");
        await bot.SendTextAsync(Admin, "12.30");
        await bot.SendTextAsync(Admin, "https://meet.example.id/foto-produk");
        await bot.SendTextAsync(Admin, "2");
        var sessionSummary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "09/03/2026 17:00"));
        await bot.PressAsync(Admin, sessionSummary.Button(T["form.button.save"]));
        var program = TrainingStore.Programs(bot.Database).FindOne(p => p.Name == "Foto Produk untuk Marketplace");
        var session = TrainingStore.Sessions(bot.Database).FindOne(s => s.ProgramId == program.Id);

        var edit = MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/program_ubah {program.Id}"));
        await bot.PressAsync(Admin, edit.Button(T.Format("form.button.edit", T["training.program_form.name.label"])));
        await bot.PressAsync(Admin, MessageAssertions.Single(await bot.SendTextAsync(Admin, "Foto Produk Jualan Online")).Button(T["form.button.save"]));
        var sessionEdit = MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/sesi_ubah {session.Id}"));
        await bot.PressAsync(Admin, sessionEdit.Button(T.Format("form.button.edit", T["training.session_form.capacity.label"])));
        await bot.PressAsync(Admin, MessageAssertions.Single(await bot.SendTextAsync(Admin, "5")).Button(T["form.button.save"]));

        var soon = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromHours(20), deadlineBefore: TimeSpan.FromHours(1));
        await SignUpScript.SignUpAsync(bot, Seller, soon);
        var code = TrainingBot.RegistrationOf(bot, Seller)!.Code;
        await bot.PressAsync(Admin, $"/{TrainingCommands.Attendance} {soon.Id} {code} ya");
        await bot.PressAsync(Admin, $"/{TrainingCommands.Attendance} {soon.Id} {code} ya");
        await bot.PressAsync(Admin, $"/{TrainingCommands.Attendance} {soon.Id} {code} tidak");
        await bot.SendTextAsync(Admin, $"/{TrainingCommands.Export} {soon.Id}");
        await bot.PressAsync(Admin, $"/{TrainingCommands.CloseSession} {session.Id} ya");
        await bot.PressAsync(Admin, $"/{TrainingCommands.CancelSession} {soon.Id} ya");
        await bot.PressAsync(Admin, $"/{TrainingCommands.CloseProgram} {program.Id} ya");
        await bot.PressAsync(Admin, $"/{TrainingCommands.CancelProgram} {soon.ProgramId} ya");

        Assert.Equal(program.Id, Json(Single(bot, "training.program_new").After).GetProperty("id").GetInt32());
        var renamed = Single(bot, "training.program_edit");
        Assert.Equal(("Foto Produk untuk Marketplace", "Foto Produk Jualan Online"), (Name(renamed.Before), Name(renamed.After)));
        Assert.Equal($"session:{session.Id}", Single(bot, "training.session_new").Subject);
        var seats = Single(bot, "training.session_edit");
        Assert.Equal((2, 5), (Json(seats.Before).GetProperty("capacity").GetInt32(), Json(seats.After).GetProperty("capacity").GetInt32()));
        var attended = Single(bot, "training.attended");
        Assert.Equal((code, $"Local:{Seller}"), (attended.Subject, attended.PersonalDataOf));
        Assert.Equal("Attended", Json(attended.After).GetProperty("status").GetString());
        Assert.Equal("Registered", Json(Single(bot, "training.not_attended").After).GetProperty("status").GetString());
        Assert.Equal($"peserta-sesi-{soon.Id}.csv", Single(bot, "training.export").Subject);
        Assert.Equal("Closed", Json(Single(bot, "training.session_close").After).GetProperty("status").GetString());
        Assert.Equal("Cancelled", Json(Single(bot, "training.session_cancel").After).GetProperty("status").GetString());
        Assert.Equal(("Open", "Closed"), (Status(Single(bot, "training.program_close").Before), Status(Single(bot, "training.program_close").After)));
        Assert.Equal($"program:{soon.ProgramId}", Single(bot, "training.program_cancel").Subject);
        Assert.All(AuditLog.Collection(bot.Database).Find(e => e.Action.StartsWith("training.")), e => Assert.Equal($"Local:{Admin}", e.Actor));
    }

    [Fact]
    public async Task CurationDecisionsAndExport_AreAudited_AsTheSellersData()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 3);
        var decisions = bot.Services.GetRequiredService<CurationDecisions>();
        await bot.RunJobAsync(new WriteJob(session =>
        {
            decisions.ClaimNext(session, new ChatRef(Platform.Discord, "curation-channel"), "7001");
            decisions.Decide(session, new DecisionRequest(submission.Id, Platform.Discord, "7001", "Rina", DecisionOutcome.NeedsRevision, ["bg"], "Foto kurang terang", ["legal"]));
            decisions.Decide(session, new DecisionRequest(submission.Id, Platform.Discord, "7001", "Rina", DecisionOutcome.Approved, [], null, ["legal"]));
        }));
        await bot.SendTextAsync(CurationScript.Admin, "/eksporkurasi");

        var decision = Single(bot, "curation.decision");
        Assert.Equal((submission.Code, "Discord:7001", $"Local:{Seller}"), (decision.Subject, decision.Actor, decision.PersonalDataOf));
        Assert.Equal("InReview", Json(decision.Before).GetProperty("state").GetString());
        Assert.Equal("NeedsRevision", Json(decision.After).GetProperty("state").GetString());
        Assert.Equal("Foto kurang terang", Json(decision.After).GetProperty("decision").GetProperty("note").GetString());
        var export = Single(bot, "curation.export");
        Assert.Equal($"Local:{CurationScript.Admin}", export.Actor);
        Assert.Equal(1, Json(export.After).GetProperty("rows").GetInt32());
    }

    private static AuditEntry Single(TestBot bot, string action) => Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == action));

    private static JsonElement Json(string? json) => JsonDocument.Parse(json!).RootElement;

    private static string? Name(string? json) => Json(json).GetProperty("name").GetString();

    private static string? Status(string? json) => Json(json).GetProperty("status").GetString();
}
