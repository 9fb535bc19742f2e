using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using Bot.Core.Training;
using Bot.Core.Training.Admin;

namespace Bot.Core.Tests.Training;

/// <summary>Admins run the catalogue through forms: programmes and sessions added, changed, closed, cancelled.</summary>
public sealed class AdminCatalogueTests
{
    private const string Admin = TrainingBot.Admin;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task NewProgrammeAndSession_ThroughTheForms_AreOfferedToSellers()
    {
        await using var bot = await TrainingBot.StartAsync();
        await bot.SendTextAsync(Admin, "/program_baru");
        await bot.SendTextAsync(Admin, "Foto Produk untuk Marketplace");
        await bot.SendTextAsync(Admin, "Dinas Koperasi UMTK Kota Kediri");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "lewati"));
        var saved = MessageAssertions.Single(await bot.PressAsync(Admin, summary.Button(T["form.button.save"])));
        var program = Assert.Single(TrainingStore.Programs(bot.Database).FindAll());
        Assert.Equal(T.Format("training.program_form.saved", program.Id, "Foto Produk untuk Marketplace"), saved.Text);

        var start = MessageAssertions.Single(await bot.PressAsync(Admin, saved.Button(T["training.admin.add_session"])));
        Assert.Contains(T["training.session_form.start.prompt"], start.Text);
        var invalid = MessageAssertions.Single(await bot.SendTextAsync(Admin, "besok pagi"));
        Assert.Contains(T["training.session_form.time.invalid"], invalid.Text);
        Assert.Contains(T.Format("form.example", T["training.session_form.start.example"]), invalid.Text);
        await bot.SendTextAsync(Admin, "10/03/2026 09:00");
        var before = MessageAssertions.Single(await bot.SendTextAsync(Admin, "08:00"));
        Assert.Contains(T.Format("training.session_form.end.before_start", Wib.Format(new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc), "id")), before.Text);
        await bot.SendTextAsync(Admin, "12.30");
        await bot.SendTextAsync(Admin, "https://meet.example.id/foto-produk");
        await bot.SendTextAsync(Admin, "2");
        var sessionSummary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "09/03/2026 17:00"));
        await bot.PressAsync(Admin, sessionSummary.Button(T["form.button.save"]));

        var session = Assert.Single(TrainingStore.Sessions(bot.Database).FindAll());
        Assert.Equal(new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc), session.StartUtc);
        Assert.Equal(new DateTime(2026, 3, 10, 5, 30, 0, DateTimeKind.Utc), session.EndUtc);
        Assert.Equal(new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc), session.DeadlineUtc);
        Assert.Equal("https://meet.example.id/foto-produk", session.OnlineLink);
        Assert.Null(session.Venue);
        Assert.Equal(2, session.Capacity);
        var programs = MessageAssertions.Single(await bot.SendTextAsync("seller", "/daftar"));
        var sessions = MessageAssertions.Single(await bot.PressAsync("seller", programs.Choice(program.Id)));
        Assert.Contains(T.Format("training.seats.left", 2), sessions.Choice(session.Id).Label);
    }

    [Fact]
    public async Task EditedSession_MoreSeatsPromoteTheWaitlist_AndANewTimeIsToldToRegistrants()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);

        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/sesi_ubah {session.Id}"));
        MessageAssertions.Single(await bot.PressAsync(Admin, summary.Button(T.Format("form.button.edit", T["training.session_form.capacity.label"]))));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Admin, "2"));
        MessageAssertions.Single(await bot.PressAsync(Admin, changed.Button(T.Format("form.button.edit", T["training.session_form.start.label"]))));
        var moved = MessageAssertions.Single(await bot.SendTextAsync(Admin, "06/03/2026 13:00"));
        Assert.Contains(T["training.session_form.end.prompt"], moved.Text);
        var final = MessageAssertions.Single(await bot.SendTextAsync(Admin, "15:00"));
        await bot.PressAsync(Admin, final.Button(T["form.button.save"]));
        await bot.SettleAllAsync();

        var updated = TrainingStore.Sessions(bot.Database).FindById(session.Id);
        Assert.Equal((2, new DateTime(2026, 3, 6, 6, 0, 0, DateTimeKind.Utc)), (updated.Capacity, updated.StartUtc));
        Assert.Equal(RegistrationStatus.Registered, TrainingBot.RegistrationOf(bot, "b")!.Status);
        var code = TrainingBot.RegistrationOf(bot, "a")!.Code;
        Assert.Contains(bot.RepliesTo("a"), m => m.Text!.StartsWith(T.Format("training.notice.session_changed", code, "").Split('\n')[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancelledSession_TellsEveryoneRegisteredOrWaitlisted_AndTakesNoMoreSignUps()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);

        var picker = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/sesi_batal"));
        var confirm = MessageAssertions.Single(await bot.PressAsync(Admin, picker.AllButtons.Single().Data));
        Assert.Equal(SessionStatus.Open, TrainingStore.Sessions(bot.Database).FindById(session.Id).Status);
        await bot.PressAsync(Admin, confirm.Button(T["training.admin.confirm_yes"]));
        await bot.SettleAllAsync();

        Assert.Equal(SessionStatus.Cancelled, TrainingStore.Sessions(bot.Database).FindById(session.Id).Status);
        foreach (var chat in new[] { "a", "b" })
        {
            var code = TrainingBot.RegistrationOf(bot, chat)!.Code;
            Assert.StartsWith(T.Format("training.notice.session_cancelled", code, "").Split('\n')[0], bot.RepliesTo(chat)[^1].Text);
        }

        Assert.Equal(T["training.signup.none_open"], MessageAssertions.Single(await bot.SendTextAsync("c", "/daftar")).Text);
    }

    [Fact]
    public async Task ClosedSession_KeepsItsRegistrants_ButTakesNoNewSignUps()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, "a", session);

        await bot.PressAsync(Admin, $"/{TrainingCommands.CloseSession} {session.Id} ya");

        Assert.Equal(SessionStatus.Closed, TrainingStore.Sessions(bot.Database).FindById(session.Id).Status);
        Assert.Equal(RegistrationStatus.Registered, TrainingBot.RegistrationOf(bot, "a")!.Status);
        Assert.Equal(T["training.signup.none_open"], MessageAssertions.Single(await bot.SendTextAsync("c", "/daftar")).Text);
    }

    [Fact]
    public async Task CancelledProgramme_CancelsItsUpcomingSessions_AndTellsTheirRegistrants()
    {
        await using var bot = await TrainingBot.StartAsync();
        var first = await TrainingBot.AddSessionAsync(bot);
        var second = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromDays(10));
        await SignUpScript.SignUpAsync(bot, "a", second);

        var reply = MessageAssertions.Single(await bot.PressAsync(Admin, $"/{TrainingCommands.CancelProgram} {first.ProgramId} ya"));
        await bot.SettleAllAsync();

        Assert.Equal(T.Format("training.admin.program_changed", TrainingBot.ProgramName, T["training.program_status.cancelled"], 2), reply.Text);
        Assert.All(TrainingStore.Sessions(bot.Database).FindAll(), s => Assert.Equal(SessionStatus.Cancelled, s.Status));
        Assert.StartsWith(T.Format("training.notice.session_cancelled", TrainingBot.RegistrationOf(bot, "a")!.Code, "").Split('\n')[0], bot.RepliesTo("a")[^1].Text);
    }

    [Fact]
    public async Task EditedProgramme_KeepsItsSessions_AndShowsTheNewName()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);

        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/program_ubah {session.ProgramId}"));
        await bot.PressAsync(Admin, summary.Button(T.Format("form.button.edit", T["training.program_form.name.label"])));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Bootcamp Ekspor"));
        await bot.PressAsync(Admin, changed.Button(T["form.button.save"]));

        var programs = MessageAssertions.Single(await bot.SendTextAsync("seller", "/daftar"));
        Assert.StartsWith("Bootcamp Ekspor", programs.Choice(session.ProgramId).Label);
    }

    [Fact]
    public async Task Registrants_AndAttendance_MarkedByButtons_PressingTwiceKeepsTheMark()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);
        var code = TrainingBot.RegistrationOf(bot, "a")!.Code;

        var list = MessageAssertions.Single(await bot.SendTextAsync(Admin, $"/peserta {session.Id}"));
        Assert.Contains(T.Format("training.registrants.counts", 1, 1, 1, 0), list.Text);
        Assert.Contains($"1. Siti Aminah — Tahu Takwa Bu Siti — +6281234567890 — {code}", list.Text);
        var attendance = MessageAssertions.Single(await bot.PressAsync(Admin, list.Button(T["training.admin.mark_attendance"])));
        var press = attendance.Button(code).Data;
        MessageAssertions.Single(await bot.PressAsync(Admin, press));
        var again = MessageAssertions.Single(await bot.PressAsync(Admin, press));

        Assert.Equal(RegistrationStatus.Attended, TrainingBot.RegistrationOf(bot, "a")!.Status);
        Assert.StartsWith("✅", again.Button(code).Label);
        Assert.Contains(T.Format("training.attendance.title", AdminPicker.SessionLabel(T, bot.Database, session), 1, 1), again.Text);
    }

    [Fact]
    public async Task Help_ShowsTrainingAdminCommandsToAdminsOnly()
    {
        await using var bot = await TrainingBot.StartAsync();

        var seller = MessageAssertions.Single(await bot.SendTextAsync("seller", "/bantuan"));
        var admin = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/bantuan"));

        Assert.Contains("/daftar — ", seller.Text);
        Assert.Contains("/jadwalku — ", seller.Text);
        Assert.DoesNotContain("/sesi_baru", seller.Text);
        foreach (var command in new[] { "/program_baru", "/program_ubah", "/program_tutup", "/program_batal", "/sesi_baru", "/sesi_ubah", "/sesi_tutup", "/sesi_batal", "/peserta", "/hadir", "/unduh_peserta" })
        {
            Assert.Contains(command + " — ", admin.Text);
        }
    }
}
