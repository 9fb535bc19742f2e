using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>
/// /faq_hapus &lt;topic&gt; (admins) asks for confirmation; "/faq_hapus &lt;topic&gt; ya" removes it. The document stays
/// as a tombstone so that a seed upgrade does not bring the entry back.
/// </summary>
public sealed class RemoveEntryCommand(FaqKnowledgeBase knowledge) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [FaqEntryCommands.Remove];

    public string DescriptionKey => "command.faq_remove.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var entries = FaqStore.Entries(context.Session.Database);
        var entry = parts.Length > 0 ? entries.FindById(parts[0].ToLowerInvariant()) : null;
        if (entry is null || entry.Removed)
        {
            context.ReplyKey("faq.entry.unknown", FaqEntryCommands.Remove);
            return;
        }

        if (parts is not [_, "ya"])
        {
            context.Reply(new OutboundMessage
            {
                Text = context.T.Format("faq.entry.remove_confirm", entry.Id),
                Buttons = [[new Button(context.T["faq.entry.remove_yes"], $"/{FaqEntryCommands.Remove} {entry.Id} ya")]],
            });
            return;
        }

        var removed = entry with { Removed = true, EditedByAdmin = true };
        entries.Upsert(removed);
        AuditLog.Record(context, "faq.entry_remove", entry.Id, entry, removed);
        context.Session.AfterCommit(() => knowledge.Index.Remove(entry.Id));
        context.ReplyKey("faq.entry.removed", entry.Id);
    }
}
