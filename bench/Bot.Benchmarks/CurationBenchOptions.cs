namespace Bot.Benchmarks;

/// <summary>Command-line settings of the "curation" scenario.</summary>
internal sealed class CurationBenchOptions : ScenarioOptions
{
    public int Submissions { get; private set; } = 1_000;

    public int PhotosPerSubmission { get; private set; } = 3;

    /// <summary>Side of the square test photos in pixels; 512 gives about 200 KB.</summary>
    public int PhotoSide { get; private set; } = 512;

    /// <summary>Sellers filling in /kurasi at the same time, each waiting for the bot's reply before the next message.</summary>
    public int ConcurrentSellers { get; private set; } = 16;

    /// <summary>
    /// Photos the fake file server holds that were not downloaded yet; a new seller waits below this. One album per
    /// seller typing (16 × 3) keeps the bot's downloads busy; more only adds the fake's memory to the figure.
    /// </summary>
    public int PhotosAhead { get; private set; } = 48;

    /// <summary>Light updates per second (/bantuan from other chats) offered throughout, so the writer's latency is sampled evenly.</summary>
    public int ProbeRate { get; private set; } = 50;

    public static string Usage => """
        usage: Bot.Benchmarks curation [options]
          --submissions N         /kurasi submissions (default 1000)
          --photos N              photos per submission, sent as one album (default 3, at most 5)
          --photo-side PX         side of the square PNG photos (default 512, about 200 KB; at least 500 passes the check)
          --concurrent-sellers N  sellers typing at the same time, each waiting for the reply (default 16)
          --photos-ahead N        photos on the fake file server not yet downloaded, at most (default 48)
          --probe-rate R          /bantuan updates per second from other chats meanwhile (default 50)
          --set KEY=VALUE         a Bot.Core setting, e.g. --set Curation:DownloadConcurrency=4
          --data DIR              where the database file goes (default: a new folder under the system temp dir)
          --keep                  keep the database file afterwards
        """;

    public static CurationBenchOptions Parse(IReadOnlyList<string> args) => Parse<CurationBenchOptions>(args);

    protected override bool Read(IReadOnlyList<string> args, ref int i)
    {
        switch (args[i])
        {
            case "--submissions":
                Submissions = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--photos":
                PhotosPerSubmission = Math.Min(5, BenchArgs.Int(args, ref i, min: 1));
                return true;
            case "--photo-side":
                PhotoSide = BenchArgs.Int(args, ref i, min: 16);
                return true;
            case "--concurrent-sellers":
                ConcurrentSellers = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--photos-ahead":
                PhotosAhead = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--probe-rate":
                ProbeRate = BenchArgs.Int(args, ref i, min: 0);
                return true;
            default:
                return false;
        }
    }
}
