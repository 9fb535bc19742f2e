using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Storage;

namespace Bot.Core.Broadcast;

/// <param name="Language">The recipient's chat language, for the lines the bot adds around the admin's text.</param>
public sealed record BroadcastRecipient(ChatRef Chat, string Language)
{
    /// <summary>
    /// The seller in the chat they registered from, or null without a recorded consent (or a profile at all). Every
    /// audience goes through here, so none can reach someone who did not agree.
    /// </summary>
    public static BroadcastRecipient? OfSeller(BotDatabase database, SellerProfile? seller)
    {
        if (seller is null || seller.ConsentUtc == default || string.IsNullOrEmpty(seller.ConsentVersion) || string.IsNullOrEmpty(seller.ChatId))
        {
            return null;
        }

        var chat = new ChatRef(seller.Platform, seller.ChatId);

        // The committed conversation, not session.Conversation: that would mark thousands of chats as touched.
        var language = database.Conversations.FindById(chat.Key)?.Language ?? Languages.Default;
        return new BroadcastRecipient(chat, language);
    }

    /// <summary>The seller by profile key ("platform:user id"); null for an erased key (blank) or no consent.</summary>
    public static BroadcastRecipient? OfSeller(BotDatabase database, string? sellerKey) =>
        string.IsNullOrEmpty(sellerKey) ? null : OfSeller(database, ProfileStore.Find(database, sellerKey));
}
