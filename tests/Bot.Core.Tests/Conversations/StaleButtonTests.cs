using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversations;

/// <summary>Buttons pressed twice, or left over from an earlier form, change nothing and say so.</summary>
public sealed class StaleButtonTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Choice_PressedTwice_SecondPressIsStaleAndChangesNothing()
    {
        await using var bot = await TestBot.StartAsync();
        var sector = await ProfileScript.UntilSectorAsync(bot);
        var kuliner = sector.Button(T["sector.kuliner"]);
        await bot.PressAsync(Chat, kuliner);
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, kuliner));

        Assert.StartsWith(T["form.stale_button"], reply.Text);
        Assert.Contains(T["profile.area.prompt"], reply.Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Fact]
    public async Task Button_FromAnEarlierFormInstance_IsStaleEvenOnTheSameStep()
    {
        await using var bot = await TestBot.StartAsync();
        var oldSector = await ProfileScript.UntilSectorAsync(bot);
        await bot.SendTextAsync(Chat, "/batal");
        await ProfileScript.UntilSectorAsync(bot);
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, oldSector.Button(T["sector.batik"])));

        Assert.StartsWith(T["form.stale_button"], reply.Text);
        Assert.Contains(T["profile.sector.prompt"], reply.Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Fact]
    public async Task Save_PressedTwice_SavesOnceAndTheSecondPressSaysItIsStale()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var summary = await TestFormScript.UntilSummaryAsync(bot);
        var save = summary.Button(T["form.button.save"]);
        await bot.PressAsync(Chat, save);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, save));

        Assert.Equal(T["form.stale_button"], reply.Text);
        Assert.True(reply.HasButton(T["menu.profile"]), "outside a form the main menu is shown");
        Assert.Equal(1, TestForm.Results(bot.Database).Count());
        Assert.False(bot.ConversationOf()!.InForm);
    }

    [Fact]
    public async Task Cancel_PressedAfterTheFormWasSaved_DoesNotTouchTheNewForm()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        var summary = await TestFormScript.UntilSummaryAsync(bot);
        await bot.PressAsync(Chat, summary.Button(T["form.button.save"]));
        await bot.SendTextAsync(Chat, "/uji");
        await bot.SendTextAsync(Chat, "1");
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T["form.button.cancel"])));

        Assert.StartsWith(T["form.stale_button"], reply.Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Theory]
    [InlineData("f:x:1:v:a")]
    [InlineData("f:1")]
    [InlineData("something else")]
    public async Task Button_WithUnreadableData_IsStale(string data)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, data));

        Assert.StartsWith(T["form.stale_button"], reply.Text);
        Assert.Equal(0, bot.ConversationOf()!.Step);
    }
}
