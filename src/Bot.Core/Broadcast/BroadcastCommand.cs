using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Broadcast;

/// <summary>/broadcast (admins): write a message, pick its audience, preview it, send it.</summary>
public sealed class BroadcastCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["broadcast"];

    public string DescriptionKey => "command.broadcast.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments) => forms.Start(context, BroadcastForm.FormName);
}
