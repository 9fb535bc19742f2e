using System.Text.Json;

namespace Bot.Host.Discord.Models;

/// <summary>
/// The "data" of an interaction: a slash command (<see cref="Name"/>, <see cref="Options"/>), a component press
/// (<see cref="CustomId"/>, <see cref="ComponentType"/>, <see cref="Values"/>) or a modal submit (<see cref="CustomId"/>,
/// <see cref="Components"/>, read with <see cref="SubmittedValues"/>).
/// </summary>
public sealed record InteractionData(
    string? Id = null,
    string? Name = null,
    string? CustomId = null,
    int? ComponentType = null,
    IReadOnlyList<string>? Values = null,
    IReadOnlyList<InteractionOption>? Options = null,
    IReadOnlyList<JsonElement>? Components = null)
{
    public InteractionOption? Option(string name) => Options?.FirstOrDefault(o => o.Name == name);

    /// <summary>The text inputs of a modal submit by custom_id, from labels (type 18) or legacy action rows.</summary>
    public IReadOnlyDictionary<string, string> SubmittedValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in Components ?? [])
        {
            Collect(component, values);
        }

        return values;
    }

    private static void Collect(JsonElement component, Dictionary<string, string> values)
    {
        if (component.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (component.TryGetProperty("custom_id", out var id) && id.ValueKind == JsonValueKind.String
            && component.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
        {
            values[id.GetString()!] = value.GetString()!;
        }

        if (component.TryGetProperty("component", out var child))
        {
            Collect(child, values);
        }

        if (component.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in children.EnumerateArray())
            {
                Collect(item, values);
            }
        }
    }
}
