using Bot.Core.Conversations;

namespace Bot.Core.Curation.Photos;

/// <summary>A failed download: the photo is scheduled again, or refused with a tip when retrying cannot help.</summary>
public sealed class PhotoDownloadFailedJob(PhotoIntake intake, int submissionId, int number, DownloadStatus status) : IPipelineJob
{
    public string Name => "curation-photo-failed";

    public void Run(WriterSession session) => intake.Failed(session, submissionId, number, status);
}
