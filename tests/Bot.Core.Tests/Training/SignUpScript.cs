using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Bot.Core.Training;

namespace Bot.Core.Tests.Training;

/// <summary>Walks a seller through /daftar with the real form.</summary>
internal static class SignUpScript
{
    private static readonly Localizer T = Texts.Id;

    /// <summary>/daftar, the programme, the session; returns the question after the session.</summary>
    public static async Task<OutboundMessage> ChooseSessionAsync(TestBot bot, string chat, TrainingSession session)
    {
        var programs = MessageAssertions.Single(await bot.SendTextAsync(chat, "/daftar"));
        Assert.Contains(T["training.signup.program.prompt"], programs.Text);
        var sessions = MessageAssertions.Single(await bot.PressAsync(chat, programs.Choice(session.ProgramId)));
        Assert.Contains(T.Format("training.signup.session.prompt", TrainingBot.ProgramName), sessions.Text);
        return MessageAssertions.Single(await bot.PressAsync(chat, sessions.Choice(session.Id)));
    }

    /// <summary>A seller with a saved profile reaches the summary ("pakai data ini").</summary>
    public static async Task<OutboundMessage> UntilSummaryAsync(TestBot bot, string chat, TrainingSession session)
    {
        var next = await ChooseSessionAsync(bot, chat, session);
        if (next.Text!.Contains(T["training.signup.waitlist.prompt"], StringComparison.Ordinal))
        {
            next = MessageAssertions.Single(await bot.PressAsync(chat, next.Button(T["training.signup.waitlist.yes"])));
        }

        Assert.Contains(T["training.signup.profile.use"], string.Join("|", next.AllButtons.Select(b => b.Label)));
        return ProfileScript.Expect(await bot.PressAsync(chat, next.Button(T["training.signup.profile.use"])), "form.summary.question");
    }

    /// <summary>Saves a profile for the chat, then signs up for the session; returns the confirmation.</summary>
    public static async Task<OutboundMessage> SignUpAsync(TestBot bot, string chat, TrainingSession session, bool withProfile = true)
    {
        if (withProfile && ProfileScript.Saved(bot, chat) is null)
        {
            await ProfileScript.SaveAsync(bot, chat);
        }

        var summary = await UntilSummaryAsync(bot, chat, session);
        return MessageAssertions.Single(await bot.PressAsync(chat, summary.Button(T["form.button.save"])));
    }
}
