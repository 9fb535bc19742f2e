namespace Bot.Core.ExportFaq.Routing;

public enum FaqIntent
{
    /// <summary>A question for the knowledge base.</summary>
    Question,

    TrainingSignup,

    CurationSubmit,

    OutOfScope,
}
