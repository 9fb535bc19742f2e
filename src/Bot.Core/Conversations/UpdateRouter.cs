using Bot.Core.Admin;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

/// <summary>Sends each update to its command, the open form, or the free-text handler.</summary>
public sealed partial class UpdateRouter(
    CommandRegistry commands,
    FormEngine forms,
    IFreeTextHandler freeText,
    BanGate bans,
    IEnumerable<IUpdateObserver> observers,
    ILogger<UpdateRouter> logger)
{
    private readonly IUpdateObserver[] _observers = [.. observers];

    public void Route(UpdateContext context)
    {
        var update = context.Update;
        foreach (var observer in _observers)
        {
            observer.Seen(context);
        }

        if (bans.Stops(context))
        {
            return;
        }

        if (forms.ExpireIfLapsed(context.Session, context.Conversation))
        {
            // The user was told the form closed; a plain answer to its old question means nothing now.
            if (update.Kind != InboundKind.Button && !CommandText.TryParse(update.Text, out _))
            {
                return;
            }
        }

        if (update.Kind == InboundKind.Button && update.Button is { } button && !button.Data.StartsWith('/'))
        {
            forms.HandleButton(context, button.Data);
            return;
        }

        var commandSource = update.Kind == InboundKind.Button ? update.Button?.Data : update.Text;
        if (CommandText.TryParse(commandSource, out var command))
        {
            RunCommand(context, command);
            return;
        }

        if (context.Conversation.InForm)
        {
            forms.HandleInput(context);
            return;
        }

        freeText.Handle(context);
    }

    private void RunCommand(UpdateContext context, CommandText text)
    {
        var inForm = context.Conversation.InForm;
        if (!commands.TryGet(text.Name, out var command))
        {
            AnswerKeepingForm(context, context.T.Format("command.unknown", text.Name));
            return;
        }

        if (context.Role < command.Requires)
        {
            LogRefused(context.Update.Platform, context.Update.SenderId, text.Name, command.Requires, context.Role);
            AnswerKeepingForm(context, context.T["command.not_allowed"]);
            return;
        }

        if (inForm && command.Kind == CommandKind.StartsForm)
        {
            forms.Reprompt(context, context.T.Format("command.finish_form_first", text.Name));
            return;
        }

        command.Execute(context, text.Arguments);
        if (inForm && command.Kind == CommandKind.Anywhere && context.Conversation.InForm)
        {
            forms.Reprompt(context, context.T["form.continue"]);
        }
    }

    private void AnswerKeepingForm(UpdateContext context, string text)
    {
        if (context.Conversation.InForm)
        {
            forms.Reprompt(context, text);
        }
        else
        {
            context.Reply(MainMenu.Message(context.T, text));
        }
    }

    // The one place every staff command is checked: a refusal here is the "attempt is logged" of the role rules.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused /{Command} from {Platform} user {UserId}: needs {Required}, has {Role}")]
    private partial void LogRefused(Platform platform, string userId, string command, Role required, Role role);
}
