using System.Text.Json.Nodes;
using Bot.Host.Discord.Gateway;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>Reconnects: what the client does after op 7, op 9, a zombie connection, drops and close codes.</summary>
public sealed class GatewayResumeTests
{
    [Fact]
    public async Task ServerReconnect_ResumesOnTheResumeUrl_AndEveryEventArrivesOnceInOrder()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();
        var server = discord.Server;
        await DispatchEventsAsync(server, 3);

        await server.SendReconnectAsync();
        await DispatchEventsAsync(server, 3);
        await server.WaitForResumesAsync(1);
        await server.WaitForLiveConnectionAsync();
        var last = await DispatchEventsAsync(server, 2);

        var read = new List<GatewayDispatch>();
        while (read.LastOrDefault()?.Sequence != last)
        {
            read.Add(await discord.NextAsync());
        }

        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], read.Where(d => d.Type == "TEST_EVENT").Select(d => d.Sequence!.Value));
        Assert.Equal(["TEST_EVENT", "TEST_EVENT", "TEST_EVENT", "TEST_EVENT", "TEST_EVENT", "TEST_EVENT", "RESUMED", "TEST_EVENT", "TEST_EVENT"], read.Select(d => d.Type));
        var resume = Assert.Single(server.Resumes).Data!;
        Assert.Equal(server.CurrentSessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(4, resume["seq"]!.GetValue<long>());
        Assert.Equal(DiscordTestTokens.Bot, resume["token"]!.GetValue<string>());
        Assert.Single(server.Identifies);
        var connections = server.Connections;
        Assert.Equal("/resume", connections[1].Path);
        Assert.Equal("v=10&encoding=json", connections[1].Query);
        Assert.Equal(3, connections[1].Replayed);
        Assert.NotNull(connections[0].ClientCloseCode);
        Assert.DoesNotContain(connections[0].ClientCloseCode, new int?[] { 1000, 1001 });
        Assert.Equal(GatewayState.Ready, discord.Gateway.State);
        LogAssert.NoSecrets(discord.Logs);
    }

    [Fact]
    public async Task MissedHeartbeatAck_ClosesWithAResumableCode_AndResumes()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.HeartbeatInterval = TimeSpan.FromMilliseconds(150);
        await discord.ConnectAsync();

        discord.Server.AckHeartbeats = false;
        var zombie = await discord.Server.WaitForClosedConnectionAsync(1);
        discord.Server.AckHeartbeats = true;
        await discord.Server.WaitForResumesAsync(1);
        await discord.Server.WaitForLiveConnectionAsync();
        var sequence = await DispatchEventsAsync(discord.Server, 1);

        var read = await discord.ReadUntilAsync("TEST_EVENT");
        Assert.Equal(sequence, read[^1].Sequence);
        Assert.Contains(read, d => d.Type == GatewayEventNames.Resumed);
        Assert.Null(zombie.ServerCloseCode);
        Assert.NotNull(zombie.ClientCloseCode);
        Assert.DoesNotContain(zombie.ClientCloseCode, new int?[] { 1000, 1001 });
        Assert.Single(discord.Server.Identifies);
        Assert.Contains(discord.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("No heartbeat ACK", StringComparison.Ordinal));
        LogAssert.NoSecrets(discord.Logs);
    }

    [Fact]
    public async Task InvalidSessionNotResumable_LeadsToAFreshIdentifyOnTheGatewayUrl()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();
        var firstSession = discord.Server.CurrentSessionId;

        await discord.Server.SendInvalidSessionAsync(resumable: false);
        var read = await discord.ReadUntilAsync(GatewayEventNames.Ready);

        Assert.Equal(2, discord.Server.Identifies.Count);
        Assert.Empty(discord.Server.Resumes);
        Assert.Equal("/gw", discord.Server.Connections[1].Path);
        Assert.NotEqual(firstSession, discord.Server.CurrentSessionId);
        Assert.Equal(1, read[^1].Sequence);
        Assert.Equal(2, discord.Server.RequestsTo("GET", "/gateway/bot").Count);
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();

        await discord.Server.SendInvalidSessionAsync(resumable: true);

        await discord.ReadUntilAsync(GatewayEventNames.Resumed);
        Assert.Single(discord.Server.Identifies);
        Assert.Single(discord.Server.Resumes);
    }

    [Fact]
    public async Task ResumeRefusedWithInvalidSession_FallsBackToAFreshIdentify()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();
        discord.Server.RejectResumes = true;

        await discord.Server.SendReconnectAsync();
        await discord.ReadUntilAsync(GatewayEventNames.Ready);

        Assert.Single(discord.Server.Resumes);
        Assert.Equal(2, discord.Server.Identifies.Count);
        Assert.Equal(GatewayState.Ready, discord.Gateway.State);
    }

    [Fact]
    public async Task DroppedTcpConnection_Resumes()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();
        await DispatchEventsAsync(discord.Server, 1);
        Assert.Equal(2, (await discord.NextAsync()).Sequence);

        await discord.Server.AbortConnectionAsync();
        await DispatchEventsAsync(discord.Server, 1);

        var read = await discord.ReadUntilAsync(GatewayEventNames.Resumed);
        Assert.Equal([3], read.Where(d => d.Type == "TEST_EVENT").Select(d => d.Sequence!.Value));
        Assert.Equal(2, Assert.Single(discord.Server.Resumes).Data!["seq"]!.GetValue<long>());
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4001, true)]
    [InlineData(1001, true)]
    [InlineData(1000, false)]
    [InlineData(4007, false)]
    [InlineData(4009, false)]
    public async Task ServerCloseCode_LeadsToResumeOrNewSession(int code, bool resumes)
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();

        await discord.Server.CloseConnectionAsync(code);
        await discord.ReadUntilAsync(resumes ? GatewayEventNames.Resumed : GatewayEventNames.Ready);

        Assert.Equal(resumes ? 1 : 2, discord.Server.Identifies.Count);
        Assert.Equal(resumes ? 1 : 0, discord.Server.Resumes.Count);
    }

    private static async Task<long> DispatchEventsAsync(FakeDiscordServer server, int count)
    {
        var last = 0L;
        for (var i = 0; i < count; i++)
        {
            last = await server.DispatchAsync("TEST_EVENT", new JsonObject { ["n"] = i });
        }

        return last;
    }
}
