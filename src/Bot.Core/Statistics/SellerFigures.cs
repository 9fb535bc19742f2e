namespace Bot.Core.Statistics;

/// <param name="Registered">Seller profiles stored.</param>
/// <param name="Consented">Profiles with a consent record (any text version).</param>
/// <param name="CurrentConsent">Profiles whose consent names the current text version.</param>
public sealed record SellerFigures(int Registered, int Consented, int CurrentConsent);
