namespace Bot.Benchmarks;

/// <summary>
/// What every scenario's command line has: <c>--set Key=Value</c> (a Bot.Core setting, repeatable), <c>--data DIR</c>
/// and <c>--keep</c>. A scenario's own options are read by its <see cref="Read"/>.
/// </summary>
internal abstract class ScenarioOptions
{
    public Dictionary<string, string?> Settings { get; } = [];

    public string? DataDirectory { get; private set; }

    public bool Keep { get; private set; }

    protected static T Parse<T>(IReadOnlyList<string> args)
        where T : ScenarioOptions, new()
    {
        var options = new T();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--set":
                    BenchArgs.Setting(args, ref i, options.Settings);
                    break;
                case "--data":
                    options.DataDirectory = BenchArgs.Value(args, ref i);
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                default:
                    if (!options.Read(args, ref i))
                    {
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                    }

                    break;
            }
        }

        return options;
    }

    /// <summary>Reads the scenario's own option at <paramref name="i"/> (moving past its value); false when it is not one.</summary>
    protected abstract bool Read(IReadOnlyList<string> args, ref int i);
}
