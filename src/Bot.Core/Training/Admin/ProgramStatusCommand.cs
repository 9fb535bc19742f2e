using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;

namespace Bot.Core.Training.Admin;

/// <summary>
/// /program_tutup and /program_batal (admins): pick, confirm, apply. Closing stops new sign-ups; cancelling also
/// cancels the programme's upcoming sessions and tells everyone signed up for them.
/// </summary>
public sealed class ProgramStatusCommand(string name, ProgramStatus target) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [name];

    public string DescriptionKey => "training.command." + name;

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            AdminPicker.Programs(context, name, p => p.Status < target);
            return;
        }

        var t = context.T;
        var database = context.Session.Database;
        if (TrainingStore.Program(database, parts[0]) is not { } program)
        {
            context.ReplyKey("training.admin.unknown_program");
            return;
        }

        var state = t["training.program_status." + target.ToString().ToLowerInvariant()];
        if (program.Status >= target)
        {
            context.ReplyKey("training.admin.program_already", program.Name, t["training.program_status." + program.Status.ToString().ToLowerInvariant()]);
            return;
        }

        var id = program.Id.ToString(CultureInfo.InvariantCulture);
        if (parts is not [_, "ya"])
        {
            context.Reply(new OutboundMessage
            {
                Text = t.Format("training.admin." + name + ".confirm", program.Name),
                Buttons = [[new Button(t["training.admin.confirm_yes"], $"/{name} {id} ya")]],
            });
            return;
        }

        var changed = program with { Status = target };
        TrainingStore.Programs(database).Update(changed);
        AuditLog.Record(context, target == ProgramStatus.Cancelled ? "training.program_cancel" : "training.program_close", ProgramForm.SubjectOf(program), program, changed);
        var cancelled = 0;
        if (target == ProgramStatus.Cancelled)
        {
            foreach (var session in TrainingStore.Sessions(database).Find(s => s.ProgramId == program.Id).ToList()
                .Where(s => s.Status != SessionStatus.Cancelled && s.StartUtc > context.NowUtc))
            {
                Enrolment.CancelSession(context.Session, session);
                cancelled++;
            }
        }

        context.ReplyKey("training.admin.program_changed", program.Name, state, cancelled);
    }
}
