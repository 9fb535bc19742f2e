namespace Bot.Benchmarks;

/// <summary>Command-line settings of the "signup" scenario.</summary>
internal sealed class SignupBenchOptions
{
    public int Sellers { get; private set; } = 10_000;

    public int Sessions { get; private set; } = 50;

    /// <summary>Share of sellers whose profile is written into the database beforehand ("pakai data ini"); the rest answer the profile questions inside /daftar.</summary>
    public int SeededProfilePercent { get; private set; } = 50;

    public int WarmupSellers { get; private set; } = 100;

    public Dictionary<string, string?> Settings { get; } = [];

    public string? DataDirectory { get; private set; }

    public bool Keep { get; private set; }

    public static string Usage => """
        usage: Bot.Benchmarks signup [options]
          --sellers N           sellers signing up through /daftar (default 10000)
          --sessions N          sessions they spread over, 5 programmes (default 50; capacity = sellers / sessions, rounded up)
          --seeded-profiles P   percent of sellers with a profile written beforehand (default 50; the rest fill it in /daftar)
          --warmup-sellers N    sellers signed up first, not timed (default 100)
          --set KEY=VALUE       a Bot.Core setting, e.g. --set Pipeline:MaxBatchSize=256
          --data DIR            where the database file goes (default: a new folder under the system temp dir)
          --keep                keep the database file afterwards
        """;

    public static SignupBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SignupBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--sellers":
                    options.Sellers = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--sessions":
                    options.Sessions = BenchArgs.Int(args, ref i, min: 5);
                    break;
                case "--seeded-profiles":
                    options.SeededProfilePercent = Math.Min(100, BenchArgs.Int(args, ref i, min: 0));
                    break;
                case "--warmup-sellers":
                    options.WarmupSellers = BenchArgs.Int(args, ref i, min: 0);
                    break;
                case "--set":
                    BenchArgs.Setting(args, ref i, options.Settings);
                    break;
                case "--data":
                    options.DataDirectory = BenchArgs.Value(args, ref i);
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return options;
    }
}
