using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Profiles;

/// <summary>The location questions of /profil: Kota / Kabupaten / elsewhere, and the kelurahan in Kota Kediri.</summary>
public sealed class ProfileLocationTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Area_KabupatenKediri_SkipsKelurahanAndTownAndGoesToPhone()
    {
        await using var bot = await TestBot.StartAsync();
        var area = await ProfileScript.UntilAreaAsync(bot);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, area.Button(T["profile.area.regency"])));

        Assert.Contains(T["profile.phone.prompt"], reply.Text);
        Assert.Equal(ProfileScript.StepOf("phone"), bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Area_OutsideKediri_AsksForTheTownAndSavesIt()
    {
        await using var bot = await TestBot.StartAsync();
        var area = await ProfileScript.UntilAreaAsync(bot);

        ProfileScript.Expect(await bot.PressAsync(Chat, area.Button(T["profile.area.other"])), "profile.area_other.prompt");
        ProfileScript.Expect(await bot.SendTextAsync(Chat, "Kabupaten Nganjuk"), "profile.phone.prompt");
        await FinishFromPhoneAsync(bot);

        var profile = ProfileScript.Saved(bot)!;
        Assert.Equal(ProfileForm.AreaOther, profile.Area);
        Assert.Equal("Kabupaten Nganjuk", profile.AreaOther);
        Assert.Null(profile.Kelurahan);
    }

    [Fact]
    public async Task Kelurahan_WithATypo_IsOfferedAsAButtonThatConfirmsIt()
    {
        await using var bot = await TestBot.StartAsync();
        var area = await ProfileScript.UntilAreaAsync(bot);
        await bot.PressAsync(Chat, area.Button(T["profile.area.city"]));

        var offer = MessageAssertions.Single(await bot.SendTextAsync(Chat, "Tinalam"));
        Assert.Contains(T["profile.kelurahan.did_you_mean"], offer.Text);
        Assert.Equal(ProfileScript.StepOf("kelurahan"), bot.ConversationOf()!.Step);

        var phone = MessageAssertions.Single(await bot.PressAsync(Chat, offer.Button("Tinalan (Kec. Pesantren)")));

        Assert.Contains(T["profile.phone.prompt"], phone.Text);
        Assert.Equal("Tinalan", bot.ConversationOf()!.Fields["kelurahan"]);
    }

    [Fact]
    public async Task Kelurahan_APrefixOfSeveral_AsksWhichOneWithAButtonEach()
    {
        await using var bot = await TestBot.StartAsync();
        var area = await ProfileScript.UntilAreaAsync(bot);
        await bot.PressAsync(Chat, area.Button(T["profile.area.city"]));

        var offer = MessageAssertions.Single(await bot.SendTextAsync(Chat, "bandar"));

        Assert.Contains(T["profile.kelurahan.which"], offer.Text);
        Assert.True(offer.HasButton("Bandar Lor (Kec. Mojoroto)"));
        Assert.True(offer.HasButton("Bandar Kidul (Kec. Mojoroto)"));
        Assert.DoesNotContain("kelurahan", bot.ConversationOf()!.Fields.Keys);
    }

    [Fact]
    public async Task Kelurahan_NotInKotaKediri_IsRefusedWithTheExample()
    {
        await using var bot = await TestBot.StartAsync();
        var area = await ProfileScript.UntilAreaAsync(bot);
        await bot.PressAsync(Chat, area.Button(T["profile.area.city"]));

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "Menteng"));

        Assert.Contains(T["profile.kelurahan.unknown"], reply.Text);
        Assert.Contains(T.Format("form.example", T["profile.kelurahan.example"]), reply.Text);
        Assert.Equal(ProfileScript.StepOf("kelurahan"), bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task Back_FromPhoneWhenInTheRegency_ReturnsToTheLocationQuestion()
    {
        await using var bot = await TestBot.StartAsync();
        var area = await ProfileScript.UntilAreaAsync(bot);
        await bot.PressAsync(Chat, area.Button(T["profile.area.regency"]));

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "kembali"));

        Assert.Contains(T["profile.area.prompt"], reply.Text);
        Assert.Equal(ProfileScript.StepOf("area"), bot.ConversationOf()!.Step);
    }

    // Bug: an edit from the summary that makes a skipped question necessary goes straight back to the summary.
    [Fact]
    public async Task Summary_LocationChangedToKotaKediri_AsksTheKelurahanBeforeTheSummary()
    {
        await using var bot = await TestBot.StartAsync();
        await SaveInRegencyAsync(bot);
        var review = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));
        var area = MessageAssertions.Single(await bot.PressAsync(Chat, review.Button(T.Format("form.button.edit", T["profile.area.label"]))));

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, area.Button(T["profile.area.city"])));

        Assert.Contains(T["profile.kelurahan.prompt"], reply.Text);
    }

    // Bug: an edit from the summary that makes a question skipped keeps (and saves) its old answer.
    [Fact]
    public async Task Summary_LocationChangedAwayFromKotaKediri_DropsTheOldKelurahan()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.SaveAsync(bot);
        var review = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));
        var area = MessageAssertions.Single(await bot.PressAsync(Chat, review.Button(T.Format("form.button.edit", T["profile.area.label"]))));
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, area.Button(T["profile.area.regency"])));

        await bot.PressAsync(Chat, summary.Button(T["form.button.save"]));

        var profile = ProfileScript.Saved(bot)!;
        Assert.Equal(ProfileForm.AreaRegency, profile.Area);
        Assert.Null(profile.Kelurahan);
        Assert.Null(profile.Kecamatan);
    }

    private static async Task SaveInRegencyAsync(TestBot bot)
    {
        var area = await ProfileScript.UntilAreaAsync(bot);
        ProfileScript.Expect(await bot.PressAsync(Chat, area.Button(T["profile.area.regency"])), "profile.phone.prompt");
        await FinishFromPhoneAsync(bot);
    }

    private static async Task FinishFromPhoneAsync(TestBot bot)
    {
        ProfileScript.Expect(await bot.SendTextAsync(Chat, ProfileScript.Phone), "profile.nib.prompt");
        var consent = ProfileScript.Expect(await bot.SendTextAsync(Chat, "lewati"), "profile.consent.prompt");
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.yes"])));
        var saved = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T["form.button.save"])));
        Assert.Equal(T.Format("profile.saved", ProfileScript.Owner), saved.Text);
    }
}
