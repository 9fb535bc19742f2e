namespace Bot.Core.Statistics;

/// <param name="Programs">Every programme, in the order they were added; <see cref="Total"/> sums them.</param>
/// <param name="Sessions">Sessions still to come or ended in the last 30 days, soonest first (at most 15).</param>
public sealed record TrainingFigures(ProgramFigures Total, IReadOnlyList<ProgramFigures> Programs, IReadOnlyList<SessionFigures> Sessions);
