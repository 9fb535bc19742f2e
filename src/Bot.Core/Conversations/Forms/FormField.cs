namespace Bot.Core.Conversations.Forms;

/// <summary>One question of a form, declared; the engine does asking, checking, back, skip and summary.</summary>
public sealed record FormField
{
    public required string Key { get; init; }

    public required string PromptKey { get; init; }

    /// <summary>Label in the summary and on its "edit" button.</summary>
    public required string LabelKey { get; init; }

    /// <summary>A valid example, shown with every refusal.</summary>
    public string? ExampleKey { get; init; }

    /// <summary>Turns an answer into the stored value, or refuses it with a reason. Choices need none.</summary>
    public Func<FieldInput, FieldResult>? Parse { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Choices computed when the field is asked (e.g. the sessions that are open now).</summary>
    public Func<UpdateContext, IReadOnlyList<Choice>>? ChoicesFrom { get; init; }

    /// <summary>Arguments for the prompt text, e.g. the saved profile shown for confirmation.</summary>
    public Func<UpdateContext, object?[]>? PromptArgs { get; init; }

    /// <summary>Choices per button row.</summary>
    public int ChoicesPerRow { get; init; } = 2;

    public bool Optional { get; init; }

    /// <summary>When true for the answers so far, the field is not asked.</summary>
    public Func<IReadOnlyDictionary<string, string>, bool>? SkipWhen { get; init; }

    /// <summary>Multi-item field (photos): items are collected until "selesai".</summary>
    public int MaxItems { get; init; }

    public int MinItems { get; init; }

    /// <summary>How a stored value is shown in the summary; by default the choice label or the value itself.</summary>
    public Func<string, UpdateContext, string>? Display { get; init; }

    public bool Collects => MaxItems > 0;

    public IReadOnlyList<Choice> ChoicesIn(UpdateContext context) => ChoicesFrom?.Invoke(context) ?? Choices;
}
