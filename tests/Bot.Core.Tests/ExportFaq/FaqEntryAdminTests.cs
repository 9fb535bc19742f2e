using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.ExportFaq;

/// <summary>Admins add, edit and remove FAQ entries; the chat uses the change at once and after a restart.</summary>
public sealed class FaqEntryAdminTests
{
    private const string Seller = "1001";
    private const string Admin = "9001";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task NewEntry_ThroughTheForm_IsUsedForAnswersAtOnce()
    {
        await using var bot = await StartAsync();
        await bot.SendTextAsync(Admin, "/faq_baru");
        var invalid = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Tas Anyaman"));
        Assert.Contains(T["faq.entry.topic.invalid"], invalid.Text);
        await bot.SendTextAsync(Admin, "ekspor-tas-pandan");
        await bot.SendTextAsync(Admin, "bisa ekspor tas anyaman pandan ke timur tengah?");
        await bot.SendTextAsync(Admin, "Bisa. Mulai dari kurasi produk dan konsultasi gratis PPEJP.");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Yes. Start with curation and a free PPEJP consultation."));
        var saved = MessageAssertions.Single(await bot.PressAsync(Admin, summary.Button(T["form.button.save"])));

        Assert.Equal(T.Format("faq.entry.saved", "ekspor-tas-pandan"), saved.Text);
        var answer = MessageAssertions.Single(await bot.SendTextAsync(Seller, "bisa ekspor tas anyaman pandan ke timur tengah?"));
        Assert.StartsWith("Bisa. Mulai dari kurasi produk", answer.Text);
    }

    [Fact]
    public async Task EditedAnswer_IsShownAtOnce_AndKeptAcrossARestart()
    {
        await using var bot = await StartAsync();
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/faq_ubah nib-oss"));
        await bot.PressAsync(Admin, summary.Button(T.Format("form.button.edit", T["faq.entry.answer_id.label"])));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Admin, "NIB dibuat gratis di oss.go.id. Hubungi Disperdagin untuk bantuan."));
        await bot.PressAsync(Admin, changed.Button(T["form.button.save"]));

        Assert.StartsWith("NIB dibuat gratis di oss.go.id.", MessageAssertions.Single(await bot.PressAsync(Seller, "/tanya nib-oss")).Text);
        await bot.RestartAsync();
        Assert.StartsWith("NIB dibuat gratis di oss.go.id.", MessageAssertions.Single(await bot.PressAsync(Seller, "/tanya nib-oss")).Text);
    }

    [Fact]
    public async Task RemovedEntry_AsksFirst_ThenIsNoLongerAnswered_EvenAfterARestart()
    {
        await using var bot = await StartAsync();
        var coffee = FaqStore.Entries(bot.Database).FindById("coffee-export");
        var confirm = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/faq_hapus coffee-export"));
        Assert.False(FaqStore.Entries(bot.Database).FindById("coffee-export").Removed);

        await bot.PressAsync(Admin, confirm.Button(T["faq.entry.remove_yes"]));
        await bot.RestartAsync();

        Assert.True(FaqStore.Entries(bot.Database).FindById("coffee-export").Removed);
        Assert.Null(bot.Services.GetRequiredService<FaqKnowledgeBase>().Index.Find("coffee-export"));
        var reply = MessageAssertions.Single(await bot.PressAsync(Seller, "/tanya coffee-export"));
        Assert.False(reply.Text!.StartsWith(coffee.Answer.Indonesian, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/faq_baru")]
    [InlineData("/faq_ubah nib-oss")]
    [InlineData("/faq_hapus nib-oss ya")]
    public async Task Stranger_IsRefused_AndTheEntryIsUnchanged(string command)
    {
        await using var bot = await StartAsync();
        var before = FaqStore.Entries(bot.Database).FindById("nib-oss");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Seller, command));

        Assert.Equal(T["command.not_allowed"], reply.Text);
        var after = FaqStore.Entries(bot.Database).FindById("nib-oss");
        Assert.Equal(before.Answer, after.Answer);
        Assert.Equal((before.EditedByAdmin, before.Removed), (after.EditedByAdmin, after.Removed));
        Assert.False(bot.ConversationOf(Seller)!.InForm);
    }

    private static Task<TestBot> StartAsync() => TestBot.StartAsync(o => o.Settings["Roles:Admins:0"] = $"Local:{Admin}");
}
