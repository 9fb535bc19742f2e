using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Tests.Support;

/// <summary>Walks a chat through the real /profil form with valid answers, checking each question on the way.</summary>
public static class ProfileScript
{
    public const string Owner = "Siti Aminah";
    public const string Business = "Tahu Takwa Bu Siti";
    public const string Kelurahan = "Bandar Lor";
    public const string Phone = "0812 3456 7890";
    public const string PhoneE164 = "+6281234567890";

    /// <summary>The position of a profile field, e.g. "phone".</summary>
    public static int StepOf(string key)
    {
        var fields = ProfileForm.ProfileFields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Key == key)
            {
                return i;
            }
        }

        throw new ArgumentException($"The profile has no field {key}.", nameof(key));
    }

    /// <summary>Opens /profil and answers owner and business; returns the sector question.</summary>
    public static async Task<OutboundMessage> UntilSectorAsync(TestBot bot, string chat = TestBot.Chat)
    {
        Expect(await bot.SendTextAsync(chat, "/profil"), "profile.owner.prompt");
        Expect(await bot.SendTextAsync(chat, Owner), "profile.business.prompt");
        return Expect(await bot.SendTextAsync(chat, Business), "profile.sector.prompt");
    }

    /// <summary>Answers the sector; returns the location question.</summary>
    public static async Task<OutboundMessage> UntilAreaAsync(TestBot bot, string chat = TestBot.Chat)
    {
        var sector = await UntilSectorAsync(bot, chat);
        return Expect(await bot.PressAsync(chat, sector.Button(Texts.Id["sector.kuliner"])), "profile.area.prompt");
    }

    /// <summary>Answers up to the phone question (Kota Kediri, kelurahan Bandar Lor) and returns it.</summary>
    public static async Task<OutboundMessage> UntilPhoneAsync(TestBot bot, string chat = TestBot.Chat)
    {
        var area = await UntilAreaAsync(bot, chat);
        Expect(await bot.PressAsync(chat, area.Button(Texts.Id["profile.area.city"])), "profile.kelurahan.prompt");
        return Expect(await bot.SendTextAsync(chat, Kelurahan), "profile.phone.prompt");
    }

    /// <summary>Answers up to (and including) skipping the NIB; returns the consent question.</summary>
    public static async Task<OutboundMessage> UntilConsentAsync(TestBot bot, string chat = TestBot.Chat)
    {
        await UntilPhoneAsync(bot, chat);
        Expect(await bot.SendTextAsync(chat, Phone), "profile.nib.prompt");
        return Expect(await bot.SendTextAsync(chat, "lewati"), "profile.consent.prompt");
    }

    /// <summary>Answers everything with consent; returns the summary.</summary>
    public static async Task<OutboundMessage> UntilSummaryAsync(TestBot bot, string chat = TestBot.Chat)
    {
        var consent = await UntilConsentAsync(bot, chat);
        return Expect(await bot.PressAsync(chat, consent.Button(Texts.Id["profile.consent.yes"])), "form.summary.question");
    }

    /// <summary>Fills in and saves a profile; returns the confirmation.</summary>
    public static async Task<OutboundMessage> SaveAsync(TestBot bot, string chat = TestBot.Chat)
    {
        var summary = await UntilSummaryAsync(bot, chat);
        return MessageAssertions.Single(await bot.PressAsync(chat, summary.Button(Texts.Id["form.button.save"])));
    }

    public static SellerProfile? Saved(TestBot bot, string chat = TestBot.Chat) =>
        ProfileStore.Collection(bot.Database).FindById(SellerProfile.KeyOf(Platform.Local, chat));

    /// <summary>The single reply, which must end with (contain, for the summary) the text of <paramref name="key"/>.</summary>
    public static OutboundMessage Expect(IReadOnlyList<OutboundMessage> replies, string key)
    {
        var reply = MessageAssertions.Single(replies);
        Assert.Contains(Texts.Id[key], reply.Text);
        return reply;
    }
}
