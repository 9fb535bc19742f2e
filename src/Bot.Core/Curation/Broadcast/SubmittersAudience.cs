using Bot.Core.Broadcast;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using LiteDB;

namespace Bot.Core.Curation.Broadcast;

/// <summary>
/// The sellers with at least one submission in a given state (e.g. every seller asked for a revision). The
/// parameter is the state's name in lower case, as in the state texts' keys.
/// </summary>
public sealed class SubmittersAudience : IBroadcastAudience
{
    public string Key => "curation";

    public string LabelKey => "curation.broadcast.audience";

    public string? ParameterPromptKey => "curation.broadcast.which";

    public IReadOnlyList<Choice> ParameterChoices(UpdateContext context) =>
        [.. Enum.GetValues<SubmissionState>().Select(s => new Choice(ValueOf(s), "curation.state." + ValueOf(s)))];

    public IEnumerable<BroadcastRecipient> Resolve(WriterSession session, string? parameter)
    {
        var state = Enum.GetValues<SubmissionState>().Cast<SubmissionState?>().FirstOrDefault(s => ValueOf(s!.Value) == parameter);
        if (state is null)
        {
            yield break;
        }

        var database = session.Database;
        foreach (var submission in SubmissionStore.Collection(database).Find(Query.EQ(nameof(Submission.State), state.Value.ToString())))
        {
            // A decided submission of an erased seller stays for the statistics with a blank seller key.
            if (BroadcastRecipient.OfSeller(database, submission.SellerKey) is { } recipient)
            {
                yield return recipient;
            }
        }
    }

    private static string ValueOf(SubmissionState state) => state.ToString().ToLowerInvariant();
}
