using System.Globalization;

namespace Bot.Benchmarks;

/// <summary>Progress lines, figures and percentiles of the "signup" and "curation" scenarios.</summary>
internal static class BenchOutput
{
    public static void Progress(string line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss.fff}] {line}"));

    public static void Figure(string name, double value, string format = "F2") =>
        Console.WriteLine($"{name}: {value.ToString(format, CultureInfo.InvariantCulture)}");

    public static void Target(string name, bool met) => Progress($"target {name}: {(met ? "met" : "MISSED")}");

    /// <summary>Prints the problems; true when there were none.</summary>
    public static bool Verified(List<string> problems, string success)
    {
        if (problems.Count == 0)
        {
            Progress("verify: OK, " + success);
            return true;
        }

        foreach (var problem in problems)
        {
            Console.WriteLine("FAILED verify: " + problem);
            Console.Error.WriteLine("FAILED verify: " + problem);
        }

        return false;
    }

    /// <summary>Nearest-rank percentile of sorted values; NaN when there are none.</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
