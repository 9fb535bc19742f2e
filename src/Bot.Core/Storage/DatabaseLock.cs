namespace Bot.Core.Storage;

/// <summary>
/// Marks the database file as in use by one process. LiteDB's direct mode does not stop a second process from
/// opening (and corrupting) the same file on Linux; this lock file, held without sharing, does.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly FileStream _stream;

    private DatabaseLock(FileStream stream) => _stream = stream;

    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <exception cref="IOException">Another process holds the database.</exception>
    public static DatabaseLock Acquire(string databasePath)
    {
        try
        {
            return new DatabaseLock(new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new IOException($"The database {databasePath} is in use by another process (is the bot running?).", ex);
        }
    }

    /// <summary>True when some process holds the lock right now.</summary>
    public static bool IsHeld(string databasePath)
    {
        if (!File.Exists(PathFor(databasePath)))
        {
            return false;
        }

        try
        {
            using var probe = Acquire(databasePath);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose() => _stream.Dispose();
}
