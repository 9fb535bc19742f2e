using Bot.Core.Admin;

namespace Bot.Core.Conversations.Commands;

public sealed class StartCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["start", "menu", "mulai"];

    public string DescriptionKey => "command.start.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var name = context.Update.SenderName is { Length: > 0 } n ? " " + n : string.Empty;
        context.Reply(MainMenu.Message(context.T, context.T.Format("welcome", name)));
    }
}
