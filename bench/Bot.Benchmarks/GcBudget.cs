using System.Diagnostics;

namespace Bot.Benchmarks;

/// <summary>
/// The GC gen0 budget each scenario runs with. The GC reads it from the environment only (DOTNET_GCgen0size has no
/// runtimeconfig name), so a scenario started without its value runs itself again, as a child process, with it. The
/// throughput and latency scenarios use 64 MB, as a bot under heavy chat load is set up; curation measures memory and
/// runs with the bot's own default, 16 MB (src/Bot.Host/Properties/launchSettings.json). BENCH_GC_AS_IS=1 keeps
/// whatever the environment says, to measure another value.
/// </summary>
internal static class GcBudget
{
    private const string Variable = "DOTNET_GCgen0size";

    /// <summary>Null when this process may run the scenario itself; else the exit code of the child that ran it.</summary>
    public static async Task<int?> RunWithBudgetAsync(string scenario, string[] args)
    {
        var wanted = scenario == "curation" ? "0x1000000" : "0x4000000";
        if (scenario is not ("pipeline" or "discord" or "signup" or "curation" or "broadcast")
            || Environment.GetEnvironmentVariable("BENCH_GC_AS_IS") is not null
            || string.Equals(Environment.GetEnvironmentVariable(Variable), wanted, StringComparison.OrdinalIgnoreCase)
            || Environment.ProcessPath is not { } self)
        {
            return null;
        }

        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(GcBudget).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[Variable] = wanted;
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the benchmark again with its GC budget.");
        await child.WaitForExitAsync().ConfigureAwait(false);
        return child.ExitCode;
    }
}
