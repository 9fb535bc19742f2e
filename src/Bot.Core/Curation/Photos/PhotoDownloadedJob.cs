using Bot.Core.Conversations;

namespace Bot.Core.Curation.Photos;

/// <summary>A downloaded photo's bytes, judged and stored on the writer thread.</summary>
public sealed class PhotoDownloadedJob(PhotoIntake intake, int submissionId, int number, byte[] content) : IPipelineJob
{
    public string Name => "curation-photo-downloaded";

    public void Run(WriterSession session) => intake.Downloaded(session, submissionId, number, content);
}
