using Bot.Core.Conversations;

namespace Bot.Core.Broadcast;

public sealed class BroadcastTickJob(BroadcastService broadcasts) : IPipelineJob
{
    public string Name => "broadcast-tick";

    public void Run(WriterSession session) => broadcasts.Tick(session);
}
