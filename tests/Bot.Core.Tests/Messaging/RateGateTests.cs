using Bot.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Messaging;

/// <summary>The token bucket on a fake clock: nothing here waits for real time.</summary>
public sealed class RateGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void WaitAsync_WithinThePermits_PassesAtOnce()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(3, TimeSpan.FromSeconds(1), clock);

        var all = new[] { gate.WaitAsync(default), gate.WaitAsync(default), gate.WaitAsync(default) };

        Assert.All(all, t => Assert.True(t.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task WaitAsync_OverThePermits_WaitsUntilTheOldestLeavesTheWindow()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(2, TimeSpan.FromSeconds(1), clock);
        await gate.WaitAsync(default);
        clock.Advance(TimeSpan.FromMilliseconds(400));
        await gate.WaitAsync(default);

        var third = gate.WaitAsync(default);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(599));
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await third.WaitAsync(Patience);
        var fourth = gate.WaitAsync(default);
        Assert.False(fourth.IsCompleted, "the second permit is still inside the window");
        clock.Advance(TimeSpan.FromMilliseconds(400));
        await fourth.WaitAsync(Patience);
    }

    [Fact]
    public async Task PauseFor_StopsEveryAcquisitionUntilThePauseIsOver()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(30, TimeSpan.FromSeconds(1), clock);
        gate.PauseFor(TimeSpan.FromSeconds(5));

        var waiting = gate.WaitAsync(default);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(Patience);
    }

    [Fact]
    public async Task PauseFor_AShorterPauseDuringALongerOne_DoesNotShortenIt()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(30, TimeSpan.FromSeconds(1), clock);
        gate.PauseFor(TimeSpan.FromSeconds(10));
        gate.PauseFor(TimeSpan.FromSeconds(2));

        var waiting = gate.WaitAsync(default);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(7));

        await waiting.WaitAsync(Patience);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileWaiting_Throws()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(1, TimeSpan.FromSeconds(1), clock);
        await gate.WaitAsync(default);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.WaitAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
    }

    [Fact]
    public async Task EnterAsync_APermitHeldUntilReleased_CountsItsWindowFromTheRelease()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(1, TimeSpan.FromSeconds(1), clock);
        var lease = await gate.EnterAsync(bulk: false, default);

        var next = gate.EnterAsync(bulk: false, default);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.False(next.IsCompleted, "the first request has not completed yet");
        lease.Dispose();
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted, "a second has not passed since the first request completed");
        clock.Advance(TimeSpan.FromMilliseconds(1));

        (await next.WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task EnterAsync_ABulkSend_LetsAWaitingReplyGoFirst()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(1, TimeSpan.FromSeconds(1), clock);
        await gate.WaitAsync(default);
        var bulk = gate.EnterAsync(bulk: true, default);
        var reply = gate.EnterAsync(bulk: false, default);

        clock.Advance(TimeSpan.FromSeconds(1));
        (await reply.WaitAsync(Patience)).Dispose();
        Assert.False(bulk.IsCompleted, "the reply took the permit");
        clock.Advance(TimeSpan.FromSeconds(1));

        (await bulk.WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task Seed_SendsOfAnEarlierRun_FillTheWindowUntilTheyAgeOut()
    {
        var clock = new FakeTimeProvider();
        var gate = new RateGate(2, TimeSpan.FromSeconds(1), clock);
        gate.Seed([TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(5)]);

        var first = gate.WaitAsync(default);
        clock.Advance(TimeSpan.FromMilliseconds(399));
        Assert.False(first.IsCompleted, "both seeded sends are still inside the window");
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await first.WaitAsync(Patience);
    }
}
