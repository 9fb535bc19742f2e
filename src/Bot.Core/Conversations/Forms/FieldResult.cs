namespace Bot.Core.Conversations.Forms;

/// <summary>What a field parser decided. Invalid answers carry a reason key shown with the field's example.</summary>
public sealed record FieldResult(FieldOutcome Outcome, string? Value = null, string? MessageKey = null, object?[]? Args = null)
{
    public IReadOnlyList<Choice> Suggestions { get; init; } = [];

    /// <summary>Offers close matches; the message says why (e.g. "did you mean" or "which one").</summary>
    public static FieldResult Suggest(string messageKey, IReadOnlyList<Choice> suggestions, params object?[] args) =>
        new(FieldOutcome.Suggest, MessageKey: messageKey, Args: args) { Suggestions = suggestions };

    public static FieldResult Ok(string value) => new(FieldOutcome.Accepted, value);

    public static FieldResult Invalid(string reasonKey, params object?[] args) => new(FieldOutcome.Invalid, MessageKey: reasonKey, Args: args);

    public static FieldResult Collect(string value) => new(FieldOutcome.Collected, value);

    public static FieldResult Abort(string messageKey) => new(FieldOutcome.Abort, MessageKey: messageKey);
}
