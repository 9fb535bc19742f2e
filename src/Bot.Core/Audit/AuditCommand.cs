using System.Globalization;
using System.Text;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Core.Audit;

/// <summary>/audit [page] (admins): the newest actions first, ten a page with paging buttons; "/audit csv" exports them.</summary>
public sealed class AuditCommand : IBotCommand
{
    public const string Name = "audit";
    private const int PageSize = 10;
    private const int SnapshotPreview = 120;

    public IReadOnlyList<string> Names { get; } = [Name];

    public string DescriptionKey => "command.audit.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var argument = arguments.Trim().ToLowerInvariant();
        if (argument == "csv")
        {
            Export(context);
            return;
        }

        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1))
        {
            context.ReplyKey("audit.usage");
            return;
        }

        ShowPage(context, argument.Length == 0 ? 1 : int.Parse(argument, CultureInfo.InvariantCulture));
    }

    private static void ShowPage(UpdateContext context, int page)
    {
        var t = context.T;
        var rows = AuditLog.Collection(context.Session.Database);
        var total = rows.Count();
        if (total == 0)
        {
            context.ReplyKey("audit.empty");
            return;
        }

        var pages = (total + PageSize - 1) / PageSize;
        page = Math.Min(page, pages);
        var entries = rows.Query().OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Limit(PageSize).ToList();
        var text = new StringBuilder(t.Format("audit.title", page, pages, total)).AppendLine();
        foreach (var entry in entries)
        {
            text.AppendLine().Append('#').Append(entry.Id.ToString(CultureInfo.InvariantCulture)).Append(" · ")
                .Append(Wib.Format(entry.AtUtc, t.Language)).Append(" · ").AppendLine(entry.Actor)
                .Append(entry.Action).Append(" → ").AppendLine(entry.Subject);
            if (entry.Redacted)
            {
                text.AppendLine(t["audit.redacted"]);
            }
            else if (entry.After is { } after)
            {
                text.AppendLine(Preview(after));
            }
        }

        var paging = new List<Button>();
        if (page > 1)
        {
            paging.Add(new Button(t["audit.newer"], $"/{Name} {page - 1}"));
        }

        if (page < pages)
        {
            paging.Add(new Button(t["audit.older"], $"/{Name} {page + 1}"));
        }

        var buttons = new List<IReadOnlyList<Button>>();
        if (paging.Count > 0)
        {
            buttons.Add(paging);
        }

        buttons.Add([new Button(t["audit.csv_button"], $"/{Name} csv")]);
        context.Reply(new OutboundMessage { Text = text.ToString().TrimEnd(), Buttons = buttons });
    }

    private static void Export(UpdateContext context)
    {
        var database = context.Session.Database;
        var entries = AuditLog.Collection(database).Query().OrderByDescending(e => e.Id).Limit(AuditCsv.MaxRows).ToList();
        if (entries.Count == 0)
        {
            context.ReplyKey("audit.empty");
            return;
        }

        var fileName = $"audit-{context.NowUtc.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";
        var id = StoredExports.Save(database, fileName, AuditCsv.Write(entries), owner: null, context.NowUtc);
        context.Reply(new OutboundMessage
        {
            Text = context.T.Format("audit.csv_ready", entries.Count),
            Files = [new OutboundFile { Kind = FileKind.Document, StoredFileId = id, FileName = fileName }],
        });
    }

    private static string Preview(string json) => json.Length <= SnapshotPreview ? json : json[..SnapshotPreview] + "…";
}
