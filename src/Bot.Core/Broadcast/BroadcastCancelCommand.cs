using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Outbox;

namespace Bot.Core.Broadcast;

/// <summary>
/// /broadcast_batal [id] (admins): stops a running broadcast (the newest when no id is given) or throws away a
/// draft. Unsent messages are dropped; the final counts follow once the messages already with the sender are settled.
/// </summary>
public sealed class BroadcastCancelCommand(BroadcastService broadcasts, OutboxDispatcher dispatcher) : IBotCommand
{
    public const string Name = "broadcast_batal";

    public IReadOnlyList<string> Names { get; } = [Name, "broadcast_cancel"];

    public string DescriptionKey => "command.broadcast_cancel.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var runs = BroadcastStore.Runs(context.Session.Database);
        var argument = arguments.Trim();
        BroadcastRun? run;
        if (argument.Length == 0)
        {
            run = runs.Find(r => r.Status == BroadcastStatus.Running).OrderByDescending(r => r.Id).FirstOrDefault();
        }
        else if (!long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            context.ReplyKey("broadcast.cancel_usage");
            return;
        }
        else
        {
            run = runs.FindById(id);
        }

        switch (run?.Status)
        {
            case null:
                context.ReplyKey(argument.Length == 0 ? "broadcast.nothing_running" : "broadcast.unknown");
                return;
            case BroadcastStatus.Draft:
                run.Status = BroadcastStatus.Discarded;
                runs.Update(run);
                AuditLog.Record(context, "broadcast.discard", $"broadcast:{run.Id}");
                context.ReplyKey("broadcast.discarded", run.Id);
                return;
            case BroadcastStatus.Running:
                broadcasts.Cancel(context, run);
                var prefix = BroadcastService.TagPrefix(run.Id);
                context.Session.AfterCommit(() => broadcasts.Discarded(dispatcher.Discard(prefix)));
                context.ReplyKey("broadcast.stopping", run.Id);
                return;
            default:
                context.ReplyKey("broadcast.already_done", run.Id);
                return;
        }
    }
}
