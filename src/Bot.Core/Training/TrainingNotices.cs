using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Training;

/// <summary>Messages to a registrant who is not the one talking: through the outbox, in their own language.</summary>
public static class TrainingNotices
{
    public static void Send(WriterSession session, Registration registration, Func<Localizer, OutboundMessage> message)
    {
        // An erased person's registrations are kept without a chat: nobody to tell.
        if (string.IsNullOrEmpty(registration.ChatId))
        {
            return;
        }

        var t = session.TextsFor(session.Conversation(registration.Chat));
        session.Send(registration.Chat, message(t));
    }

    public static OutboundMessage WithSchedule(Localizer t, string text) =>
        new() { Text = text, Buttons = [[new Button(t["training.button.my_schedule"], "/" + MyScheduleCommand.Name)]] };
}
