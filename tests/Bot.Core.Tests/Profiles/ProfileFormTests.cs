using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Profiles;

/// <summary>The real /profil form, end to end through the pipeline and the outbox.</summary>
public sealed class ProfileFormTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Profile_FilledInFull_IsSavedWithNormalisedPhoneAndConsent()
    {
        await using var bot = await TestBot.StartAsync();
        var started = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));
        Assert.StartsWith(T.Format("form.started", T["profile.title"]), started.Text);
        Assert.Contains(T["profile.owner.prompt"], started.Text);

        await ProfileScript.UntilPhoneAsync(bot);
        MessageAssertions.Single(await bot.SendTextAsync(Chat, "+62 812-3456-7890"));
        var consent = MessageAssertions.Single(await bot.SendTextAsync(Chat, "1234 5678 90123"));
        Assert.Contains(T["profile.consent.prompt"], consent.Text);
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.yes"])));
        Assert.Contains($"{T["profile.phone.label"]}: {ProfileScript.PhoneE164}", summary.Text);
        Assert.Contains($"{T["profile.nib.label"]}: 1234567890123", summary.Text);

        var saved = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T["form.button.save"])));

        Assert.Equal(T.Format("profile.saved", ProfileScript.Owner), saved.Text);
        var profile = ProfileScript.Saved(bot);
        Assert.NotNull(profile);
        Assert.Equal(ProfileScript.Owner, profile.OwnerName);
        Assert.Equal(ProfileScript.Business, profile.BusinessName);
        Assert.Equal("kuliner", profile.Sector);
        Assert.Equal(ProfileForm.AreaCity, profile.Area);
        Assert.Equal(ProfileScript.Kelurahan, profile.Kelurahan);
        Assert.Equal("Mojoroto", profile.Kecamatan);
        Assert.Equal(ProfileScript.PhoneE164, profile.Phone);
        Assert.Equal("1234567890123", profile.Nib);
        Assert.Equal(ProfileForm.ConsentVersion, profile.ConsentVersion);
        Assert.Equal(bot.Clock.GetUtcNow().UtcDateTime, profile.ConsentUtc);
        Assert.False(bot.ConversationOf()!.InForm);
    }

    [Fact]
    public async Task Phone_NotAMobileNumber_IsAskedAgainWithReasonAndExampleAndTheFormStaysOnPhone()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "12345"));

        Assert.Contains(T["profile.phone.invalid"], reply.Text);
        Assert.Contains(T.Format("form.example", T["profile.phone.example"]), reply.Text);
        Assert.EndsWith(T["profile.phone.prompt"], reply.Text);
        var conversation = bot.ConversationOf()!;
        Assert.Equal(ProfileScript.StepOf("phone"), conversation.Step);
        Assert.DoesNotContain("phone", conversation.Fields.Keys);

        var next = MessageAssertions.Single(await bot.SendTextAsync(Chat, ProfileScript.Phone));
        Assert.Contains(T["profile.nib.prompt"], next.Text);
    }

    [Fact]
    public async Task Owner_OneLetter_IsAskedAgainWithTheLengthRule()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "S"));

        Assert.Contains(T.Format("form.length", 2, 80, 1), reply.Text);
        Assert.Contains(T.Format("form.example", T["profile.owner.example"]), reply.Text);
        Assert.Equal(0, bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Nib_WrongNumberOfDigits_IsAskedAgainSayingHowManyWereTyped()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);
        await bot.SendTextAsync(Chat, ProfileScript.Phone);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "12345"));

        Assert.Contains(T.Format("profile.nib.invalid", 5), reply.Text);
        Assert.Equal(ProfileScript.StepOf("nib"), bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Nib_SkippedWithTheSkipButton_ShowsSkippedInSummaryAndIsSavedEmpty()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);
        var nib = MessageAssertions.Single(await bot.SendTextAsync(Chat, ProfileScript.Phone));

        var consent = MessageAssertions.Single(await bot.PressAsync(Chat, nib.Button(T["form.button.skip"])));
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.yes"])));
        await bot.PressAsync(Chat, summary.Button(T["form.button.save"]));

        Assert.Contains($"{T["profile.nib.label"]}: {T["form.value.empty"]}", summary.Text);
        Assert.Null(ProfileScript.Saved(bot)!.Nib);
    }

    [Fact]
    public async Task Summary_EditPhone_AsksPhoneAgainThenShowsAndSavesTheNewNumber()
    {
        await using var bot = await TestBot.StartAsync();
        var summary = await ProfileScript.UntilSummaryAsync(bot);

        var phone = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T.Format("form.button.edit", T["profile.phone.label"]))));
        Assert.Contains(T["profile.phone.prompt"], phone.Text);
        var updated = MessageAssertions.Single(await bot.SendTextAsync(Chat, "0857-1111-2222"));
        Assert.Contains($"{T["profile.phone.label"]}: +6285711112222", updated.Text);
        Assert.Contains(T.Format("form.summary.title", T["profile.title"]), updated.Text);
        await bot.PressAsync(Chat, updated.Button(T["form.button.save"]));

        Assert.Equal("+6285711112222", ProfileScript.Saved(bot)!.Phone);
    }

    [Fact]
    public async Task Profile_AlreadySaved_OpensAtTheSummaryWithTheSavedValues()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.SaveAsync(bot);

        var review = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));

        Assert.StartsWith(T.Format("form.review", T["profile.title"]), review.Text);
        Assert.Contains($"{T["profile.owner.label"]}: {ProfileScript.Owner}", review.Text);
        Assert.True(bot.ConversationOf()!.AtSummary);
    }

    [Fact]
    public async Task Sticker_WhereANameIsExpected_GetsAHintAndTheFormStays()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");

        var reply = MessageAssertions.Single(await bot.SendStickerAsync(Chat));

        Assert.Contains(T["form.text_expected"], reply.Text);
        Assert.EndsWith(T["profile.owner.prompt"], reply.Text);
        var conversation = bot.ConversationOf()!;
        Assert.Equal(ProfileForm.FormName, conversation.Form);
        Assert.Equal(0, conversation.Step);
    }

    [Fact]
    public async Task Sector_TypedAsTheChoiceNumber_IsAccepted()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilSectorAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "3"));

        Assert.Contains(T["profile.area.prompt"], reply.Text);
        Assert.Equal("batik", bot.ConversationOf()!.Fields["sector"]);
    }

    [Fact]
    public async Task Back_ButtonOnTheBusinessQuestion_AsksTheOwnerAgain()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");
        var business = MessageAssertions.Single(await bot.SendTextAsync(Chat, ProfileScript.Owner));

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, business.Button(T["form.button.back"])));

        Assert.EndsWith(T["profile.owner.prompt"], reply.Text);
        Assert.Equal(0, bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Cancel_AtTheSummary_SavesNoProfile()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilSummaryAsync(bot);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/batal"));

        Assert.Equal(T.Format("form.cancelled", T["profile.title"]), reply.Text);
        Assert.Null(ProfileScript.Saved(bot));
        Assert.False(bot.ConversationOf()!.InForm);
    }

    // Bug: a skip word typed on a question that cannot be skipped is taken as the answer.
    [Fact]
    public async Task SkipWord_OnARequiredQuestion_IsNotTakenAsTheAnswer()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");

        await bot.SendTextAsync(Chat, "lewati");

        var conversation = bot.ConversationOf()!;
        Assert.Equal(0, conversation.Step);
        Assert.DoesNotContain("owner", conversation.Fields.Keys);
    }
}
