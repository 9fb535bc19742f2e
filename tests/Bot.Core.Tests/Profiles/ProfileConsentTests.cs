using Bot.Core.Audit;
using Bot.Core.ExportFaq;
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

    [Fact]
    public async Task Consent_WithdrawnInTheForm_ErasesLikeHapusdata_AndIsAudited()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.SaveAsync(bot);
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Chat, "tas anyaman pandan bisa laku di timur tengah ga"));
        await bot.PressAsync(Chat, unknown.Button(T["faq.forward"]));
        var review = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));
        var consent = MessageAssertions.Single(await bot.PressAsync(Chat, review.Button(T.Format("form.button.edit", T["profile.consent.label"]))));

        await bot.PressAsync(Chat, consent.Button(T["profile.consent.no"]));

        Assert.Empty(FaqStore.Unanswered(bot.Database).FindAll());
        Assert.Null(bot.ConversationOf()!.UserName);
        var withdrawn = Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == "privacy.consent_withdrawn"));
        Assert.Equal($"Local:{Chat}", withdrawn.Subject);
        Assert.All(AuditLog.Collection(bot.Database).Find(e => e.Action.StartsWith("profile.")), e => Assert.True(e.Redacted));
    }

    [Fact]
    public async Task ConsentText_NamesTheDataRightsCommands_AndItsVersionChangedWithIt()
    {
        foreach (var t in new[] { T, Texts.En })
        {
            Assert.All(new[] { "/privasi", "/datasaya", "/ubahdata", "/hapusdata" }, command => Assert.Contains(command, t["profile.consent.prompt"]));
            Assert.DoesNotContain("/profil ", t["profile.consent.prompt"]);
        }

        Assert.Equal("2026-11-v2", ProfileForm.ConsentVersion);
    }
}
