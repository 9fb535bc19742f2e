using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Broadcast;

/// <summary>
/// Who a broadcast can go to; each feature adds its own (<c>services.AddSingleton&lt;IBroadcastAudience, X&gt;()</c>)
/// and /broadcast offers it. Both methods run on the writer thread: read the database, no other I/O.
/// </summary>
public interface IBroadcastAudience
{
    /// <summary>Short ASCII, stored and put in button data (e.g. "sellers").</summary>
    string Key { get; }

    /// <summary>Text key of the audience's button label.</summary>
    string LabelKey { get; }

    /// <summary>
    /// Text key of the question for the audience's parameter (e.g. "which program?"), or null when the audience
    /// needs none.
    /// </summary>
    string? ParameterPromptKey { get; }

    /// <summary>The parameter's choices now (values: short ASCII, at most about 40 bytes); empty when none exist.</summary>
    IReadOnlyList<Choice> ParameterChoices(UpdateContext context);

    /// <summary>
    /// The recipients for the parameter (null when the audience has none). Duplicates and chats that blocked the
    /// bot are removed by the caller; people without consent must not be returned.
    /// </summary>
    IEnumerable<BroadcastRecipient> Resolve(WriterSession session, string? parameter);
}
