using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversations;

/// <summary>A collecting field (1–3 photos): items, "selesai", albums, and editing it from the summary.</summary>
public sealed class FormItemsTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Done_BeforeAnyPhoto_SaysHowManyAreNeeded()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await TestFormScript.UntilPhotosAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "selesai"));

        Assert.Contains(T.Format("form.items_too_few", 1, 0), reply.Text);
        Assert.Equal(TestFormScript.Photos, bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Sticker_WhereAPhotoIsExpected_IsRefusedAndTheFormStays()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await TestFormScript.UntilPhotosAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendStickerAsync(Chat));

        Assert.Contains(T["fallback.file"], reply.Text);
        Assert.Contains(T["command.curation.description"], reply.Text);
        Assert.DoesNotContain("photos", bot.ConversationOf()!.Fields.Keys);
    }

    [Fact]
    public async Task Photo_OneOfThree_IsAcknowledgedWithTheCountAndTheStepStays()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var prompt = await TestFormScript.UntilPhotosAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendPhotoAsync(Chat, "p1"));
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, prompt.Button(T["form.button.done"])));

        Assert.Equal(T.Format("form.item_received", 1, 3), reply.Text);
        Assert.Contains($"{T["menu.curation"]}: {T.Format("form.items_count", 1)}", summary.Text);
    }

    [Fact]
    public async Task Photos_TheThirdOfThree_MovesOnToTheSummaryByItself()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await TestFormScript.UntilPhotosAsync(bot);

        await bot.SendPhotoAsync(Chat, "p1");
        await bot.SendPhotoAsync(Chat, "p2");
        var last = MessageAssertions.Single(await bot.SendPhotoAsync(Chat, "p3"));

        Assert.Contains(T.Format("form.items_count", 3), last.Text);
        Assert.True(bot.ConversationOf()!.AtSummary);
        Assert.Equal("p1\np2\np3", bot.ConversationOf()!.Fields["photos"]);
    }

    [Fact]
    public async Task Album_ThreePhotosInOneBatch_AreCollectedInOrderWithOneReply()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await TestFormScript.UntilPhotosAsync(bot);
        var before = bot.RepliesTo(Chat).Count;

        await bot.SubmitTogetherAsync(
            bot.PhotoUpdate(Chat, "a1", mediaGroupId: "album-1"),
            bot.PhotoUpdate(Chat, "a2", mediaGroupId: "album-1"),
            bot.PhotoUpdate(Chat, "a3", mediaGroupId: "album-1"));

        var summary = MessageAssertions.Single([.. bot.RepliesTo(Chat).Skip(before)]);
        Assert.Contains(T.Format("form.items_count", 3), summary.Text);
        await bot.PressAsync(Chat, summary.Button(T["form.button.save"]));
        Assert.Equal("a1\na2\na3", Assert.Single(TestForm.Results(bot.Database).FindAll()).Values["photos"]);
    }

    [Fact]
    public async Task Album_TwoPhotos_AreCollectedWithoutAReplyEachThenDoneShowsBoth()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await TestFormScript.UntilPhotosAsync(bot);
        var before = bot.RepliesTo(Chat).Count;

        await bot.SubmitTogetherAsync(bot.PhotoUpdate(Chat, "a1", "album-2"), bot.PhotoUpdate(Chat, "a2", "album-2"));
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Chat, "selesai"));

        Assert.Equal(before + 1, bot.RepliesTo(Chat).Count);
        Assert.Contains(T.Format("form.items_count", 2), summary.Text);
    }

    [Fact]
    public async Task Summary_EditPhotos_CollectsAFreshSetAndReturnsToTheSummary()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var summary = await TestFormScript.UntilSummaryAsync(bot);

        var ask = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T.Format("form.button.edit", T["menu.curation"]))));
        await bot.SendPhotoAsync(Chat, "q1");
        await bot.SendPhotoAsync(Chat, "q2");
        var again = MessageAssertions.Single(await bot.SendTextAsync(Chat, "selesai"));

        Assert.Contains(T.Format("form.items_so_far", 0, 3), ask.Text);
        Assert.Contains(T.Format("form.items_count", 2), again.Text);
        Assert.Equal("q1\nq2", bot.ConversationOf()!.Fields["photos"]);
    }

    // Bug: "Ubah" on a photo field deletes the photos before any new one arrives; "Kembali" then keeps them deleted.
    [Fact]
    public async Task Summary_EditPhotosThenBack_KeepsThePhotosThereWere()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var summary = await TestFormScript.UntilSummaryAsync(bot);
        var ask = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T.Format("form.button.edit", T["menu.curation"]))));

        var back = MessageAssertions.Single(await bot.PressAsync(Chat, ask.Button(T["form.button.back"])));

        Assert.Contains($"{T["menu.curation"]}: {T.Format("form.items_count", 1)}", back.Text);
        Assert.Equal("p1", bot.ConversationOf()!.Fields.GetValueOrDefault("photos"));
    }
}
