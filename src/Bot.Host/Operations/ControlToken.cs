using System.Security.Cryptography;

namespace Bot.Host.Operations;

/// <summary>
/// A random secret written next to the database while the bot runs. Commands that change something through the
/// health port (backup) must send it: only someone who can read the data folder — who could copy the database
/// anyway — can ask for a backup.
/// </summary>
public static class ControlToken
{
    public const string Header = "X-Bot-Control";

    public static string PathFor(string databasePath) => databasePath + ".control";

    public static string Create(string databasePath)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var path = PathFor(databasePath);
        File.WriteAllText(path, token);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return token;
    }

    public static string? Read(string databasePath)
    {
        var path = PathFor(databasePath);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    public static bool Matches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(given));
}
