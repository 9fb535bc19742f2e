using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Profiles;

/// <summary>The consent question of /profil (UU PDP): agreeing, refusing, withdrawing.</summary>
public sealed class ProfileConsentTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Consent_Refused_ClosesTheFormAndSavesNothing()
    {
        await using var bot = await TestBot.StartAsync();
        var consent = await ProfileScript.UntilConsentAsync(bot);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.no"])));

        Assert.Equal(T["profile.consent.refused"], reply.Text);
        Assert.True(reply.HasButton(T["menu.profile"]), "the user is back at the main menu");
        Assert.Null(ProfileScript.Saved(bot));
        var conversation = bot.ConversationOf()!;
        Assert.False(conversation.InForm);
        Assert.Empty(conversation.Fields);
    }

    // Bug: ProfileForm's consent parser treats every answer that is not exactly a choice as a refusal.
    [Fact]
    public async Task Consent_TypedAgreementInOwnWords_DoesNotThrowTheAnswersAway()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilConsentAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "setuju"));

        Assert.NotEqual(T["profile.consent.refused"], reply.Text);
        Assert.Equal(ProfileForm.FormName, bot.ConversationOf()!.Form);
    }

    // Bug: withdrawing consent through /profil (as the consent text promises) leaves the saved profile in place.
    [Fact]
    public async Task Consent_WithdrawnFromTheSummaryOfASavedProfile_RemovesTheProfile()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.SaveAsync(bot);
        var review = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));
        var consent = MessageAssertions.Single(await bot.PressAsync(Chat, review.Button(T.Format("form.button.edit", T["profile.consent.label"]))));

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.no"])));

        Assert.Equal(T["profile.consent.refused"], reply.Text);
        Assert.Null(ProfileScript.Saved(bot));
    }
}
