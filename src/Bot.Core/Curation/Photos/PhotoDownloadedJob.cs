using Bot.Core.Conversations;

namespace Bot.Core.Curation.Photos;

/// <summary>A downloaded photo, already prepared by the worker: checked for duplicates and stored on the writer thread.</summary>
public sealed class PhotoDownloadedJob(PhotoIntake intake, int submissionId, int number, PreparedPhoto photo) : IPipelineJob
{
    public string Name => "curation-photo-downloaded";

    public void Run(WriterSession session) => intake.Downloaded(session, submissionId, number, photo);
}
