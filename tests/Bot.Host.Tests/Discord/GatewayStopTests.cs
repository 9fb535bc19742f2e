using Bot.Host.Discord.Gateway;

namespace Bot.Host.Tests.Discord;

/// <summary>When the client must stop for good, and how it stops on shutdown.</summary>
public sealed class GatewayStopTests
{
    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task FatalCloseCode_StopsTheClientWithAClearLogLine_AndNoRetry(int code, string meaning)
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.IdentifyCloseCode = code;

        discord.StartGateway();
        await discord.Run.WaitAsync(DiscordHarness.Wait);
        await Task.Delay(500); // ten times the first retry delay of these tests

        Assert.Single(discord.Server.Connections);
        Assert.Single(discord.Server.Identifies);
        Assert.Equal(GatewayState.Stopped, discord.Gateway.State);
        Assert.Equal(code, discord.Gateway.FatalCloseCode);
        Assert.True(discord.Gateway.Dispatches.Completion.IsCompleted);
        var line = Assert.Single(discord.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains($"code {code} ({meaning})", line, StringComparison.Ordinal);
        Assert.Contains("will not retry", line, StringComparison.Ordinal);
        LogAssert.NoSecrets(discord.Logs);
    }

    [Fact]
    public async Task TokenRefusedByRest_StopsBeforeConnecting()
    {
        await using var discord = await DiscordHarness.StartAsync(o => o.BotToken = "MTQwMDAwMDAwMDAwMDAwMDA5.GwRoNg.wrongTokenForTestsOnly_abcdefghijklmn");

        discord.StartGateway();
        await discord.Run.WaitAsync(DiscordHarness.Wait);

        Assert.Empty(discord.Server.Connections);
        Assert.Equal(401, Assert.Single(discord.Server.RequestsTo("GET", "/gateway/bot")).StatusCode);
        Assert.Equal(GatewayState.Stopped, discord.Gateway.State);
        Assert.Null(discord.Gateway.FatalCloseCode);
        Assert.Contains("401", discord.Gateway.StopReason, StringComparison.Ordinal);
        Assert.Contains(discord.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("rejected the bot token (401)", StringComparison.Ordinal));
        Assert.DoesNotContain("wrongTokenForTestsOnly", discord.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutdown_ClosesWithNormalClosure_AndCompletesTheDispatches()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();

        await discord.StopAsync();

        var closed = await discord.Server.WaitForClosedConnectionAsync(1);
        Assert.Equal(1000, closed.ClientCloseCode);
        Assert.Equal(GatewayState.Stopped, discord.Gateway.State);
        Assert.True(discord.Gateway.Dispatches.Completion.IsCompleted);
        Assert.Null(discord.Gateway.FatalCloseCode);
    }

    [Fact]
    public async Task UsedUpSessionStartBudget_WaitsForItsResetBeforeIdentifying()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.SessionStartRemaining = 0;
        discord.Server.SessionStartResetAfter = TimeSpan.FromMilliseconds(1200);

        discord.StartGateway();
        var firstAsk = (await discord.Server.WaitForRequestsAsync("GET", "/gateway/bot", 1))[0];
        discord.Server.SessionStartRemaining = 10;
        var identify = (await discord.Server.WaitForIdentifiesAsync(1))[0];

        Assert.True(identify.At - firstAsk.At >= TimeSpan.FromMilliseconds(1100), $"identified after {(identify.At - firstAsk.At).TotalMilliseconds:0} ms");
        Assert.Contains(discord.Logs.Lines, l => l.Contains("IDENTIFY budget is used up", StringComparison.Ordinal));
    }
}
