namespace Bot.Benchmarks;

/// <summary>Command-line settings of the "signup" scenario.</summary>
internal sealed class SignupBenchOptions : ScenarioOptions
{
    public int Sellers { get; private set; } = 10_000;

    public int Sessions { get; private set; } = 50;

    /// <summary>Share of sellers whose profile is written into the database beforehand ("pakai data ini"); the rest answer the profile questions inside /daftar.</summary>
    public int SeededProfilePercent { get; private set; } = 50;

    public int WarmupSellers { get; private set; } = 100;

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

    public static SignupBenchOptions Parse(IReadOnlyList<string> args) => Parse<SignupBenchOptions>(args);

    protected override bool Read(IReadOnlyList<string> args, ref int i)
    {
        switch (args[i])
        {
            case "--sellers":
                Sellers = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--sessions":
                Sessions = BenchArgs.Int(args, ref i, min: 5);
                return true;
            case "--seeded-profiles":
                SeededProfilePercent = Math.Min(100, BenchArgs.Int(args, ref i, min: 0));
                return true;
            case "--warmup-sellers":
                WarmupSellers = BenchArgs.Int(args, ref i, min: 0);
                return true;
            default:
                return false;
        }
    }
}
