using System.Globalization;

namespace Bot.Benchmarks;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        // Progress lines and figures use '.' as the decimal point whatever the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args is ["broadcast", .. var broadcast])
        {
            return await BroadcastBenchmark.RunAsync(broadcast).ConfigureAwait(false);
        }

        if (args.Length == 0 || args[0] != "pipeline")
        {
            await Console.Error.WriteLineAsync(BenchOptions.Usage + Environment.NewLine + BroadcastBenchmark.Usage).ConfigureAwait(false);
            return 2;
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args[1..]);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + BenchOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        var ownsDirectory = options.DataDirectory is null;
        var directory = Path.GetFullPath(options.DataDirectory
            ?? Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(directory);
        try
        {
            return await PipelineBenchmark.RunAsync(options, directory).ConfigureAwait(false);
        }
        finally
        {
            if (!options.Keep)
            {
                Cleanup(directory, ownsDirectory);
            }
        }
    }

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
