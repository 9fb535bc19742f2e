using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversations;

/// <summary>The form engine on a test-only form: choices, an optional field, a skip rule, back, cancel, summary.</summary>
public sealed class FormEngineTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Theory]
    [InlineData("2")]
    [InlineData("jasa")]
    [InlineData("🛠️ Jasa")]
    public async Task Choice_TypedAsNumberValueOrLabel_IsAccepted(string typed)
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await bot.SendTextAsync(Chat, "/uji");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, typed));

        Assert.Contains(T["profile.business.prompt"], reply.Text);
        Assert.Equal("jasa", bot.ConversationOf()!.Fields["kind"]);
    }

    [Fact]
    public async Task Choice_TextThatMatchesNoChoice_AsksToUseTheButtons()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await bot.SendTextAsync(Chat, "/uji");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "makanan"));

        Assert.Contains(T["form.choose_button"], reply.Text);
        Assert.True(reply.HasButton(T["sector.jasa"]), "the choices are offered again");
        Assert.Equal(TestFormScript.Kind, bot.ConversationOf()!.Step);
        Assert.Empty(bot.ConversationOf()!.Fields);
    }

    [Fact]
    public async Task SkipRule_ForServices_LeavesThePhoneOutOfQuestionsAndSummary()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());

        var photos = await TestFormScript.UntilAfterNoteAsync(bot, "jasa");
        await bot.SendPhotoAsync(Chat, "p1");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Chat, "selesai"));

        Assert.Contains(T["command.curation.description"], photos.Text);
        Assert.DoesNotContain(T["profile.phone.label"], summary.Text);
        Assert.False(summary.HasButton(T.Format("form.button.edit", T["profile.phone.label"])));
        Assert.Contains($"{T["profile.nib.label"]}: {T["form.value.empty"]}", summary.Text);
    }

    [Fact]
    public async Task SkipRule_ForGoods_AsksThePhone()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());

        var next = await TestFormScript.UntilAfterNoteAsync(bot, "barang");

        Assert.Contains(T["profile.phone.prompt"], next.Text);
        Assert.DoesNotContain("note", bot.ConversationOf()!.Fields.Keys);
    }

    [Fact]
    public async Task Back_FromThePhotosOfAService_ReturnsToTheOptionalNoteSkippingThePhone()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var photos = await TestFormScript.UntilAfterNoteAsync(bot, "jasa");

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, photos.Button(T["form.button.back"])));

        Assert.Contains(T["profile.nib.prompt"], reply.Text);
        Assert.Equal(TestFormScript.Note, bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Back_TypedOnTheSecondQuestion_AsksTheFirstAgainKeepingItsAnswer()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await bot.SendTextAsync(Chat, "/uji");
        await bot.SendTextAsync(Chat, "1");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "kembali"));

        Assert.Contains(T["profile.sector.prompt"], reply.Text);
        var conversation = bot.ConversationOf()!;
        Assert.Equal(TestFormScript.Kind, conversation.Step);
        Assert.Equal("barang", conversation.Fields["kind"]);
    }

    [Fact]
    public async Task Back_OnTheFirstQuestion_SaysItIsTheFirst()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var first = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/uji"));

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, first.Button(T["form.button.back"])));

        Assert.StartsWith(T["form.first_question"], reply.Text);
        Assert.Equal(TestFormScript.Kind, bot.ConversationOf()!.Step);
    }

    [Theory]
    [InlineData("/batal")]
    [InlineData("batal")]
    [InlineData("/cancel")]
    [InlineData("button")]
    public async Task Cancel_AnyWay_ClearsTheFormAndSavesNothing(string how)
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var summary = await TestFormScript.UntilSummaryAsync(bot);

        var reply = MessageAssertions.Single(how == "button"
            ? await bot.PressAsync(Chat, summary.Button(T["form.button.cancel"]))
            : await bot.SendTextAsync(Chat, how));

        Assert.Equal(T.Format("form.cancelled", T["menu.curation"]), reply.Text);
        var conversation = bot.ConversationOf()!;
        Assert.False(conversation.InForm);
        Assert.Empty(conversation.Fields);
        Assert.Null(conversation.FormExpiresUtc);
        Assert.Equal(0, TestForm.Results(bot.Database).Count());
    }

    [Fact]
    public async Task Cancel_OutsideAForm_SaysThereIsNothingToCancel()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/batal"));

        Assert.Equal(T["form.nothing_to_cancel"], reply.Text);
    }

    [Fact]
    public async Task Summary_FreeText_AsksToUseTheButtonsAndSaveWordSaves()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await TestFormScript.UntilSummaryAsync(bot);

        var hint = MessageAssertions.Single(await bot.SendTextAsync(Chat, "oke"));
        var saved = MessageAssertions.Single(await bot.SendTextAsync(Chat, "simpan"));

        Assert.StartsWith(T["form.summary.use_buttons"], hint.Text);
        Assert.Equal(T.Format("profile.saved", "Anyaman Bambu"), saved.Text);
        var result = Assert.Single(TestForm.Results(bot.Database).FindAll());
        Assert.Equal("barang", result.Values["kind"]);
        Assert.Equal("Anyaman Bambu", result.Values["name"]);
        Assert.Equal(ProfileScript.PhoneE164, result.Values["phone"]);
        Assert.Equal("p1", result.Values["photos"]);
        Assert.DoesNotContain("note", result.Values.Keys);
        Assert.False(bot.ConversationOf()!.InForm);
    }
}
