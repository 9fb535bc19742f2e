using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Core.Training.Admin;

/// <summary>
/// /unduh_peserta (admins): the registrants of one session, or of every session ("semua"), as a CSV document. The bytes
/// go into <see cref="StoredExports"/> in the same transaction as the reply that sends them and the audit row; the
/// sweep removes them after Storage:ExportRetentionDays, as they hold personal data.
/// </summary>
public sealed class ExportCommand(IOptions<TrainingOptions> options) : IBotCommand
{
    public const string All = "semua";

    public IReadOnlyList<string> Names { get; } = [TrainingCommands.Export];

    public string DescriptionKey => "training.command.export";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var t = context.T;
        if (arguments.Length == 0)
        {
            AdminPicker.Sessions(context, TrainingCommands.Export, _ => true, [new Button(t["training.export.all_button"], $"/{TrainingCommands.Export} {All}")]);
            return;
        }

        var database = context.Session.Database;
        List<Registration> registrations;
        string fileName;
        string caption;
        if (arguments.Trim().Equals(All, StringComparison.OrdinalIgnoreCase))
        {
            var starts = TrainingStore.Sessions(database).FindAll().ToDictionary(s => s.Id, s => s.StartUtc);
            registrations = [.. TrainingStore.Registrations(database).FindAll().OrderBy(r => starts.GetValueOrDefault(r.SessionId)).ThenBy(r => r.SessionId).ThenBy(r => r.Id)];
            fileName = "peserta-semua.csv";
            caption = t.Format("training.export.all_caption", registrations.Count);
        }
        else if (TrainingStore.Session(database, arguments) is { } session)
        {
            registrations = TrainingStore.OfSession(database, session.Id);
            fileName = $"peserta-sesi-{session.Id.ToString(CultureInfo.InvariantCulture)}.csv";
            caption = t.Format("training.export.session_caption", AdminPicker.SessionLabel(t, database, session), registrations.Count);
        }
        else
        {
            context.ReplyKey("training.admin.unknown_session");
            return;
        }

        var bytes = RegistrantsCsv.Build(database, t, registrations, options.Value.CsvDelimiter);
        var id = StoredExports.Save(database, fileName, bytes, owner: null, context.NowUtc);
        AuditLog.Record(context, "training.export", fileName, after: new { File = id, Rows = registrations.Count });
        context.Reply(new OutboundMessage
        {
            Text = caption,
            Files = [new OutboundFile { Kind = FileKind.Document, StoredFileId = id, FileName = fileName }],
        });
    }
}
