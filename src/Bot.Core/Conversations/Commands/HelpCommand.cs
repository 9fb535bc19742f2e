using System.Text;
using Bot.Core.Admin;

namespace Bot.Core.Conversations.Commands;

/// <summary>Lists every command the asker may run; staff see their own commands too.</summary>
public sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["bantuan", "help"];

    public string DescriptionKey => "command.help.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        // Resolved late: the registry holds this command, so it cannot be a constructor dependency.
        var registry = (CommandRegistry)services.GetService(typeof(CommandRegistry))!;
        var t = context.T;
        var text = new StringBuilder(t["help.title"]).AppendLine().AppendLine();
        foreach (var command in registry.All.Where(c => c.Listed && c.Requires == Role.Seller))
        {
            text.Append('/').Append(command.Names[0]).Append(" — ").AppendLine(t[command.DescriptionKey]);
        }

        var staff = registry.All.Where(c => c.Listed && c.Requires != Role.Seller && c.Requires <= context.Role).ToList();
        if (staff.Count > 0)
        {
            text.AppendLine().AppendLine(t["help.staff_title"]);
            foreach (var command in staff)
            {
                text.Append('/').Append(command.Names[0]).Append(" — ").AppendLine(t[command.DescriptionKey]);
            }
        }

        text.AppendLine().Append(t["help.form_words"]);
        context.Reply(MainMenu.Message(t, text.ToString()));
    }
}
