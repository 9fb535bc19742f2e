using Bot.Core.Admin;

namespace Bot.Core.Conversations.Commands;

/// <summary>
/// A menu service whose feature has not been built yet: the button still answers honestly instead of
/// being a dead end. Each feature replaces its registration when it lands.
/// </summary>
public sealed class PendingServiceCommand(string name, string descriptionKey, string messageKey) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [name];

    public string DescriptionKey => descriptionKey;

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments) =>
        context.Reply(MainMenu.Message(context.T, context.T[messageKey]));
}
