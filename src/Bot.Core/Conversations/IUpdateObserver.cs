namespace Bot.Core.Conversations;

/// <summary>
/// Sees every update before it is routed, on the writer thread inside the batch (e.g. to notice that someone who
/// blocked the bot writes again). No I/O, and cheap: it runs for every message.
/// </summary>
public interface IUpdateObserver
{
    void Seen(UpdateContext context);
}
