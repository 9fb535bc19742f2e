namespace Bot.Core.Tests.ExportFaq;

/// <param name="Expected">A topic id, or "none", "training", "curation".</param>
internal sealed record EvalCase(string Question, string Expected)
{
    public const string None = "none";
    public const string Training = "training";
    public const string Curation = "curation";

    public bool InScope => Expected is not (None or Training or Curation);
}
