using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Broadcast;

/// <summary>The messages of a broadcast: what recipients get (the admin's preview is the same), and the admin's reports.</summary>
public static class BroadcastMessages
{
    public const int MaxText = 3500;

    /// <summary>The admin's words under a header in the recipient's language; the photo only on the admin's platform.</summary>
    public static OutboundMessage ForRecipient(Localizer t, BroadcastRun run, Platform platform) => new()
    {
        Text = t["broadcast.header"] + "\n\n" + run.Text,
        Files = run.PhotoFileId is { } photo && platform == run.AdminPlatform
            ? [new OutboundFile { Kind = FileKind.Photo, PlatformFileId = photo }]
            : [],
    };

    public static OutboundMessage Progress(Localizer t, BroadcastRun run) => new()
    {
        Text = t.Format("broadcast.progress", run.Id, run.Done, run.Total, run.Sent, run.Failed, run.Blocked),
        Buttons = [[new Button(t["broadcast.stop_button"], $"/{BroadcastCancelCommand.Name} {run.Id}")]],
        EditMessageId = run.ProgressMessageId,
    };

    public static OutboundMessage Finished(Localizer t, BroadcastRun run) => OutboundMessage.Plain(t.Format(
        run.Status == BroadcastStatus.Cancelled ? "broadcast.cancelled" : "broadcast.finished",
        run.Id, run.Total, run.Sent, run.Failed, run.Blocked, run.Dropped, run.SkippedBlocked));
}
