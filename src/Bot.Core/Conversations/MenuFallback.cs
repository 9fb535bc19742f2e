using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>Until the FAQ answers free text, a message the bot cannot place gets the menu, never silence.</summary>
public sealed class MenuFallback : IFreeTextHandler
{
    public void Handle(UpdateContext context)
    {
        var key = context.Update.Kind switch
        {
            InboundKind.Text => "fallback.text",
            InboundKind.Photo or InboundKind.Document => "fallback.file",
            _ => "fallback.media",
        };
        context.Reply(MainMenu.Message(context.T, context.T[key]));
    }
}
