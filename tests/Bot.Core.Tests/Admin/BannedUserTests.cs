using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Admin;

public sealed class BannedUserTests
{
    private const string Banned = "6666";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task BannedUser_IsToldOnce_ThenIgnored_EvenAfterARestart()
    {
        await using var bot = await StartAsync();

        var first = MessageAssertions.Single(await bot.SendTextAsync(Banned, "/start"));
        Assert.Equal(T["admin.banned"], first.Text);
        Assert.Empty(await bot.SendTextAsync(Banned, "halo"));
        Assert.Empty(await bot.SendTextAsync(Banned, "/profil"));
        await bot.RestartAsync();
        Assert.Empty(await bot.SendTextAsync(Banned, "cara ekspor kopi?"));
        Assert.Empty(await bot.PressAsync(Banned, "/bantuan"));

        Assert.Single(bot.RepliesTo(Banned));
        Assert.False(bot.ConversationOf(Banned)!.InForm);
    }

    [Fact]
    public async Task BannedUser_KeepsTheirDataRights()
    {
        await using var bot = await StartAsync();
        MessageAssertions.Single(await bot.SendTextAsync(Banned, "halo"));

        var export = MessageAssertions.Single(await bot.SendTextAsync(Banned, "/datasaya"));
        var notice = MessageAssertions.Single(await bot.SendTextAsync(Banned, "/privasi"));
        var erase = MessageAssertions.Single(await bot.SendTextAsync(Banned, "/hapusdata"));

        Assert.Single(export.Files);
        Assert.Contains(T.Format("privacy.notice", ProfileForm.ConsentVersion), notice.Text);
        Assert.Equal(T["privacy.erase_confirm"], erase.Text);
    }

    [Fact]
    public async Task OtherUsers_AreServedAsUsual()
    {
        await using var bot = await StartAsync();
        await bot.SendTextAsync(Banned, "/start");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(TestBot.Chat, "/start"));

        Assert.NotEqual(T["admin.banned"], reply.Text);
        Assert.Null(ProfileStore.Collection(bot.Database).FindById(SellerProfile.KeyOf(Platform.Local, TestBot.Chat)));
    }

    private static Task<TestBot> StartAsync() =>
        TestBot.StartAsync(o => o.Settings["Roles:Banned:0"] = $"{Platform.Local}:{Banned}");
}
