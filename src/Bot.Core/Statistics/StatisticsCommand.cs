using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.Statistics;

/// <summary>/statistik (admins; on Discord the slash command): sellers, training, curation and FAQ in one message.</summary>
public sealed class StatisticsCommand(StatisticsCalculator calculator) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["statistik", "stats"];

    public string DescriptionKey => "stats.command.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments) =>
        context.Reply(StatisticsText.Format(context.T, calculator.Compute(context.Session.Database, context.NowUtc)));
}
