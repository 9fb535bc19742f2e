using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.Broadcast;

/// <summary>"/broadcast_kirim id", the preview's send button: starts a draft; a second press only says it already runs.</summary>
public sealed class BroadcastSendCommand(BroadcastService broadcasts) : IBotCommand
{
    public const string Name = "broadcast_kirim";

    public IReadOnlyList<string> Names { get; } = [Name, "broadcast_send"];

    public string DescriptionKey => "command.broadcast_send.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        if (!long.TryParse(arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || BroadcastStore.Runs(context.Session.Database).FindById(id) is not { } run)
        {
            context.ReplyKey("broadcast.unknown");
            return;
        }

        if (run.Status != BroadcastStatus.Draft)
        {
            context.ReplyKey(run.IsActive ? "broadcast.already_running" : "broadcast.already_done", run.Id);
            return;
        }

        if (broadcasts.Start(context, run))
        {
            context.ReplyKey("broadcast.started", run.Id, run.Total);
        }
    }
}
