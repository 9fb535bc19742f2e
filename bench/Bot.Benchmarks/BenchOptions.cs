using System.Globalization;

namespace Bot.Benchmarks;

/// <summary>Command-line settings of the pipeline benchmark; every figure has a default sized for ~1 minute on 2 cores.</summary>
internal sealed class BenchOptions
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

    public string? DataDirectory { get; private set; }

    public bool Keep { get; private set; }

    /// <summary>Extra configuration for Bot.Core, e.g. "Pipeline:MaxBatchSize=256".</summary>
    public Dictionary<string, string?> Settings { get; } = [];

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

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--chats":
                    options.Chats = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--warmup-chats":
                    options.WarmupChats = BenchArgs.Int(args, ref i, min: 0);
                    break;
                case "--latency-seconds":
                    options.LatencySeconds = double.Parse(BenchArgs.Value(args, ref i), CultureInfo.InvariantCulture);
                    if (options.LatencySeconds <= 0)
                    {
                        throw new ArgumentException("--latency-seconds must be positive.");
                    }

                    break;
                case "--rate":
                    options.Rate = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--per-commit-ops":
                    options.PerCommitOps = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--batched-ops":
                    options.BatchedOps = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--raw-batch":
                    options.RawBatchSize = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--raw-rounds":
                    options.RawRounds = BenchArgs.Int(args, ref i, min: 1);
                    break;
                case "--data":
                    options.DataDirectory = BenchArgs.Value(args, ref i);
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                case "--set":
                    BenchArgs.Setting(args, ref i, options.Settings);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        return options;
    }
}
