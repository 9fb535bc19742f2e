using System.Globalization;

namespace Bot.Core.Conversations.Forms;

/// <summary>
/// Button data of a form, "f:nonce:position:action[:arg]", well inside Telegram's 64 bytes. The nonce and
/// position make a stale or double-pressed button recognisable.
/// </summary>
public sealed record FormCallback(int Nonce, int Position, char Action, string Argument = "")
{
    public const int SummaryPosition = -1;
    public const char Choose = 'v';
    public const char Back = 'b';
    public const char Cancel = 'x';
    public const char Skip = 'k';
    public const char Save = 'y';
    public const char Edit = 'e';
    public const char Done = 'd';

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"f:{Nonce}:{Position}:{Action}{(Argument.Length > 0 ? ":" + Argument : string.Empty)}");

    public static bool TryParse(string data, out FormCallback callback)
    {
        callback = null!;
        var parts = data.Split(':', 5);
        if (parts.Length < 4 || parts[0] != "f" || parts[3].Length != 1
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var nonce)
            || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var position))
        {
            return false;
        }

        callback = new FormCallback(nonce, position, parts[3][0], parts.Length == 5 ? parts[4] : string.Empty);
        return true;
    }
}
