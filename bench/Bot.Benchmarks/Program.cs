using System.Globalization;

namespace Bot.Benchmarks;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        // Progress lines and figures use '.' as the decimal point whatever the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length > 0 && await GcBudget.RunWithBudgetAsync(args[0], args).ConfigureAwait(false) is { } exitCode)
        {
            return exitCode;
        }

        if (args is ["broadcast", .. var broadcast])
        {
            return await BroadcastBenchmark.RunAsync(broadcast).ConfigureAwait(false);
        }

        var scenario = args.Length > 0 ? args[0] : string.Empty;
        if (scenario is not ("pipeline" or "discord" or "signup" or "curation"))
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, BenchOptions.Usage, DiscordBenchOptions.Usage, SignupBenchOptions.Usage, CurationBenchOptions.Usage, BroadcastBenchmark.Usage)).ConfigureAwait(false);
            return 2;
        }

        ScenarioOptions options;
        Func<string, Task<int>> run;
        try
        {
            (options, run) = scenario switch
            {
                "discord" => Scenario(DiscordBenchOptions.Parse(args[1..]), DiscordBenchmark.RunAsync),
                "signup" => Scenario(SignupBenchOptions.Parse(args[1..]), SignupBenchmark.RunAsync),
                "curation" => Scenario(CurationBenchOptions.Parse(args[1..]), CurationBenchmark.RunAsync),
                _ => Scenario(BenchOptions.Parse(args[1..]), PipelineBenchmark.RunAsync),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            var usage = scenario switch
            {
                "discord" => DiscordBenchOptions.Usage,
                "signup" => SignupBenchOptions.Usage,
                "curation" => CurationBenchOptions.Usage,
                _ => BenchOptions.Usage,
            };
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + usage).ConfigureAwait(false);
            return 2;
        }

        var ownsDirectory = options.DataDirectory is null;
        var directory = Path.GetFullPath(options.DataDirectory
            ?? Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(directory);
        using var alloc = Environment.GetEnvironmentVariable("BENCH_ALLOC") is null ? null : new AllocListener();
        try
        {
            var rc = await run(directory).ConfigureAwait(false);
            AllocListener.Dump();
            return rc;
        }
        finally
        {
            if (!options.Keep)
            {
                Cleanup(directory, ownsDirectory);
            }
        }
    }

    private static (ScenarioOptions Options, Func<string, Task<int>> Run) Scenario<T>(T options, Func<T, string, Task<int>> run)
        where T : ScenarioOptions => (options, directory => run(options, directory));

    private static void Cleanup(string directory, bool ownsDirectory)
    {
        try
        {
            if (ownsDirectory)
            {
                Directory.Delete(directory, recursive: true);
                return;
            }

            // A directory given with --data may hold other things: remove only what the benchmark wrote.
            foreach (var file in Directory.EnumerateFiles(directory, "bench-*.db"))
            {
                File.Delete(file);
            }
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"could not delete {directory}: {ex.Message}"));
        }
    }
}
