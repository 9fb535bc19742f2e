using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.Tests.Support;

/// <summary>/meledak: a flow step with a bug in it. Counts how often it ran.</summary>
public sealed class ThrowingCommand : IBotCommand
{
    private int _runs;

    public IReadOnlyList<string> Names { get; } = ["meledak"];

    public string DescriptionKey => "command.help.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public int Runs => Volatile.Read(ref _runs);

    public void Execute(UpdateContext context, string arguments)
    {
        Interlocked.Increment(ref _runs);
        context.Reply("this reply must never be sent");
        throw new InvalidOperationException("boom in a flow step");
    }
}
