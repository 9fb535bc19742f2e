namespace Bot.Core.ExportFaq;

/// <summary>How the bot answered questions on one day (WIB): counts only, nothing about who asked.</summary>
public sealed class FaqUsageDay
{
    /// <summary>The WIB date, "yyyy-MM-dd".</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Answers given from the FAQ, also those picked from the related-question buttons.</summary>
    public int Answered { get; set; }

    /// <summary>In scope, but no answer confident enough: the asker was offered to forward the question.</summary>
    public int Unknown { get; set; }

    public int OutOfScope { get; set; }

    /// <summary>Topic id → answers given with it.</summary>
    public Dictionary<string, int> Topics { get; set; } = [];
}
