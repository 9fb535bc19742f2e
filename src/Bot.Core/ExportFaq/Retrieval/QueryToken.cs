namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>One meaningful word of a question with its Indonesian and English terms and its weight.</summary>
internal sealed record QueryToken(string Word, string IdTerm, string EnTerm, double Weight);
