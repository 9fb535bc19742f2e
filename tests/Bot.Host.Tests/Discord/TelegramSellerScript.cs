using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Storage;
using Bot.Host.Tests.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>A Telegram seller with a saved profile who sends a product with photos for curation through the fake Bot API.</summary>
internal sealed class TelegramSellerScript(DiscordBotHarness h)
{
    public const long Seller = 5551001;
    public const string Business = "Tahu Takwa Bu Siti";
    public const string Product = "Keripik Tempe Sagu";

    public static string ChatId => Seller.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<RecordedCall> SentToSeller => [.. h.Telegram.CallsTo("sendMessage").Where(c => c.Succeeded && ToSeller(c))];

    public static bool ToSeller(RecordedCall call) => call.Parameters["chat_id"]!.ToString() == ChatId;

    /// <summary>Saves the profile, answers the /kurasi form by typing, sends the photos as one album and saves.</summary>
    public async Task SubmitAsync(IReadOnlyList<byte[]> images)
    {
        ProfileStore.Collection(h.Bot.Get<BotDatabase>()).Upsert(new SellerProfile
        {
            Id = SellerProfile.KeyOf(Platform.Telegram, ChatId),
            Platform = Platform.Telegram,
            UserId = ChatId,
            ChatId = ChatId,
            OwnerName = "Siti Aminah",
            BusinessName = Business,
            Sector = "kuliner",
            Area = "kota",
            Phone = "+6281234567890",
        });
        foreach (var answer in new[] { "/kurasi", Product, "1", "Keripik tempe renyah dari kedelai lokal, 200 g", "Rp 25.000", "500 bungkus", "PIRT, halal" })
        {
            await SayAsync(answer);
        }

        for (var i = 0; i < images.Count; i++)
        {
            h.Telegram.AddFile($"large-{i}", images[i]);
            h.Telegram.EnqueuePhoto(Seller, Seller, images.Count > 1 ? "album-1" : null, ($"thumb-{i}", $"ut-{i}", 90, 90, 900), ($"large-{i}", $"ul-{i}", 1280, 1280, images[i].Length));
        }

        await SayAsync("selesai");
        await SayAsync("simpan");
    }

    private async Task SayAsync(string text)
    {
        var before = SentToSeller.Count;
        h.Telegram.EnqueueText(Seller, Seller, text);
        await h.Telegram.WaitForCallsAsync("sendMessage", before + 1, DiscordBotHarness.Wait, ToSeller);
    }
}
