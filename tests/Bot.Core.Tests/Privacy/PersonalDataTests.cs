using System.Text;
using System.Text.Json;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Privacy;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;
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
    public async Task MyData_SendsAJsonDocument_WithProfileConsentQuestionsRatingsAndHistory()
    {
        await using var bot = await StartAsync();
        await ProfileScript.SaveAsync(bot, Seller);
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
        await using var bot = await StartAsync(o => o.Services.Add(s => s.AddSingleton<IPersonalDataSource, PhotoSource>()));
        await ProfileScript.SaveAsync(bot, Seller);
        ProfileStore.Collection(bot.Database).Insert(new SellerProfile { Id = SellerProfile.KeyOf(Platform.Local, Other), OwnerName = "Bambang Sutejo", Phone = "+6281399998888" });
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/ubahdata"));
        await bot.PressAsync(Seller, summary.Button(T.Format("form.button.edit", T["profile.phone.label"])));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Seller, NewPhone));
        await bot.PressAsync(Seller, changed.Button(T["form.button.save"]));
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Seller, Question));
        await bot.PressAsync(Seller, unknown.Button(T["faq.forward"]));
        await bot.SendTextAsync(Seller, "/datasaya");
        await bot.RunJobAsync(new StorePhotoJob(Seller));
        var review = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/profil"));
        await bot.PressAsync(Seller, review.Button(T.Format("form.button.edit", T["profile.owner.label"])));
        await bot.SendTextAsync(Seller, "Nama Setengah Jalan");
        await bot.Services.GetRequiredService<WriterMaintenance>().RunAsync("checkpoint", db => db.Raw.Checkpoint());
        var before = RawBytes(bot);
        var gone = new[] { ProfileScript.Owner, ProfileScript.PhoneE164, "+6285711112222", "Nama Setengah Jalan", PhotoSource.Marker, Question };
        Assert.All(gone, s => Assert.True(Contains(before, s), $"'{s}' was never stored, so the test proves nothing"));

        await bot.SendTextAsync(Seller, "/hapusdata ya");
        try
        {
            await TestBot.WaitUntilAsync(() => !gone.Any(s => Contains(RawBytes(bot), s)), "the erased data to leave the database file");
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
        await bot.StartAgainAsync();
        Assert.True(Contains(after, "Bambang Sutejo") && Contains(after, "+6281399998888"), "someone else's data went too");
        Assert.Equal("+6281399998888", ProfileScript.Saved(bot, Other)!.Phone);
        Assert.Null(ProfileScript.Saved(bot, Seller));
        var erase = Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == "privacy.erase"));
        Assert.Equal($"Local:{Seller}", erase.Subject);
        Assert.All(AuditLog.Collection(bot.Database).Find(e => e.Subject == $"Local:{Seller}" && e.Action.StartsWith("profile.")), e => Assert.True(e.Redacted));
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

    private static Task<TestBot> StartAsync(Action<TestBotOptions>? configure = null) => TestBot.StartAsync(configure);

    /// <summary>Stands in for curation's product photos: bytes in file storage, owned by the seller.</summary>
    private sealed class PhotoSource : IPersonalDataSource
    {
        public const string Marker = "JPEG-BYTES-OF-SITI-KERIPIK";

        public string Section => "photos";

        public static string IdOf(string user) => $"photos/Local-{user}/1.jpg";

        public System.Text.Json.Nodes.JsonNode? Export(WriterSession session, DataSubject subject) => null;

        public void Erase(WriterSession session, DataSubject subject) => session.Database.Files.Delete(IdOf(subject.UserId));
    }

    private sealed class StorePhotoJob(string user) : IPipelineJob
    {
        public string Name => "store-photo";

        public void Run(WriterSession session)
        {
            var bytes = Encoding.UTF8.GetBytes(PhotoSource.Marker + new string('x', 300_000));
            session.Database.Files.Upload(PhotoSource.IdOf(user), "1.jpg", new MemoryStream(bytes));
        }
    }
}
