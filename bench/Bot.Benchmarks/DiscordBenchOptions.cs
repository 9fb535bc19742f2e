namespace Bot.Benchmarks;

/// <summary>Command-line settings of the "discord" scenario.</summary>
internal sealed class DiscordBenchOptions
{
    public int Interactions { get; private set; } = 1_000;

    /// <summary>Button presses dispatched per second through the fake gateway.</summary>
    public int InteractionRate { get; private set; } = 100;

    /// <summary>Local FAQ questions per second offered to the pipeline meanwhile, to keep the writer busy.</summary>
    public int LoadRate { get; private set; } = 2_000;

    public string? DataDirectory { get; private set; }

    public bool Keep { get; private set; }

    public static string Usage => """
        usage: Bot.Benchmarks discord [options]
          --interactions N      button presses sent through the fake gateway (default 1000)
          --interaction-rate R  presses per second (default 100)
          --load-rate R         FAQ questions per second offered to the pipeline at the same time (default 2000)
          --data DIR            where the database file goes (default: a new folder under the system temp dir)
          --keep                keep the database file afterwards
        """;

    public static DiscordBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DiscordBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--interactions":
                    options.Interactions = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--interaction-rate":
                    options.InteractionRate = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--load-rate":
                    options.LoadRate = BenchArgs.Int(args, ref i, min: 0);
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
