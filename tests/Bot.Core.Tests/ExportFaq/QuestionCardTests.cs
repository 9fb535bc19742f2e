using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Bot.Core.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.ExportFaq;

/// <summary>Forwarded questions as cards in the staff's workspace chat, and the one-step answers its buttons send.</summary>
public sealed class QuestionCardTests
{
    private const string Seller = "1001";
    private const string Admin = "9001";
    private const string Staff = "staff-room";
    private const string Card = "card-77";
    private const string Question = "tas anyaman pandan bisa laku di timur tengah ga";
    private const string Answer = "Bisa. Ikuti kurasi dan konsultasi PPEJP dulu, lalu cari pembeli lewat pameran.";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task AForwardedQuestion_IsPostedToTheWorkspaceChat_WithAnswerButtons()
    {
        await using var bot = await StartAsync();

        await ForwardAsync(bot);

        var card = Assert.Single(bot.RepliesTo(Staff));
        Assert.Contains(Question, card.Text);
        Assert.Contains("#1", card.Text);
        var data = card.AllButtons.Select(b => b.Data).ToList();
        Assert.Equal("/jawab 1", data[0]);
        Assert.StartsWith("/jawab_faq 1", data[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AOneStepAnswerFromTheCard_ReachesTheSeller_AndEditsTheCardToShowWhoAnswered()
    {
        await using var bot = await StartAsync();
        await ForwardAsync(bot);

        var replies = await PressOnCardAsync(bot, $"/jawab 1 {Answer}");

        Assert.Equal(T["faq.answer.sent"], MessageAssertions.Single(replies).Text);
        Assert.Contains(bot.RepliesTo(Seller), m => m.Text!.Contains(Answer, StringComparison.Ordinal));
        var edit = bot.RepliesTo(Staff)[^1];
        Assert.Equal(Card, edit.EditMessageId);
        Assert.Contains(T.Format("workspace.question.answered", "Siti", string.Empty, string.Empty).Split('·')[0].Trim(), edit.Text);
        Assert.Contains(Answer, edit.Text);
        Assert.Empty(edit.Buttons);
        Assert.Equal($"Local:{Admin}", FaqStore.FindQuestion(bot.Database, "1")!.AnsweredBy);
    }

    [Fact]
    public async Task ASecondAnswer_IsRefusedAsAlreadyAnswered_AndTheSellerGetsOne()
    {
        await using var bot = await StartAsync();
        await ForwardAsync(bot);
        await PressOnCardAsync(bot, $"/jawab 1 {Answer}");

        var again = await PressOnCardAsync(bot, "/jawab 1 Jawaban kedua yang tidak boleh terkirim.");

        Assert.Equal(T["faq.answer.already_answered"], MessageAssertions.Single(again).Text);
        Assert.Single(bot.RepliesTo(Seller), m => m.Text!.Contains(Answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/jawab 1 ok", "form.length")]
    [InlineData("/jawab_faq 1 topik-yang-tidak-ada " + Answer, "workspace.question.unknown_topic")]
    [InlineData("/jawab_faq 1", "workspace.question.answer_add_usage")]
    public async Task ABadOneStepAnswer_IsExplained_AndNothingIsSent(string command, string key)
    {
        await using var bot = await StartAsync();
        await ForwardAsync(bot);
        var before = bot.RepliesTo(Seller).Count;

        var reply = MessageAssertions.Single(await PressOnCardAsync(bot, command));

        Assert.Equal(Expected(key), reply.Text);
        Assert.Null(FaqStore.FindQuestion(bot.Database, "1")!.AnsweredUtc);
        Assert.Equal(before, bot.RepliesTo(Seller).Count);
        Assert.Single(bot.RepliesTo(Staff));
    }

    [Fact]
    public async Task AnswerAndAddToFaq_SendsTheAnswer_AndMakesTheQuestionAVariantOfTheTopic()
    {
        await using var bot = await StartAsync();
        await ForwardAsync(bot);

        var replies = await PressOnCardAsync(bot, $"/jawab_faq 1 finding-buyers {Answer}");

        Assert.Equal([T["faq.answer.sent"], T.Format("faq.variant.added", "finding-buyers")], replies.Select(r => r.Text));
        Assert.Contains(bot.RepliesTo(Seller), m => m.Text!.Contains(Answer, StringComparison.Ordinal));
        Assert.Contains(Question, FaqStore.Entries(bot.Database).FindById("finding-buyers").Questions.All);
    }

    private static string Expected(string key) => key switch
    {
        "form.length" => T.Format(key, 5, 3000, 2),
        "workspace.question.unknown_topic" => T.Format(key, "topik-yang-tidak-ada"),
        _ => T[key],
    };

    private static async Task ForwardAsync(TestBot bot)
    {
        await bot.SendTextAsync(Seller, Question);
        await bot.PressAsync(Seller, "/teruskan");
        await bot.SettleAsync(Staff);
    }

    private static async Task<IReadOnlyList<OutboundMessage>> PressOnCardAsync(TestBot bot, string data)
    {
        var replies = await bot.SubmitAsync(bot.ButtonUpdate(Admin, data) with { Button = new ButtonPress(data, "cb", Card) });
        await bot.SettleAsync(Staff);
        return replies;
    }

    private static Task<TestBot> StartAsync() => TestBot.StartAsync(o =>
    {
        o.Settings["Roles:Admins:0"] = $"Local:{Admin}";
        o.Services.Add(s => s.Configure<WorkspaceOptions>(w => w.QuestionsChat = new ChatRef(Platform.Local, Staff)));
    });
}
