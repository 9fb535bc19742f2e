namespace Bot.Core.Conversations;

/// <summary>
/// Work that is not a user's update but must write through the pipeline (timers, acknowledgements,
/// results of downloads). Runs on the writer thread inside the batch transaction: no I/O, no waiting.
/// </summary>
public interface IPipelineJob
{
    string Name { get; }

    void Run(WriterSession session);
}
