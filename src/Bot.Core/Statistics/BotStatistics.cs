namespace Bot.Core.Statistics;

/// <summary>What /statistik shows, computed at <see cref="AtUtc"/>.</summary>
public sealed record BotStatistics(DateTime AtUtc, SellerFigures Sellers, TrainingFigures Training, CurationFigures Curation, FaqFigures Faq);
