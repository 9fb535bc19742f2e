using System.Globalization;

namespace Bot.Benchmarks;

/// <summary>Reading option values, shared by every scenario's options class.</summary>
internal static class BenchArgs
{
    /// <summary>The value after the option at <paramref name="i"/>; moves <paramref name="i"/> onto it.</summary>
    public static string Value(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");

    public static int Int(IReadOnlyList<string> args, ref int i, int min)
    {
        var name = args[i];
        var value = int.Parse(Value(args, ref i), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return value >= min ? value : throw new ArgumentException($"{name} must be at least {min}.");
    }

    /// <summary>Reads "--set Key=Value" into <paramref name="settings"/>.</summary>
    public static void Setting(IReadOnlyList<string> args, ref int i, Dictionary<string, string?> settings)
    {
        var pair = Value(args, ref i);
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new ArgumentException($"--set expects Key=Value, got '{pair}'.");
        }

        settings[pair[..eq]] = pair[(eq + 1)..];
    }
}
