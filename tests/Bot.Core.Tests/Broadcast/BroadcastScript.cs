using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Broadcast;

/// <summary>Sellers put straight into the database, and an admin going through /broadcast.</summary>
internal static class BroadcastScript
{
    public const string Admin = "9001";
    private static readonly Localizer T = Texts.Id;

    public static void SeedSellers(TestBot bot, IEnumerable<string> chats, bool consent = true)
    {
        var sellers = ProfileStore.Collection(bot.Database);
        foreach (var chat in chats)
        {
            sellers.Insert(new SellerProfile
            {
                Id = SellerProfile.KeyOf(Platform.Local, chat),
                Platform = Platform.Local,
                UserId = chat,
                ChatId = chat,
                OwnerName = "Penjual " + chat,
                BusinessName = "Usaha " + chat,
                Phone = "+62812000" + chat,
                ConsentUtc = consent ? new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) : default,
                ConsentVersion = consent ? ProfileForm.ConsentVersion : string.Empty,
            });
        }
    }

    public static IEnumerable<string> Chats(int first, int count) =>
        Enumerable.Range(first, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Writes the message, picks all consenting sellers, saves; returns the preview replies (the message, then the count).</summary>
    public static async Task<IReadOnlyList<OutboundMessage>> ComposeAsync(TestBot bot, string text)
    {
        await bot.SendTextAsync(Admin, "/broadcast");
        var audience = MessageAssertions.Single(await bot.SendTextAsync(Admin, text));
        var summary = MessageAssertions.Single(await bot.PressAsync(Admin, audience.Button(T["broadcast.audience.sellers"])));
        return await bot.PressAsync(Admin, summary.Button(T["form.button.save"]));
    }

    /// <summary>Composes and presses "send"; returns the id of the broadcast.</summary>
    public static async Task<long> BroadcastAsync(TestBot bot, string text)
    {
        var preview = await ComposeAsync(bot, text);
        var send = preview[^1].Button("📤");
        await bot.PressAsync(Admin, send);
        return long.Parse(send.Data.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task WaitForReportAsync(TestBot bot, string key, long id) =>
        TestBot.WaitUntilAsync(
            () => bot.Sender.DeliveredTo(Admin).Any(e => e.Message.Text?.StartsWith(T.Format(key, id, 0, 0, 0, 0, 0, 0).Split('\n')[0] + "\n", StringComparison.Ordinal) == true),
            $"the {key} report of broadcast {id}");

    public static IReadOnlyList<string> Recipients(TestBot bot, string text) =>
        [.. bot.Sender.Delivered.Where(e => e.Chat.ChatId != Admin && e.Message.Text?.EndsWith(text, StringComparison.Ordinal) == true).Select(e => e.Chat.ChatId)];
}
