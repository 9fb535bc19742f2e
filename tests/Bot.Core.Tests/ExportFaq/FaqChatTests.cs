using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.ExportFaq;

/// <summary>Free text in the chat goes through the FAQ: answers, routes, refusals, rating and forwarding.</summary>
public sealed class FaqChatTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task ColloquialQuestion_GetsTheAnswerWithRelatedQuestionsAndRatingButtons()
    {
        await using var bot = await TestBot.StartAsync();
        var entry = bot.Services.GetRequiredService<FaqKnowledgeBase>().Index.Find("nib-oss")!;

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "gmn cara ngurus nib?"));

        Assert.StartsWith(entry.Answer.Indonesian, reply.Text);
        Assert.EndsWith(T["faq.was_it_helpful"], reply.Text);
        Assert.Equal(entry.Related.Take(3).Select(id => $"/tanya {id}"), reply.AllButtons.Where(b => b.Data.StartsWith("/tanya", StringComparison.Ordinal)).Select(b => b.Data));
        Assert.Equal("/nilai nib-oss 1", reply.Button(T["faq.helpful"]).Data);
    }

    [Fact]
    public async Task RelatedButton_ShowsThatTopic()
    {
        await using var bot = await TestBot.StartAsync();
        var halal = bot.Services.GetRequiredService<FaqKnowledgeBase>().Index.Find("halal")!;

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, "/tanya halal"));

        Assert.StartsWith(halal.Answer.Indonesian, reply.Text);
    }

    [Fact]
    public async Task Rating_IsRecordedOncePerUserAndTopic_EvenWhenPressedAgain()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.PressAsync(Chat, "/nilai nib-oss 0");
        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, "/nilai nib-oss 1"));

        Assert.Equal(T["faq.thanks_helpful"], reply.Text);
        var feedback = Assert.Single(FaqStore.Feedback(bot.Database).FindAll());
        Assert.True(feedback.Helpful);
        Assert.Equal("nib-oss", feedback.TopicId);
    }

    [Fact]
    public async Task SignUpIntent_RoutesToTraining_AndCurationIntentToCuration()
    {
        await using var bot = await TestBot.StartAsync();

        var training = MessageAssertions.Single(await bot.SendTextAsync(Chat, "sy mau daftar pelatihan ekspor"));
        var curation = MessageAssertions.Single(await bot.SendTextAsync(Chat, "mau kirim foto produk saya untuk dikurasi"));

        Assert.Equal("/daftar", Assert.Single(training.AllButtons).Data);
        Assert.Equal("/kurasi", Assert.Single(curation.AllButtons).Data);
    }

    [Fact]
    public async Task OutOfScopeQuestion_IsNotAnsweredFromTheFaq()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "cuaca besok di kediri hujan ga?"));

        Assert.Equal(T["faq.out_of_scope"], reply.Text);
    }

    [Fact]
    public async Task UnknownQuestion_CanBeForwardedOnce_AndLandsInTheQueue()
    {
        await using var bot = await TestBot.StartAsync();
        var first = MessageAssertions.Single(await bot.SendTextAsync(Chat, "xq zzv ekspor qwrt plmk"));
        Assert.Equal(T["faq.unknown"], first.Text);
        var forwarded = MessageAssertions.Single(await bot.PressAsync(Chat, first.Button(T["faq.forward"])));
        var again = MessageAssertions.Single(await bot.PressAsync(Chat, "/teruskan"));

        Assert.Equal(T["faq.forwarded"], forwarded.Text);
        Assert.Equal(T["faq.nothing_to_forward"], again.Text);
        var queued = Assert.Single(FaqStore.Unanswered(bot.Database).FindAll());
        Assert.Equal("xq zzv ekspor qwrt plmk", queued.Text);
        Assert.Equal(Chat, queued.ChatId);
    }

    [Fact]
    public async Task SeedEntries_AreStoredOnFirstStart_AndAnAdminEditSurvivesARestart()
    {
        await using var bot = await TestBot.StartAsync();
        var entries = FaqStore.Entries(bot.Database);
        Assert.Equal(30, entries.Count());
        var edited = entries.FindById("nib-oss") with { EditedByAdmin = true, Answer = new FaqText { Indonesian = "Jawaban admin", English = "Admin answer" } };
        entries.Upsert(edited);

        await bot.RestartAsync();

        Assert.Equal("Jawaban admin", FaqStore.Entries(bot.Database).FindById("nib-oss").Answer.Indonesian);
        Assert.Equal("Jawaban admin", bot.Services.GetRequiredService<FaqKnowledgeBase>().Index.Find("nib-oss")!.Answer.Indonesian);
    }
}
