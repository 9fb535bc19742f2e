using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Core.Privacy;

/// <summary>/datasaya: everything stored about the sender, as a JSON document (UU PDP Pasal 7, access and copy).</summary>
public sealed class MyDataCommand(PersonalData personalData) : IBotCommand, IAlwaysAllowed
{
    public IReadOnlyList<string> Names { get; } = ["datasaya", "mydata"];

    public string DescriptionKey => "command.mydata.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var subject = PersonalData.SubjectOf(context);
        var json = personalData.ExportJson(context.Session, subject);
        var fileName = $"data-saya-{context.NowUtc.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.json";
        var id = StoredExports.Save(context.Session.Database, fileName, json, owner: subject.Key, context.NowUtc);
        AuditLog.Record(context, "privacy.export", subject.Key);
        context.Reply(new OutboundMessage
        {
            Text = context.T["privacy.mydata_ready"],
            Files = [new OutboundFile { Kind = FileKind.Document, StoredFileId = id, FileName = fileName }],
        });
    }
}
