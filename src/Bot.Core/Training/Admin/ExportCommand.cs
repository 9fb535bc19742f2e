using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Core.Training.Admin;

/// <summary>
/// /unduh_peserta (admins): the registrants of one session, or of every session ("semua"), as a CSV document. The bytes
/// go into the database's file storage in the same transaction as the reply that sends them; exports older than
/// a week are removed then, as they hold personal data.
/// </summary>
public sealed class ExportCommand(IOptions<TrainingOptions> options) : IBotCommand
{
    public const string All = "semua";
    private const string FilePrefix = "training-export/";
    private const string StampFormat = "yyyyMMddHHmmss";
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

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

        RemoveOld(context);
        var bytes = RegistrantsCsv.Build(database, t, registrations, options.Value.CsvDelimiter);
        var id = FilePrefix + context.NowUtc.ToString(StampFormat, CultureInfo.InvariantCulture) + "-" + fileName;
        using (var stream = new MemoryStream(bytes))
        {
            database.Files.Upload(id, fileName, stream);
        }

        context.Reply(new OutboundMessage
        {
            Text = caption,
            Files = [new OutboundFile { Kind = FileKind.Document, StoredFileId = id, FileName = fileName }],
        });
    }

    private static void RemoveOld(UpdateContext context)
    {
        var files = context.Session.Database.Files;
        var cutoff = context.NowUtc - Retention;
        foreach (var file in files.Find(Query.StartsWith("_id", FilePrefix)).ToList())
        {
            var stamp = file.Id[FilePrefix.Length..Math.Min(file.Id.Length, FilePrefix.Length + StampFormat.Length)];
            if (DateTime.TryParseExact(stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var made) && made < cutoff)
            {
                files.Delete(file.Id);
            }
        }
    }
}
