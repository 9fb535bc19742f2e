namespace Bot.Core.Storage;

/// <summary>
/// A consistent copy of the database file. The caller makes sure nothing writes meanwhile (the writer thread
/// between batches, or a process that holds the database alone): after a checkpoint the data file alone is a
/// complete database, so a byte copy of it opens as one.
/// </summary>
public static class DatabaseBackup
{
    public static long Write(BotDatabase database, string targetPath)
    {
        var target = Path.GetFullPath(targetPath);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; choose a new file name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        database.Raw.Checkpoint();
        var partial = target + ".partial";
        using (var source = new FileStream(database.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var copy = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }

        // Renamed only when complete, so a half-written copy never carries the backup's name.
        File.Move(partial, target);
        return new FileInfo(target).Length;
    }
}
