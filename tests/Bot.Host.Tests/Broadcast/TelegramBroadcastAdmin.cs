using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Host.Tests.Fakes;
using LiteDB;

namespace Bot.Host.Tests.Broadcast;

/// <summary>
/// An admin going through /broadcast on the fake Bot API server, pressing the bot's real buttons, and the sellers
/// put straight into the database file before the bot starts. Also used by the broadcast benchmark (linked there).
/// </summary>
public sealed class TelegramBroadcastAdmin(FakeBotApiServer server, long adminId)
{
    private static readonly Localizer T = new TextCatalog().For(Languages.Indonesian);
    private int _seen;

    public long AdminId => adminId;

    /// <summary>Inserts consenting sellers, one Telegram private chat each, into a database file no bot has open.</summary>
    public static void SeedSellers(string databasePath, IEnumerable<long> chatIds)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        using var db = new LiteDatabase(new ConnectionString { Filename = databasePath, Connection = ConnectionType.Direct }, new BsonMapper { EnumAsInteger = false })
        {
            UtcDate = true,
        };
        var consent = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        db.GetCollection<SellerProfile>("sellers").InsertBulk(chatIds.Select(chat =>
        {
            var id = chat.ToString(CultureInfo.InvariantCulture);
            return new SellerProfile
            {
                Id = SellerProfile.KeyOf(Platform.Telegram, id),
                Platform = Platform.Telegram,
                UserId = id,
                ChatId = id,
                OwnerName = "Penjual " + id,
                BusinessName = "Usaha " + id,
                Sector = "makanan",
                Area = ProfileForm.AreaCity,
                Phone = "+628123" + id[^6..],
                ConsentUtc = consent,
                ConsentVersion = ProfileForm.ConsentVersion,
                CreatedUtc = consent,
                UpdatedUtc = consent,
            };
        }));
    }

    /// <summary>/broadcast, the text, all consenting sellers, save: returns the preview with the send button.</summary>
    public async Task<RecordedCall> ComposeAsync(string text, TimeSpan timeout)
    {
        server.EnqueueText(adminId, adminId, "/broadcast");
        await NextAsync(T["broadcast.message.prompt"], timeout).ConfigureAwait(false);
        server.EnqueueText(adminId, adminId, text);
        var audience = await NextAsync(T["broadcast.audience.prompt"], timeout).ConfigureAwait(false);
        Press(audience, T["broadcast.audience.sellers"]);
        var summary = await NextAsync(T.Format("form.summary.title", T["broadcast.title"]), timeout).ConfigureAwait(false);
        Press(summary, T["form.button.save"]);
        return await NextAsync(T["broadcast.preview"].Split('{')[0], timeout).ConfigureAwait(false);
    }

    public void PressSend(RecordedCall preview) => Press(preview, "📤");

    /// <summary>The next message to the admin (after those already returned) containing the fragment.</summary>
    public async Task<RecordedCall> NextAsync(string fragment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var calls = server.CallsTo("sendMessage").Where(c => c.Succeeded && c.ChatId == adminId).ToList();
            for (var i = _seen; i < calls.Count; i++)
            {
                if (calls[i].Text?.Contains(fragment, StringComparison.Ordinal) == true)
                {
                    _seen = i + 1;
                    return calls[i];
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The admin never got a message containing '{fragment}'. Got:\n{string.Join("\n---\n", calls.Skip(_seen).Select(c => c.Text))}");
            }

            // Not faster: every look copies the fake's whole call list, thousands of calls in a broadcast.
            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>How many successful sends of the broadcast text each chat got (the admin's preview left out).</summary>
    public Dictionary<long, int> Deliveries(string text) =>
        server.CallsTo("sendMessage")
            .Where(c => c.Succeeded && c.ChatId is { } chat && chat != adminId && c.Text?.EndsWith(text, StringComparison.Ordinal) == true)
            .GroupBy(c => c.ChatId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());

    private void Press(RecordedCall message, string labelPart)
    {
        var buttons = message.Parameters["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).OfType<JsonObject>().ToList() ?? [];
        var button = buttons.FirstOrDefault(b => b["text"]!.GetValue<string>().Contains(labelPart, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button '{labelPart}' under: {message.Text}");
        var messageId = (int)message.Result!["message_id"]!.GetValue<long>();
        server.EnqueueCallback(adminId, adminId, button["callback_data"]!.GetValue<string>(), messageId);
    }
}
