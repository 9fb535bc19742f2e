using System.Text;
using System.Text.Json;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Curation;
using Bot.Core.Curation.Review;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Tests.Curation;
using Bot.Core.Tests.Support;
using Bot.Core.Tests.Training;
using Bot.Core.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Privacy;

/// <summary>UU PDP: a seller sees, corrects and erases what the bot stores about them.</summary>
public sealed class PersonalDataTests
{
    private const string Seller = "1001";
    private const string Other = "1002";
    private const string Question = "tas anyaman pandan bisa laku di timur tengah ga";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task MyData_SendsAJsonDocument_WithProfileConsentQuestionsRatingsRegistrationsSubmissionsAndHistory()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, Seller, session);
        downloader.Add("front", TestImages.Png(640, 640, 7));
        await CurationScript.SettledAsync(bot, (await CurationScript.SubmitAsync(bot, Seller, ["front"])).Id);
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Seller, Question));
        await bot.PressAsync(Seller, unknown.Button(T["faq.forward"]));
        await bot.PressAsync(Seller, "/nilai nib-oss 1");
        await ProfileScript.SaveAsync(bot, Other);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/datasaya"));

        Assert.Equal(T["privacy.mydata_ready"], reply.Text);
        var data = Document(bot, reply).GetProperty("data");
        var profile = data.GetProperty("profile");
        Assert.Equal(ProfileScript.Owner, profile.GetProperty("ownerName").GetString());
        Assert.Equal(ProfileScript.PhoneE164, profile.GetProperty("phone").GetString());
        Assert.Equal(ProfileForm.ConsentVersion, profile.GetProperty("consentVersion").GetString());
        Assert.Equal(bot.Clock.GetUtcNow().UtcDateTime, profile.GetProperty("consentUtc").GetDateTime().ToUniversalTime());
        Assert.Equal(Question, data.GetProperty("faq").GetProperty("questions")[0].GetProperty("question").GetString());
        Assert.Equal("nib-oss", data.GetProperty("faq").GetProperty("ratings")[0].GetProperty("topicId").GetString());
        Assert.Equal("profile.create", data.GetProperty("history")[0].GetProperty("action").GetString());
        Assert.Equal("Siti", data.GetProperty("conversations")[0].GetProperty("userName").GetString());
        Assert.Equal(1, data.GetProperty("conversations").GetArrayLength());
        var registration = data.GetProperty("training")[0];
        Assert.Equal(TrainingBot.RegistrationOf(bot, Seller)!.Code, registration.GetProperty("code").GetString());
        Assert.Equal(TrainingBot.ProgramName, registration.GetProperty("program").GetString());
        var submission = data.GetProperty("curation")[0];
        Assert.Equal(CurationScript.Product, submission.GetProperty("productName").GetString());
        Assert.Equal(640, submission.GetProperty("photos")[0].GetProperty("width").GetInt32());
        Assert.DoesNotContain(Other, data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_ShowsTheNoticeAndWhenConsentWasGiven()
    {
        await using var bot = await StartAsync();
        Assert.Contains(T["privacy.no_consent"], MessageAssertions.Single(await bot.SendTextAsync(Seller, "/privasi")).Text);
        await ProfileScript.SaveAsync(bot, Seller);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/privasi"));

        Assert.StartsWith(T.Format("privacy.notice", ProfileForm.ConsentVersion), reply.Text);
        Assert.Contains(T.Format("privacy.consent_given", Wib.Format(bot.Clock.GetUtcNow().UtcDateTime, "id"), ProfileForm.ConsentVersion), reply.Text);
    }

    [Fact]
    public async Task CorrectData_WithoutAProfile_PointsToTheProfileForm()
    {
        await using var bot = await StartAsync();

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/ubahdata"));

        Assert.Equal(T["privacy.no_profile"], reply.Text);
        Assert.False(bot.ConversationOf(Seller)!.InForm);
    }

    [Fact]
    public async Task EraseData_AsksFirst_AndChangesNothingUntilConfirmed()
    {
        await using var bot = await StartAsync();
        await ProfileScript.SaveAsync(bot, Seller);

        var confirm = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/hapusdata"));

        Assert.Equal(T["privacy.erase_confirm"], confirm.Text);
        Assert.NotNull(ProfileScript.Saved(bot, Seller));
        var erased = MessageAssertions.Single(await bot.PressAsync(Seller, confirm.Button(T["privacy.erase_yes"])));
        Assert.StartsWith(T["privacy.erased"], erased.Text);
        Assert.Null(ProfileScript.Saved(bot, Seller));
    }

    [Fact]
    public async Task EraseData_LeavesNoNamePhoneOrPhotoBytes_InTheDatabaseFile()
    {
        const string NewPhone = "0857 1111 2222";
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, Seller, session);
        await bot.RunJobAsync(new WriteJob(s => Enrolment.Enrol(s, SellerProfile.KeyOf(Platform.Local, Other), new ChatRef(Platform.Local, Other), session)));
        downloader.Add("front", TestImages.Png(640, 640, 9));
        var submission = await CurationScript.SettledAsync(bot, (await CurationScript.SubmitAsync(bot, Seller, ["front"])).Id);
        var photo = PhotoBytes(bot, submission);
        var decisions = bot.Services.GetRequiredService<CurationDecisions>();
        await bot.RunJobAsync(new WriteJob(s =>
        {
            decisions.ClaimNext(s, new ChatRef(Platform.Local, CurationScript.Curator1), CurationScript.Curator1);
            decisions.Decide(s, new DecisionRequest(submission.Id, Platform.Local, CurationScript.Curator1, "Rina", DecisionOutcome.NeedsRevision, ["light"], "Foto keripik Bu Siti gelap", []));
        }));
        ProfileStore.Collection(bot.Database).Insert(new SellerProfile { Id = SellerProfile.KeyOf(Platform.Local, Other), OwnerName = "Bambang Sutejo", Phone = "+6281399998888" });
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/ubahdata"));
        await bot.PressAsync(Seller, summary.Button(T.Format("form.button.edit", T["profile.phone.label"])));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Seller, NewPhone));
        await bot.PressAsync(Seller, changed.Button(T["form.button.save"]));
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Seller, Question));
        await bot.PressAsync(Seller, unknown.Button(T["faq.forward"]));
        await bot.SendTextAsync(Seller, "/datasaya");
        var review = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/profil"));
        await bot.PressAsync(Seller, review.Button(T.Format("form.button.edit", T["profile.owner.label"])));
        await bot.SendTextAsync(Seller, "Nama Setengah Jalan");
        await bot.Services.GetRequiredService<WriterMaintenance>().RunAsync("checkpoint", db => db.Raw.Checkpoint());
        var before = RawBytes(bot);
        var gone = new[] { ProfileScript.Owner, ProfileScript.PhoneE164, "+6285711112222", "Nama Setengah Jalan", Question, CurationScript.Product, "Foto keripik Bu Siti gelap" };
        Assert.All(gone, s => Assert.True(Contains(before, s), $"'{s}' was never stored, so the test proves nothing"));
        Assert.True(before.AsSpan().IndexOf(photo) >= 0, "the photo was never stored, so the test proves nothing");

        await bot.SendTextAsync(Seller, "/hapusdata ya");
        try
        {
            await TestBot.WaitUntilAsync(() => !gone.Any(s => Contains(RawBytes(bot), s)) && RawBytes(bot).AsSpan().IndexOf(photo) < 0, "the erased data to leave the database file");
        }
        catch (TimeoutException)
        {
            var raw = RawBytes(bot);
            var dump = string.Join("\n", bot.Database.Raw.GetCollectionNames().SelectMany(n => bot.Database.Raw.GetCollection(n).FindAll().Select(d => n + ": " + LiteDB.JsonSerializer.Serialize(d))).Where(l => gone.Any(g => l.Contains(g, StringComparison.Ordinal))));
            Assert.Fail("still there: " + string.Join(", ", gone.Where(g => Contains(raw, g))) + "\n" + dump);
        }
        await bot.StopAsync();
        var after = RawBytes(bot);
        Assert.All(gone, s => Assert.False(Contains(after, s), $"'{s}' is still in the database file"));
        Assert.True(after.AsSpan().IndexOf(photo) < 0, "the photo's bytes are still in the database file");
        await bot.StartAgainAsync();
        Assert.True(Contains(after, "Bambang Sutejo") && Contains(after, "+6281399998888"), "someone else's data went too");
        Assert.Equal("+6281399998888", ProfileScript.Saved(bot, Other)!.Phone);
        Assert.Null(ProfileScript.Saved(bot, Seller));
        var erase = Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == "privacy.erase"));
        Assert.Equal($"Local:{Seller}", erase.Subject);
        Assert.All(AuditLog.Collection(bot.Database).Find(e => e.Subject == $"Local:{Seller}" && e.Action.StartsWith("profile.")), e => Assert.True(e.Redacted));

        // Kept for the statistics, anonymised: the decision with its outcome and reasons, the registration (its seat
        // given up, so the waitlisted seller moved up).
        var kept = SubmissionStore.Collection(bot.Database).FindById(submission.Id);
        Assert.True(string.IsNullOrEmpty(kept.SellerKey + kept.ChatId + kept.ProductName + kept.Description + kept.Decisions.Single().Note));
        Assert.Equal((DecisionOutcome.NeedsRevision, "light"), (kept.Decisions.Single().Outcome, kept.Decisions.Single().Reasons.Single()));
        Assert.DoesNotContain(bot.Database.Files.FindAll(), f => !f.Id.StartsWith("exports/", StringComparison.Ordinal));
        var registrations = TrainingBot.RegistrationsOf(bot, session.Id);
        Assert.True(string.IsNullOrEmpty(registrations[0].SellerId + registrations[0].ChatId));
        Assert.Equal(RegistrationStatus.Cancelled, registrations[0].Status);
        Assert.Equal((RegistrationStatus.Registered, $"Local:{Other}"), (registrations[1].Status, registrations[1].SellerId));
    }

    private static JsonElement Document(TestBot bot, OutboundMessage reply)
    {
        var file = Assert.Single(reply.Files);
        Assert.Equal(FileKind.Document, file.Kind);
        using var stored = new MemoryStream();
        bot.Database.Files.Download(file.StoredFileId!, stored);
        return JsonDocument.Parse(stored.ToArray()).RootElement;
    }

    /// <summary>The database's data and log files as they are on disk.</summary>
    private static byte[] RawBytes(TestBot bot)
    {
        var folder = Path.GetDirectoryName(bot.DatabasePath)!;
        using var all = new MemoryStream();
        foreach (var path in Directory.GetFiles(folder, "*.db"))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.CopyTo(all);
        }

        return all.ToArray();
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static Task<TestBot> StartAsync(FakeFileDownloader? downloader = null) =>
        CurationScript.StartAsync(downloader ?? new FakeFileDownloader(), o => o.Settings["Training:SeedCatalogue"] = "false");

    /// <summary>A slice from the middle of the stored photo: bytes no other data has.</summary>
    private static byte[] PhotoBytes(TestBot bot, Submission submission)
    {
        using var stored = new MemoryStream();
        bot.Database.Files.Download(submission.StoredPhotos.Single().StoredFileId!, stored);
        var bytes = stored.ToArray();
        return bytes[(bytes.Length / 2)..((bytes.Length / 2) + 64)];
    }
}
