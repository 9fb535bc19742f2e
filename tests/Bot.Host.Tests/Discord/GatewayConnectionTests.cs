using System.Text.Json.Nodes;
using Bot.Host.Discord.Gateway;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>The real gateway client against the fake gateway: connecting, identifying, heartbeats.</summary>
public sealed class GatewayConnectionTests
{
    [Fact]
    public async Task Connect_AsksRestForTheGateway_IdentifiesWithGuildMessagesOnly_AndDeliversReady()
    {
        await using var discord = await DiscordHarness.StartAsync();

        var ready = await discord.ConnectAsync();

        var gatewayBot = Assert.Single(discord.Server.RequestsTo("GET", "/gateway/bot"));
        Assert.Equal("Bot " + DiscordTestTokens.Bot, gatewayBot.Authorization);
        Assert.Matches(@"^DiscordBot \(https://\S+, \d+\.\d+\.\d+\)$", gatewayBot.UserAgent);
        var connection = Assert.Single(discord.Server.Connections);
        Assert.Equal("/gw", connection.Path);
        Assert.Equal("v=10&encoding=json", connection.Query);
        var identify = Assert.Single(discord.Server.Identifies).Data!;
        Assert.Equal(DiscordTestTokens.Bot, identify["token"]!.GetValue<string>());
        Assert.Equal(512, identify["intents"]!.GetValue<int>());
        Assert.All(["os", "browser", "device"], p => Assert.False(string.IsNullOrEmpty(identify["properties"]![p]!.GetValue<string>())));
        Assert.Equal(1, ready.Sequence);
        Assert.Equal(discord.Server.CurrentSessionId, ready.Data.GetProperty("session_id").GetString());
        Assert.Equal(GatewayState.Ready, discord.Gateway.State);
        Assert.Equal(FakeDiscordServer.BotUserId, discord.Gateway.BotUserId);
        LogAssert.NoSecrets(discord.Logs);
    }

    [Fact]
    public async Task WithoutAMentionChannel_TheBotAsksForNoIntentsAtAll()
    {
        await using var discord = await DiscordHarness.StartAsync(o => o.MentionChannelId = null);

        await discord.ConnectAsync();

        Assert.Equal(0, Assert.Single(discord.Server.Identifies).Data!["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Heartbeats_CarryTheLastSequence_AndTheirAcksAreTracked()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.HeartbeatInterval = TimeSpan.FromMilliseconds(150);
        await discord.ConnectAsync();

        var sequence = await discord.Server.DispatchAsync("TYPING_START", new JsonObject { ["channel_id"] = FakeDiscordServer.ChannelId });
        Assert.Equal(sequence, (await discord.NextAsync()).Sequence);
        var seen = discord.Server.Heartbeats.Count;
        var beats = await discord.Server.WaitForHeartbeatsAsync(seen + 2);

        Assert.Equal(sequence, beats[^1].Data!.GetValue<long>());
        Assert.All(beats, b => Assert.Contains(b.Data?.GetValue<long>(), new long?[] { null, 1, sequence }));
        Assert.NotNull(discord.Gateway.HeartbeatLatency);
        Assert.True(Assert.Single(discord.Server.Connections).IsOpen, "no reconnect while ACKs come");
    }

    [Fact]
    public async Task HeartbeatRequestFromDiscord_IsAnsweredAtOnce()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.HeartbeatInterval = TimeSpan.FromSeconds(60);
        await discord.ConnectAsync();

        await discord.Server.RequestHeartbeatAsync();

        await discord.Server.WaitUntilAsync(() => discord.Server.Heartbeats.Any(b => b.AfterRequest), "a heartbeat answering op 1");
    }

    [Fact]
    public async Task HeartbeatRequestsInABurst_NeverPushTheClientOverTheSendLimit()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.HeartbeatInterval = TimeSpan.FromSeconds(60);
        await discord.ConnectAsync();

        for (var i = 0; i < 200; i++)
        {
            await discord.Server.RequestHeartbeatAsync();
        }

        await discord.Server.WaitUntilAsync(() => discord.Server.Heartbeats.Any(b => b.AfterRequest), "a heartbeat answering op 1");
        await Task.Delay(300);

        var connection = Assert.Single(discord.Server.Connections);
        Assert.True(connection.IsOpen, $"closed with {connection.ServerCloseCode}");
        Assert.InRange(discord.Server.ClientPayloads.Count, 2, 120);
    }
}
