namespace Bot.Core.Statistics;

/// <summary>Curator decisions in one week, Monday to Sunday WIB.</summary>
public sealed record WeekFigures(DateOnly MondayWib, int Decisions, int Approved, int NeedsRevision, int Rejected);
