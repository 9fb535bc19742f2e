using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.ExportFaq;

/// <summary>/faq_ubah &lt;topic&gt; (admins): the entry's answers, shown in a summary where each can be changed.</summary>
public sealed class EditEntryCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [FaqEntryCommands.Edit];

    public string DescriptionKey => "command.faq_edit.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var entry = FaqStore.Entries(context.Session.Database).FindById(arguments.Trim().ToLowerInvariant());
        if (entry is null || entry.Removed)
        {
            context.ReplyKey("faq.entry.unknown", FaqEntryCommands.Edit);
            return;
        }

        forms.Start(context, FaqEntryForm.FormName, new Dictionary<string, string>
        {
            [FaqEntryForm.EditedTopicKey] = entry.Id,
            ["answer_id"] = entry.Answer.Indonesian,
            ["answer_en"] = entry.Answer.English,
        });
    }
}
