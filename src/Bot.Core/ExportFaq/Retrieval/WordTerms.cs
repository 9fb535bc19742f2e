namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>What one normalised word becomes in each language; null where that analyzer drops it as a stop word.</summary>
internal readonly record struct WordTerms(string? Id, string? En)
{
    public bool IsStopWord => Id is null || En is null;
}
