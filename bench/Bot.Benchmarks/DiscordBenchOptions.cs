namespace Bot.Benchmarks;

/// <summary>Command-line settings of the "discord" scenario.</summary>
internal sealed class DiscordBenchOptions : ScenarioOptions
{
    public int Interactions { get; private set; } = 1_000;

    /// <summary>Button presses dispatched per second through the fake gateway.</summary>
    public int InteractionRate { get; private set; } = 100;

    /// <summary>Local FAQ questions per second offered to the pipeline meanwhile, to keep the writer busy.</summary>
    public int LoadRate { get; private set; } = 2_000;

    public static string Usage => """
        usage: Bot.Benchmarks discord [options]
          --interactions N      button presses sent through the fake gateway (default 1000)
          --interaction-rate R  presses per second (default 100)
          --load-rate R         FAQ questions per second offered to the pipeline at the same time (default 2000)
          --set KEY=VALUE       a setting of the bot, e.g. --set Outbox:MaxConcurrentChats=32
          --data DIR            where the database file goes (default: a new folder under the system temp dir)
          --keep                keep the database file afterwards
        """;

    public static DiscordBenchOptions Parse(IReadOnlyList<string> args) => Parse<DiscordBenchOptions>(args);

    protected override bool Read(IReadOnlyList<string> args, ref int i)
    {
        switch (args[i])
        {
            case "--interactions":
                Interactions = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--interaction-rate":
                InteractionRate = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--load-rate":
                LoadRate = BenchArgs.Int(args, ref i, min: 0);
                return true;
            default:
                return false;
        }
    }
}
