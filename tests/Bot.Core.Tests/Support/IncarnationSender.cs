using Bot.Core.Messaging;

namespace Bot.Core.Tests.Support;

/// <summary>
/// The sender one run of the services sees. When that run "dies" the port goes dead: whatever the old
/// dispatcher still tries to send never reaches the recorder, as if the process were gone.
/// </summary>
internal sealed class IncarnationSender(FakeMessageSender recorder) : IMessageSender
{
    private volatile bool _dead;

    public Platform Platform => recorder.Platform;

    public void Kill() => _dead = true;

    public async Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        if (_dead)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await recorder.SendAsync(envelope, cancellationToken);
    }
}
