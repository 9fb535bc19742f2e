using Bot.Host.Discord.Models;
using Bot.Host.Discord.Rest;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>429s, bucket headers and the global limit. Only lower bounds on time are asserted.</summary>
public sealed class RestRateLimitTests
{
    private const string Messages = "/channels/{channel_id}/messages";
    private const string Message = "/channels/{channel_id}/messages/{message_id}";
    private const string OtherChannel = "1400000000000000011";

    [Fact]
    public async Task TooManyRequests_IsRetriedNotBeforeRetryAfter()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.FailNextWithRateLimit("POST", Messages, TimeSpan.FromMilliseconds(600));

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("Halo"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        var requests = discord.Server.RequestsTo("POST", Messages);
        Assert.Equal([429, 200], requests.Select(r => r.StatusCode));
        AssertGap(requests[0], requests[1], TimeSpan.FromMilliseconds(600));
        Assert.Contains(discord.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("rate limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GlobalTooManyRequests_HoldsRequestsOnOtherRoutesToo()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.FailNextWithRateLimit("POST", Messages, TimeSpan.FromMilliseconds(700), global: true);

        var first = discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("satu"), CancellationToken.None);
        var limited = await discord.Server.WaitForAsync(() => discord.Server.RequestsTo("POST", Messages).FirstOrDefault(r => r.StatusCode == 429), "the global 429");
        await discord.Server.WaitUntilAsync(() => discord.Logs.All.Contains("(scope global)", StringComparison.Ordinal), "the client to take in the global 429");
        var other = await discord.Rest.CreateMessageAsync(OtherChannel, MessagePayload.Text("dua"), CancellationToken.None);
        await first;

        Assert.True(other.IsSuccess, other.ToString());
        var otherRequest = Assert.Single(discord.Server.RequestsTo("POST", Messages), r => r.RouteValues["channel_id"] == OtherChannel);
        AssertGap(limited, otherRequest, TimeSpan.FromMilliseconds(700));
    }

    [Fact]
    public async Task EmptyBucket_HoldsTheNextRequestUntilItsReset_WithoutA429()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.SetRouteLimit("POST", Messages, limit: 1, resetAfter: TimeSpan.FromMilliseconds(600));

        var first = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("satu"), CancellationToken.None);
        var second = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("dua"), CancellationToken.None);
        var elsewhere = await discord.Rest.CreateMessageAsync(OtherChannel, MessagePayload.Text("tiga"), CancellationToken.None);

        Assert.True(first.IsSuccess && second.IsSuccess && elsewhere.IsSuccess);
        Assert.Equal(0, discord.Server.RateLimitViolations);
        var requests = discord.Server.RequestsTo("POST", Messages);
        AssertGap(requests[0], requests[1], TimeSpan.FromMilliseconds(600));
    }

    [Fact]
    public async Task RoutesSharingABucket_CountTogether()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.SetRouteLimit("POST", Messages, limit: 2, resetAfter: TimeSpan.FromMilliseconds(800), bucket: "shared-bucket");
        discord.Server.SetRouteLimit("PATCH", Message, limit: 2, resetAfter: TimeSpan.FromMilliseconds(800), bucket: "shared-bucket");

        var created = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("satu"), CancellationToken.None);
        var edited = await discord.Rest.EditMessageAsync(FakeDiscordServer.ChannelId, created.Value!.Id, MessagePayload.Text("satu (diubah)"), CancellationToken.None);
        var third = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("dua"), CancellationToken.None);

        Assert.True(edited.IsSuccess && third.IsSuccess);
        Assert.Equal(0, discord.Server.RateLimitViolations);
        var creates = discord.Server.RequestsTo("POST", Messages);
        AssertGap(creates[0], creates[1], TimeSpan.FromMilliseconds(800));
    }

    [Fact]
    public async Task LongRetryAfter_IsHandedBackAsRateLimited()
    {
        await using var discord = await DiscordHarness.StartAsync(o => o.MaxRateLimitWaitSeconds = 1);
        discord.Server.FailNextWithRateLimit("POST", Messages, TimeSpan.FromSeconds(30));

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("Halo"), CancellationToken.None);

        Assert.Equal(DiscordRestStatus.RateLimited, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), result.RetryAfter);
        Assert.Single(discord.Server.RequestsTo("POST", Messages));
    }

    // Kestrel stamps arrival a little after the client's wait ends; allow 50 ms for clock granularity.
    private static void AssertGap(RecordedRequest earlier, RecordedRequest later, TimeSpan atLeast) =>
        Assert.True(later.At - earlier.At >= atLeast - TimeSpan.FromMilliseconds(50), $"the second request came {(later.At - earlier.At).TotalMilliseconds:0} ms after the first; expected at least {atLeast.TotalMilliseconds:0} ms");
}
