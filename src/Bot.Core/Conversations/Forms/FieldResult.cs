namespace Bot.Core.Conversations.Forms;

/// <summary>What a field parser decided. Invalid answers carry a reason key shown with the field's example.</summary>
public sealed record FieldResult(FieldOutcome Outcome, string? Value = null, string? MessageKey = null, object?[]? Args = null)
{
    public static FieldResult Ok(string value) => new(FieldOutcome.Accepted, value);

    public static FieldResult Invalid(string reasonKey, params object?[] args) => new(FieldOutcome.Invalid, MessageKey: reasonKey, Args: args);

    public static FieldResult Collect(string value) => new(FieldOutcome.Collected, value);

    public static FieldResult Abort(string messageKey) => new(FieldOutcome.Abort, MessageKey: messageKey);
}
