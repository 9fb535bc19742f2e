using Bot.Core.Conversations;

namespace Bot.Core.Tests.Training;

/// <summary>Test data written the way the bot writes: on the writer thread, inside a batch transaction.</summary>
internal sealed class WriteJob(Action<WriterSession> write) : IPipelineJob
{
    public string Name => "test-write";

    public void Run(WriterSession session) => write(session);
}
