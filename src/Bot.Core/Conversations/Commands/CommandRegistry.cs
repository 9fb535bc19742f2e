using System.Collections.Frozen;

namespace Bot.Core.Conversations.Commands;

public sealed class CommandRegistry
{
    private readonly FrozenDictionary<string, IBotCommand> _byName;

    public CommandRegistry(IEnumerable<IBotCommand> commands)
    {
        All = [.. commands];
        var byName = new Dictionary<string, IBotCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in All)
        {
            foreach (var name in command.Names)
            {
                if (!byName.TryAdd(name, command))
                {
                    throw new InvalidOperationException($"Two commands are registered as /{name}.");
                }
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>In registration order, which is the order /bantuan lists them.</summary>
    public IReadOnlyList<IBotCommand> All { get; }

    public bool TryGet(string name, out IBotCommand command) => _byName.TryGetValue(name, out command!);
}
