using Bot.Core.Messaging;

namespace Bot.Core.Tests.Support;

/// <summary>Walks a chat through <see cref="TestForm"/> (/uji).</summary>
public static class TestFormScript
{
    public const int Kind = 0;
    public const int Name = 1;
    public const int Note = 2;
    public const int Phone = 3;
    public const int Photos = 4;

    /// <summary>Opens /uji, picks <paramref name="kind"/> ("barang" or "jasa"), names it and skips the note; returns the next question.</summary>
    public static async Task<OutboundMessage> UntilAfterNoteAsync(TestBot bot, string kind, string chat = TestBot.Chat)
    {
        var first = MessageAssertions.Single(await bot.SendTextAsync(chat, "/uji"));
        var label = kind == "jasa" ? "sector.jasa" : "sector.kriya";
        ProfileScript.Expect(await bot.PressAsync(chat, first.Button(Texts.Id[label])), "profile.business.prompt");
        ProfileScript.Expect(await bot.SendTextAsync(chat, "Anyaman Bambu"), "profile.nib.prompt");
        return MessageAssertions.Single(await bot.SendTextAsync(chat, "lewati"));
    }

    /// <summary>Reaches the photo question (as "barang", with a phone number); returns it.</summary>
    public static async Task<OutboundMessage> UntilPhotosAsync(TestBot bot, string chat = TestBot.Chat)
    {
        ProfileScript.Expect([await UntilAfterNoteAsync(bot, "barang", chat)], "profile.phone.prompt");
        return ProfileScript.Expect(await bot.SendTextAsync(chat, ProfileScript.Phone), "command.curation.description");
    }

    /// <summary>Reaches the summary with one photo.</summary>
    public static async Task<OutboundMessage> UntilSummaryAsync(TestBot bot, string chat = TestBot.Chat)
    {
        await UntilPhotosAsync(bot, chat);
        MessageAssertions.Single(await bot.SendPhotoAsync(chat, "p1"));
        return ProfileScript.Expect(await bot.SendTextAsync(chat, "selesai"), "form.summary.question");
    }
}
