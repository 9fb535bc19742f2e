namespace Bot.Core.Conversations;

/// <summary>Handles a message outside any form that is not a command (later: the export FAQ).</summary>
public interface IFreeTextHandler
{
    void Handle(UpdateContext context);
}
