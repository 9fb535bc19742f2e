using Bot.Core.Conversations;

namespace Bot.Core.Tests.Support;

public static class ConversationState
{
    /// <summary>Everything of a conversation's form state in one comparable string.</summary>
    public static string Snapshot(Conversation c) =>
        $"{c.Form}|{c.Step}|{c.AtSummary}|{c.ReturnToSummary}|{c.FormNonce}|{string.Join(",", c.Fields.OrderBy(f => f.Key).Select(f => f.Key + "=" + f.Value))}";
}
