using System.Globalization;

namespace Bot.Benchmarks;

/// <summary>Command-line settings of the pipeline benchmark; every figure has a default sized for ~1 minute on 2 cores.</summary>
internal sealed class BenchOptions : ScenarioOptions
{
    public int Chats { get; private set; } = 2_000;

    public int WarmupChats { get; private set; } = 100;

    public double LatencySeconds { get; private set; } = 4;

    public int Rate { get; private set; } = 5_000;

    public int PerCommitOps { get; private set; } = 3_000;

    public int BatchedOps { get; private set; } = 50_000;

    public int RawBatchSize { get; private set; } = 100;

    /// <summary>The raw LiteDB figures are the median of this many alternating rounds (the disk is noisy).</summary>
    public int RawRounds { get; private set; } = 3;

    public static string Usage => """
        usage: Bot.Benchmarks pipeline [options]
          --chats N             chats in the throughput phase, 8 messages each (default 2000)
          --warmup-chats N      chats run before measuring, to warm the JIT and the file (default 100)
          --latency-seconds S   length of the paced latency phase (default 4)
          --rate R              messages per second offered in the latency phase (default 5000)
          --per-commit-ops N    raw LiteDB upserts with one commit each (default 3000)
          --batched-ops N       raw LiteDB upserts in transactions (default 50000)
          --raw-batch N         upserts per raw transaction (default 100)
          --raw-rounds N        split the raw runs into N alternating rounds and report the median (default 3)
          --data DIR            where the database files go (default: a new folder under the system temp dir)
          --keep                keep the database files afterwards
          --set Key=Value       a Bot.Core setting, e.g. --set Pipeline:MaxBatchSize=256 (repeatable)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args) => Parse<BenchOptions>(args);

    protected override bool Read(IReadOnlyList<string> args, ref int i)
    {
        switch (args[i])
        {
            case "--chats":
                Chats = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--warmup-chats":
                WarmupChats = BenchArgs.Int(args, ref i, min: 0);
                return true;
            case "--latency-seconds":
                LatencySeconds = double.Parse(BenchArgs.Value(args, ref i), CultureInfo.InvariantCulture);
                if (LatencySeconds <= 0)
                {
                    throw new ArgumentException("--latency-seconds must be positive.");
                }

                return true;
            case "--rate":
                Rate = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--per-commit-ops":
                PerCommitOps = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--batched-ops":
                BatchedOps = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--raw-batch":
                RawBatchSize = BenchArgs.Int(args, ref i, min: 1);
                return true;
            case "--raw-rounds":
                RawRounds = BenchArgs.Int(args, ref i, min: 1);
                return true;
            default:
                return false;
        }
    }
}
