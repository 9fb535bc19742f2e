using Bot.Core.Curation;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Bot.Core.Tests.Training;
using Bot.Core.Training;
using Bot.Core.Training.Admin;
using static Bot.Core.Tests.Broadcast.BroadcastScript;

namespace Bot.Core.Tests.Broadcast;

/// <summary>The training and curation audiences of /broadcast, picked through the form and delivered for real.</summary>
public sealed class AudienceTests
{
    private const string Admin = BroadcastScript.Admin;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task SessionRegistrants_OnlySeatHoldersWhoConsented_GetIt()
    {
        await using var bot = await StartAsync();
        var (workshop, _, _) = await SeedTrainingAsync(bot);

        var (preview, parameterPrompt) = await ComposeAsync(bot, "Sesi besok pindah ke Aula Balai Kota.", T["training.broadcast.audience"], $"s:{workshop.Id}");
        var id = await SendAsync(bot, preview);
        await WaitForReportAsync(bot, "broadcast.finished", id);

        Assert.Equal(["2001", "2002", "2004"], Recipients(bot, "Sesi besok pindah ke Aula Balai Kota.").Order());
        var label = T.Format("training.broadcast.session_choice", AdminPicker.SessionLabel(T, bot.Database, workshop));
        Assert.Equal(T.Format("broadcast.preview", id, $"{T["training.broadcast.audience"]} — {label}", 3, 0), preview[^1].Text);
        Assert.StartsWith(T["training.broadcast.which"], parameterPrompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramRegistrants_CoverEverySessionOfTheProgram_AndNoOther()
    {
        await using var bot = await StartAsync();
        var (workshop, _, _) = await SeedTrainingAsync(bot);

        var (preview, _) = await ComposeAsync(bot, "Materi workshop sudah bisa diunduh.", T["training.broadcast.audience"], $"p:{workshop.ProgramId}");
        var id = await SendAsync(bot, preview);
        await WaitForReportAsync(bot, "broadcast.finished", id);

        Assert.Equal(["2001", "2002", "2004", "2006"], Recipients(bot, "Materi workshop sudah bisa diunduh.").Order());
    }

    [Fact]
    public async Task TrainingChoices_ListProgrammesThenSessions_NotCancelledOnes_AndTakeOnlyAChoice()
    {
        await using var bot = await StartAsync();
        var (workshop, cancelled, other) = await SeedTrainingAsync(bot);

        await bot.SendTextAsync(Admin, "/broadcast");
        var audience = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Halo."));
        var choices = MessageAssertions.Single(await bot.PressAsync(Admin, audience.Button(T["training.broadcast.audience"])));

        var values = choices.AllButtons.Where(b => b.Data.Contains(":v:", StringComparison.Ordinal)).Select(b => b.Data.Split(":v:")[1]).ToList();
        Assert.Equal([$"p:{workshop.ProgramId}", $"p:{other.ProgramId}", $"s:{workshop.Id}", $"s:{other.Id}"], values.Order(StringComparer.Ordinal));
        Assert.DoesNotContain($"s:{cancelled.Id}", values);
        Assert.All(choices.AllButtons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.Data) <= 64, b.Data));

        var typed = MessageAssertions.Single(await bot.SendTextAsync(Admin, "sesi besok"));
        Assert.StartsWith("❗ " + T["form.choose_button"], typed.Text, StringComparison.Ordinal);
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "3"));
        Assert.Contains(T.Format("training.broadcast.session_choice", AdminPicker.SessionLabel(T, bot.Database, workshop)), summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SellersWithASubmissionNeedingRevision_GetIt_OncePerSeller()
    {
        await using var bot = await StartAsync();
        SeedSellers(bot, Chats(2001, 3));
        SeedSellers(bot, ["3001"], consent: false);
        await bot.RunJobAsync(new WriteJob(session =>
        {
            var submissions = SubmissionStore.Collection(session.Database);
            submissions.Insert(SubmissionOf("2001", SubmissionState.NeedsRevision));
            submissions.Insert(SubmissionOf("2002", SubmissionState.Approved));
            submissions.Insert(SubmissionOf("2003", SubmissionState.NeedsRevision));
            submissions.Insert(SubmissionOf("2003", SubmissionState.NeedsRevision));
            submissions.Insert(SubmissionOf("3001", SubmissionState.NeedsRevision));

            // What /hapusdata leaves of a decided submission.
            submissions.Insert(SubmissionOf(string.Empty, SubmissionState.NeedsRevision));
        }));

        var (preview, _) = await ComposeAsync(bot, "Batas revisi produk: Jumat.", T["curation.broadcast.audience"], "needsrevision");
        var id = await SendAsync(bot, preview);
        await WaitForReportAsync(bot, "broadcast.finished", id);

        Assert.Equal(["2001", "2003"], Recipients(bot, "Batas revisi produk: Jumat.").Order());
        Assert.Equal(
            T.Format("broadcast.preview", id, $"{T["curation.broadcast.audience"]} — {T["curation.state.needsrevision"]}", 2, 0),
            preview[^1].Text);
    }

    /// <summary>
    /// Consenting sellers 2001–2007 and 3001 (no consent). The workshop's session: 2001, 2002 registered, 2003
    /// cancelled, 2004 attended, 2005 waitlisted, 3001 registered, and an erased registration; a cancelled session of
    /// the same programme: 2006 registered; another programme's session: 2007.
    /// </summary>
    private static async Task<(TrainingSession Workshop, TrainingSession Cancelled, TrainingSession Other)> SeedTrainingAsync(TestBot bot)
    {
        SeedSellers(bot, Chats(2001, 7));
        SeedSellers(bot, ["3001"], consent: false);
        var workshop = await TrainingBot.AddSessionAsync(bot);
        var cancelled = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromDays(10));
        var other = await TrainingBot.AddSessionAsync(bot, programName: "Klinik Desain Kemasan");
        await TrainingBot.ChangeAsync(bot, session =>
        {
            TrainingStore.Sessions(session.Database).Update(cancelled with { Status = SessionStatus.Cancelled });
            var registrations = TrainingStore.Registrations(session.Database);
            foreach (var (chat, trainingSession, status) in new[]
            {
                ("2001", workshop, RegistrationStatus.Registered),
                ("2002", workshop, RegistrationStatus.Registered),
                ("2003", workshop, RegistrationStatus.Cancelled),
                ("2004", workshop, RegistrationStatus.Attended),
                ("2005", workshop, RegistrationStatus.Waitlisted),
                ("3001", workshop, RegistrationStatus.Registered),
                (string.Empty, workshop, RegistrationStatus.Registered),
                ("2006", cancelled, RegistrationStatus.Registered),
                ("2007", other, RegistrationStatus.Registered),
            })
            {
                registrations.Insert(new Registration
                {
                    Code = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
                    SellerId = chat.Length == 0 ? string.Empty : "Local:" + chat,
                    Platform = Platform.Local,
                    ChatId = chat,
                    SessionId = trainingSession.Id,
                    ProgramId = trainingSession.ProgramId,
                    Status = status,
                });
            }
        });
        return (workshop, cancelled, other);
    }

    private static Submission SubmissionOf(string chat, SubmissionState state) => new()
    {
        SellerKey = chat.Length == 0 ? string.Empty : "Local:" + chat,
        Platform = Platform.Local,
        ChatId = chat,
        ProductName = "Keripik tempe",
        State = state,
    };

    /// <summary>Writes the message, picks the audience and the parameter, saves; returns the preview replies and the parameter's question.</summary>
    private static async Task<(IReadOnlyList<OutboundMessage> Preview, OutboundMessage ParameterPrompt)> ComposeAsync(TestBot bot, string text, string audienceLabel, string parameter)
    {
        await bot.SendTextAsync(Admin, "/broadcast");
        var audience = MessageAssertions.Single(await bot.SendTextAsync(Admin, text));
        var prompt = MessageAssertions.Single(await bot.PressAsync(Admin, audience.Button(audienceLabel)));
        var summary = MessageAssertions.Single(await bot.PressAsync(Admin, prompt.Choice(parameter)));
        return (await bot.PressAsync(Admin, summary.Button(T["form.button.save"])), prompt);
    }

    private static async Task<long> SendAsync(TestBot bot, IReadOnlyList<OutboundMessage> preview)
    {
        var send = preview[^1].Button("📤");
        await bot.PressAsync(Admin, send);
        return long.Parse(send.Data.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<TestBot> StartAsync()
    {
        var bot = await TrainingBot.StartAsync(o => o.Settings["Broadcast:MaxInFlight"] = "60");
        bot.Sender.Spared = Admin;
        return bot;
    }
}
