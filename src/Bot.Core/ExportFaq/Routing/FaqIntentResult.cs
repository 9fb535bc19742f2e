namespace Bot.Core.ExportFaq.Routing;

/// <param name="Reason">Which rule fired and on which words; null for a plain question.</param>
public sealed record FaqIntentResult(FaqIntent Intent, string? Reason = null);
