using System.Text;
using System.Text.Json;
using Bot.Core.Audit;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Admin;

/// <summary>Each kind of staff action leaves one audit row with who, when, what and the state before and after.</summary>
public sealed class AuditLogTests
{
    private const string Seller = "1001";
    private const string Admin = "9001";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task AnsweringAndAddingAVariant_AreAudited_WithBeforeAndAfter()
    {
        await using var bot = await StartAsync();
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Seller, "tas anyaman pandan bisa laku di timur tengah ga"));
        await bot.PressAsync(Seller, unknown.Button(T["faq.forward"]));
        await bot.SendTextAsync(Admin, "/jawab 1");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Bisa. Ikuti kurasi dan konsultasi PPEJP dulu."));
        await bot.PressAsync(Admin, summary.Button(T["form.button.save"]));
        await bot.SendTextAsync(Admin, "/faq_tambah 1 finding-buyers");

        var answer = Single(bot, "faq.answer");
        Assert.Equal("#1", answer.Subject);
        Assert.Equal($"Local:{Admin}", answer.Actor);
        Assert.Equal(bot.Clock.GetUtcNow().UtcDateTime, answer.AtUtc);
        Assert.Null(Json(answer.Before).GetProperty("answer").GetString());
        Assert.Equal("Bisa. Ikuti kurasi dan konsultasi PPEJP dulu.", Json(answer.After).GetProperty("answer").GetString());
        Assert.Equal($"Local:{Seller}", answer.PersonalDataOf);

        var variant = Single(bot, "faq.variant_add");
        Assert.Equal("finding-buyers", variant.Subject);
        Assert.DoesNotContain("tas anyaman pandan", variant.Before);
        Assert.Contains("tas anyaman pandan", variant.After);
    }

    [Fact]
    public async Task NewEditedAndRemovedEntries_AreAudited()
    {
        await using var bot = await StartAsync();
        await bot.SendTextAsync(Admin, "/faq_baru");
        await bot.SendTextAsync(Admin, "ekspor-tas-pandan");
        await bot.SendTextAsync(Admin, "bisa ekspor tas anyaman pandan?");
        await bot.SendTextAsync(Admin, "Bisa. Mulai dari kurasi produk dan konsultasi gratis PPEJP.");
        var created = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Yes. Start with curation and a free PPEJP consultation."));
        await bot.PressAsync(Admin, created.Button(T["form.button.save"]));
        var edit = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/faq_ubah nib-oss"));
        await bot.PressAsync(Admin, edit.Button(T.Format("form.button.edit", T["faq.entry.answer_id.label"])));
        var edited = MessageAssertions.Single(await bot.SendTextAsync(Admin, "NIB dibuat gratis di oss.go.id oleh pelaku usaha."));
        await bot.PressAsync(Admin, edited.Button(T["form.button.save"]));
        await bot.SendTextAsync(Admin, "/faq_hapus coffee-export ya");

        var added = Single(bot, "faq.entry_new");
        Assert.Equal("ekspor-tas-pandan", added.Subject);
        Assert.Null(added.Before);
        var changed = Single(bot, "faq.entry_edit");
        Assert.Equal("nib-oss", changed.Subject);
        Assert.NotEqual(
            Json(changed.Before).GetProperty("answer").GetProperty("indonesian").GetString(),
            Json(changed.After).GetProperty("answer").GetProperty("indonesian").GetString());
        Assert.Equal("NIB dibuat gratis di oss.go.id oleh pelaku usaha.", Json(changed.After).GetProperty("answer").GetProperty("indonesian").GetString());
        var removed = Single(bot, "faq.entry_remove");
        Assert.False(Json(removed.Before).GetProperty("removed").GetBoolean());
        Assert.True(Json(removed.After).GetProperty("removed").GetBoolean());
    }

    [Fact]
    public async Task ProfileCreatedAndCorrected_AreAudited_AsThatPersonsData()
    {
        await using var bot = await StartAsync();
        await ProfileScript.SaveAsync(bot, Seller);
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/ubahdata"));
        await bot.PressAsync(Seller, summary.Button(T.Format("form.button.edit", T["profile.phone.label"])));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Seller, "0857 1111 2222"));
        await bot.PressAsync(Seller, changed.Button(T["form.button.save"]));

        var created = Single(bot, "profile.create");
        Assert.Null(created.Before);
        var corrected = Single(bot, "profile.update");
        Assert.Equal($"Local:{Seller}", corrected.Subject);
        Assert.Equal($"Local:{Seller}", corrected.PersonalDataOf);
        Assert.Equal(ProfileScript.PhoneE164, Json(corrected.Before).GetProperty("phone").GetString());
        Assert.Equal("+6285711112222", Json(corrected.After).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task AuditCommand_PagesNewestFirst_AndExportsCsvWithBom()
    {
        await using var bot = await StartAsync();
        for (var i = 0; i < 12; i++)
        {
            await bot.SendTextAsync(Admin, i % 2 == 0 ? "/faq_hapus coffee-export ya" : "/faq_hapus nib-oss ya");
            FaqStore.Entries(bot.Database).Upsert(FaqStore.Entries(bot.Database).FindById(i % 2 == 0 ? "coffee-export" : "nib-oss") with { Removed = false });
        }

        var first = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/audit"));
        Assert.StartsWith(T.Format("audit.title", 1, 2, 12), first.Text);
        Assert.Contains("#12 ", first.Text);
        Assert.DoesNotContain("#2 ", first.Text);
        var second = MessageAssertions.Single(await bot.PressAsync(Admin, first.Button(T["audit.older"])));
        Assert.StartsWith(T.Format("audit.title", 2, 2, 12), second.Text);
        Assert.Contains("#1 ", second.Text);
        Assert.False(second.HasButton(T["audit.older"]));

        var export = MessageAssertions.Single(await bot.PressAsync(Admin, second.Button(T["audit.csv_button"])));
        var file = Assert.Single(export.Files);
        Assert.Equal(FileKind.Document, file.Kind);
        using var stored = new MemoryStream();
        bot.Database.Files.Download(file.StoredFileId!, stored);
        var bytes = stored.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,time_utc,time_wib,platform,actor,action,subject,before,after", lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("12,", StringComparison.Ordinal) && l.Contains($"Local:{Admin},faq.entry_remove,nib-oss", StringComparison.Ordinal));
    }

    private static AuditEntry Single(TestBot bot, string action) =>
        Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == action));

    private static JsonElement Json(string? json) => JsonDocument.Parse(json!).RootElement;

    private static Task<TestBot> StartAsync() => TestBot.StartAsync(o => o.Settings["Roles:Admins:0"] = $"Local:{Admin}");
}
