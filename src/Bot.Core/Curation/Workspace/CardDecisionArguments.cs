using System.Globalization;

namespace Bot.Core.Curation.Workspace;

/// <summary>
/// "K-0042 v2 notes…": the submission, the version the card showed (absent when a curator types the command) and
/// the notes for the seller, one line each (a modal's paragraph keeps its lines).
/// </summary>
public sealed record CardDecisionArguments(int SubmissionId, int? Version, string Notes)
{
    private static readonly char[] Spaces = [' ', '\n', '\t', '\r'];

    public static bool TryParse(string arguments, out CardDecisionArguments parsed)
    {
        parsed = null!;
        var (first, rest) = NextToken(arguments);
        if (!Submission.TryParseCode(first, out var id))
        {
            return false;
        }

        int? version = null;
        var (second, afterSecond) = NextToken(rest);
        if (second.Length > 1 && second[0] is 'v' or 'V' && int.TryParse(second.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            version = v;
            rest = afterSecond;
        }

        var lines = rest.Split('\n').Select(line => string.Join(' ', line.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))).Where(line => line.Length > 0);
        parsed = new CardDecisionArguments(id, version, string.Join('\n', lines));
        return true;
    }

    private static (string Token, string Remainder) NextToken(string text)
    {
        var trimmed = text.TrimStart(Spaces);
        var end = trimmed.IndexOfAny(Spaces);
        return end < 0 ? (trimmed, string.Empty) : (trimmed[..end], trimmed[end..]);
    }
}
