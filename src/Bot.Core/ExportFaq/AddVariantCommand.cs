using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Localization;

namespace Bot.Core.ExportFaq;

/// <summary>
/// /faq_tambah &lt;question number&gt; &lt;topic id&gt; (admins): the forwarded question becomes a new way of asking
/// that topic. The entry is marked as edited (seed upgrades keep it) and the index updates after the commit.
/// </summary>
public sealed class AddVariantCommand(FaqKnowledgeBase knowledge) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["faq_tambah"];

    public string DescriptionKey => "command.add_variant.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var database = context.Session.Database;
        var question = parts.Length == 2 ? FaqStore.FindQuestion(database, parts[0]) : null;
        var entries = FaqStore.Entries(database);
        var entry = parts.Length == 2 ? entries.FindById(parts[1]) : null;
        if (question is null || entry is null || entry.Removed)
        {
            context.ReplyKey("faq.variant.usage");
            return;
        }

        if (entry.Questions.All.Contains(question.Text, StringComparer.OrdinalIgnoreCase))
        {
            context.ReplyKey("faq.variant.already", entry.Id);
            return;
        }

        var questions = question.Language == Languages.English
            ? entry.Questions with { English = [.. entry.Questions.English, question.Text] }
            : entry.Questions with { Indonesian = [.. entry.Questions.Indonesian, question.Text] };
        var updated = entry with { Questions = questions, EditedByAdmin = true };
        entries.Upsert(updated);
        AuditLog.Record(context, "faq.variant_add", entry.Id, entry, updated);
        context.Session.AfterCommit(() => knowledge.Index.Upsert(updated));
        context.ReplyKey("faq.variant.added", entry.Id);
    }
}
