namespace Bot.Core.Profiles;

/// <param name="Exact">The kelurahan when the input names it exactly.</param>
/// <param name="Candidates">Otherwise the close ones, best first, for the seller to pick or confirm.</param>
public sealed record KelurahanMatch(Kelurahan? Exact, IReadOnlyList<Kelurahan> Candidates);
