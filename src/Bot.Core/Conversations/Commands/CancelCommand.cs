using Bot.Core.Admin;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Conversations.Commands;

public sealed class CancelCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["batal", "cancel"];

    public string DescriptionKey => "command.cancel.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.ControlsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        if (context.Conversation.InForm)
        {
            forms.Cancel(context);
            return;
        }

        context.Reply(MainMenu.Message(context.T, context.T["form.nothing_to_cancel"]));
    }
}
