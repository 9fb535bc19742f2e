using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Broadcast;

/// <summary>Every seller with a profile and a recorded consent, in the chat they registered from.</summary>
public sealed class ConsentedSellersAudience : IBroadcastAudience
{
    public string Key => "sellers";

    public string LabelKey => "broadcast.audience.sellers";

    public string? ParameterPromptKey => null;

    public IReadOnlyList<Choice> ParameterChoices(UpdateContext context) => [];

    public IEnumerable<BroadcastRecipient> Resolve(WriterSession session, string? parameter)
    {
        var conversations = session.Database.Conversations;
        foreach (var seller in ProfileStore.Collection(session.Database).FindAll())
        {
            if (seller.ConsentUtc == default || string.IsNullOrEmpty(seller.ConsentVersion) || string.IsNullOrEmpty(seller.ChatId))
            {
                continue;
            }

            var chat = new ChatRef(seller.Platform, seller.ChatId);

            // The committed conversation, not session.Conversation: that would mark thousands of chats as touched.
            var language = conversations.FindById(chat.Key)?.Language ?? Languages.Default;
            yield return new BroadcastRecipient(chat, language);
        }
    }
}
