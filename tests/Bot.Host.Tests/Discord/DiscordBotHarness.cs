using Bot.Host.Discord.Gateway;
using Bot.Host.Tests.Discord.Fakes;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Discord;

/// <summary>The real bot host with both platforms configured: Telegram at a fake Bot API, Discord at a fake Discord.</summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    public const string QuestionsChannel = "1400000000000000011";
    public const string CurationChannel = "1400000000000000012";
    public const string ModeratorRole = "1400000000000000500";
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    public static readonly FakeMember Moderator = FakeMember.Create("1400000000000000700", "moderator_sri", ModeratorRole);
    public static readonly FakeMember Member = FakeMember.Create("1400000000000000701", "budi_umkm", "1400000000000000501");

    private readonly TempFolder _temp;

    private DiscordBotHarness(FakeDiscordServer discord, FakeBotApiServer telegram, RunningBot bot, TempFolder temp)
    {
        Discord = discord;
        Telegram = telegram;
        Bot = bot;
        _temp = temp;
    }

    public FakeDiscordServer Discord { get; }

    public FakeBotApiServer Telegram { get; }

    public RunningBot Bot { get; }

    /// <summary>
    /// Starts both fakes and the bot, and (unless told not to) waits until the gateway is ready and the slash commands
    /// are registered. <paramref name="prepare"/> sets the fake Discord up before the bot connects; <paramref name="settings"/>
    /// adds or overrides the bot's settings.
    /// </summary>
    public static async Task<DiscordBotHarness> StartAsync(Action<FakeDiscordServer>? prepare = null, IReadOnlyDictionary<string, string?>? settings = null, bool waitUntilReady = true)
    {
        var discord = await FakeDiscordServer.StartAsync(DiscordTestTokens.Bot);
        prepare?.Invoke(discord);
        var telegram = await FakeBotApiServer.StartAsync(TestTokens.Telegram);
        var temp = new TempFolder();
        var values = Settings(discord.ApiBaseUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var bot = await RunningBot.StartAsync(telegram.BaseUrl, temp.File("bot.db"), values);
        var harness = new DiscordBotHarness(discord, telegram, bot, temp);
        if (waitUntilReady)
        {
            await harness.Discord.WaitUntilAsync(() => bot.Get<DiscordGatewayClient>().State == GatewayState.Ready, "the gateway is ready", Wait);
            await harness.Discord.WaitUntilAsync(() => discord.RegisteredCommands is not null, "the slash commands are registered", Wait);
        }

        return harness;
    }

    public static Dictionary<string, string?> Settings(string apiBaseUrl) => new()
    {
        ["Discord:BotToken"] = DiscordTestTokens.Bot,
        ["Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
        ["Discord:GuildId"] = FakeDiscordServer.GuildId,
        ["Discord:MentionChannelId"] = FakeDiscordServer.ChannelId,
        ["Discord:QuestionsChannelId"] = QuestionsChannel,
        ["Discord:CurationChannelId"] = CurationChannel,
        ["Discord:ModeratorRoleIds:0"] = ModeratorRole,
        ["Discord:ApiBaseUrl"] = apiBaseUrl,
    };

    /// <summary>The first message the bot posted in <paramref name="channelId"/> that satisfies <paramref name="predicate"/>.</summary>
    public async Task<RecordedRequest> WaitForPostAsync(string channelId, Func<RecordedRequest, bool>? predicate = null) =>
        (await Discord.WaitForRequestsAsync("POST", DiscordRoutes.ChannelMessages, 1, r => r.RouteValues["channel_id"] == channelId && (predicate?.Invoke(r) ?? true), Wait))[0];

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Discord.DisposeAsync();
        await Telegram.DisposeAsync();
        _temp.Dispose();
    }
}
