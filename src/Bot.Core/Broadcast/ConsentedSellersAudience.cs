using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Profiles;

namespace Bot.Core.Broadcast;

/// <summary>Every seller with a profile and a recorded consent, in the chat they registered from.</summary>
public sealed class ConsentedSellersAudience : IBroadcastAudience
{
    public string Key => "sellers";

    public string LabelKey => "broadcast.audience.sellers";

    public string? ParameterPromptKey => null;

    public IReadOnlyList<Choice> ParameterChoices(UpdateContext context) => [];

    public IEnumerable<BroadcastRecipient> Resolve(WriterSession session, string? parameter) =>
        ProfileStore.Collection(session.Database).FindAll()
            .Select(seller => BroadcastRecipient.OfSeller(session.Database, seller))
            .OfType<BroadcastRecipient>();
}
