using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Storage;

namespace Bot.Core.Curation.Export;

/// <summary>/eksporkurasi: admins get every submission and decision as a CSV document (a stored export, audited).</summary>
public sealed class CurationExportCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["eksporkurasi", "curationexport"];

    public string DescriptionKey => "command.curation_export.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var database = context.Session.Database;
        var submissions = SubmissionStore.Collection(database).FindAll().OrderBy(s => s.Id).ToList();
        var bytes = CurationCsv.Write(submissions, id => ProfileStore.Find(database, id));
        var fileName = $"kurasi-{context.NowUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv";
        var fileId = StoredExports.Save(database, fileName, bytes, owner: null, context.NowUtc);
        AuditLog.Record(context, "curation.export", fileName, after: new { File = fileId, Rows = submissions.Count });
        context.Reply(new OutboundMessage
        {
            Text = context.T.Format("curation.export.done", submissions.Count, submissions.Sum(s => s.Decisions.Count)),
            Files = [new OutboundFile { Kind = FileKind.Document, StoredFileId = fileId, FileName = fileName }],
        });
    }
}
