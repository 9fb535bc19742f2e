namespace Bot.Host.Discord.Models;

public enum InteractionCallbackType
{
    /// <summary>Reply with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>"Thinking…" now, edit <c>@original</c> later; only the ephemeral flag is allowed.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>Components only: acknowledge now, edit later, no loading state.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>Components only: edit the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>Open a modal; not allowed in answer to a modal submit.</summary>
    Modal = 9,
}
