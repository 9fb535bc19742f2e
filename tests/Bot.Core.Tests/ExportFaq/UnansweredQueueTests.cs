using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.ExportFaq;

/// <summary>A seller asks what the FAQ cannot answer → forwards → an admin answers → the seller gets it → added to the FAQ.</summary>
public sealed class UnansweredQueueTests
{
    private const string Seller = "1001";
    private const string Admin = "9001";
    private const string Question = "tas anyaman pandan bisa laku di timur tengah ga";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task ForwardedQuestion_AnsweredByAnAdmin_ReachesTheSeller_AndIsAnsweredAutomaticallyOnceAdded()
    {
        await using var bot = await StartAsync();
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Seller, Question));
        Assert.Equal(T["faq.unknown"], unknown.Text);
        await bot.PressAsync(Seller, unknown.Button(T["faq.forward"]));

        var queue = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/pertanyaan"));
        Assert.Contains(Question, queue.Text);
        var prompt = MessageAssertions.Single(await bot.PressAsync(Admin, queue.Button(T.Format("faq.queue.answer_button", "1"))));
        Assert.Contains(Question, prompt.Text);
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Bisa. Ikuti kurasi dan konsultasi PPEJP dulu, lalu cari pembeli lewat pameran."));
        var sent = MessageAssertions.Single(await bot.PressAsync(Admin, summary.Button(T["form.button.save"])));
        Assert.Equal(T["faq.answer.sent"], sent.Text);

        var toSeller = Assert.Single(bot.RepliesTo(Seller), m => m.Text!.StartsWith("📨 Jawaban dari tim", StringComparison.Ordinal));
        Assert.Contains("Bisa. Ikuti kurasi", toSeller.Text);
        Assert.Contains(Question, toSeller.Text);

        var added = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/faq_tambah 1 finding-buyers"));
        Assert.Equal(T.Format("faq.variant.added", "finding-buyers"), added.Text);
        Assert.True(FaqStore.Entries(bot.Database).FindById("finding-buyers").EditedByAdmin);

        var later = MessageAssertions.Single(await bot.SendTextAsync(Seller, Question));
        var buyers = bot.Services.GetRequiredService<FaqKnowledgeBase>().Index.Find("finding-buyers")!;
        Assert.StartsWith(buyers.Answer.Indonesian, later.Text);
    }

    [Fact]
    public async Task AnAnsweredQuestion_BecomesANewEntry_AskingOnlyWhatIsMissing()
    {
        await using var bot = await StartAsync();
        await bot.SendTextAsync(Seller, Question);
        await bot.PressAsync(Seller, "/teruskan");
        await bot.SendTextAsync(Admin, "/jawab 1");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Bisa. Ikuti kurasi dan konsultasi PPEJP dulu."));
        var sent = MessageAssertions.Single(await bot.PressAsync(Admin, summary.Button(T["form.button.save"])));

        var topic = MessageAssertions.Single(await bot.PressAsync(Admin, sent.Button(T["faq.answer.new_entry"])));
        Assert.Contains(T["faq.entry.topic.prompt"], topic.Text);
        var english = MessageAssertions.Single(await bot.SendTextAsync(Admin, "tas-pandan"));
        Assert.Contains(T["faq.entry.answer_en.prompt"], english.Text);
        var entrySummary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Yes. Follow curation and a PPEJP consultation first."));
        Assert.Contains(Question, entrySummary.Text);
        Assert.Contains("Bisa. Ikuti kurasi dan konsultasi PPEJP dulu.", entrySummary.Text);
        await bot.PressAsync(Admin, entrySummary.Button(T["form.button.save"]));

        var later = MessageAssertions.Single(await bot.SendTextAsync(Seller, Question));
        Assert.StartsWith("Bisa. Ikuti kurasi", later.Text);
    }

    [Fact]
    public async Task SavePressedTwice_AndAnsweringAgain_SendTheSellerOneAnswer()
    {
        await using var bot = await StartAsync();
        await bot.SendTextAsync(Seller, Question);
        await bot.PressAsync(Seller, "/teruskan");
        await bot.SendTextAsync(Admin, "/jawab 1");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Admin, "Jawaban yang cukup panjang untuk dikirim."));

        await bot.PressAsync(Admin, summary.Button(T["form.button.save"]));
        var again = MessageAssertions.Single(await bot.PressAsync(Admin, summary.Button(T["form.button.save"])));
        var reopen = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/jawab 1"));

        Assert.Contains(T["form.stale_button"], again.Text);
        Assert.Equal(T["faq.answer.already_answered"], reopen.Text);
        Assert.Single(bot.RepliesTo(Seller), m => m.Text!.StartsWith("📨 Jawaban dari tim", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/pertanyaan")]
    [InlineData("/jawab 1")]
    [InlineData("/faq_tambah 1 nib-oss")]
    public async Task Stranger_IsRefused_AndNothingChanges(string command)
    {
        await using var bot = await StartAsync();
        await bot.SendTextAsync(Seller, Question);
        await bot.PressAsync(Seller, "/teruskan");
        var before = FaqStore.Entries(bot.Database).FindById("nib-oss");

        var reply = MessageAssertions.Single(await bot.SendTextAsync("5555", command));

        Assert.Equal(T["command.not_allowed"], reply.Text);
        Assert.Null(Assert.Single(FaqStore.Unanswered(bot.Database).FindAll()).AnsweredUtc);
        Assert.Equal(before.Questions.All, FaqStore.Entries(bot.Database).FindById("nib-oss").Questions.All);
        Assert.Null(bot.ConversationOf("5555")!.Form);
    }

    private static Task<TestBot> StartAsync() => TestBot.StartAsync(o => o.Settings["Roles:Admins:0"] = $"Local:{Admin}");
}
