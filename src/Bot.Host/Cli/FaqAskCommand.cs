using System.Text.Json;
using Bot.Core;
using Bot.Core.ExportFaq;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Cli;

/// <summary>
/// `faq ask "question"`: one JSON object on standard output. Without a question, one line of standard input
/// per question and one JSON line per answer, in order. Nothing else goes to standard output.
/// </summary>
internal static class FaqAskCommand
{
    public static async Task<int> RunAsync(string[] questions, HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddValidatedOptions<StorageOptions>(builder.Configuration, StorageOptions.Section);
        builder.Services.AddValidatedOptions<FaqOptions>(builder.Configuration, FaqOptions.Section);
        builder.Services.AddSingleton<BotDatabase>();
        builder.Services.AddSingleton<FaqKnowledgeBase>();
        using var host = builder.Build();

        FaqKnowledgeBase knowledge;
        try
        {
            knowledge = host.Services.GetRequiredService<FaqKnowledgeBase>();
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot open the database ({ex.Message}). Is the bot running on the same file? Stop it or pass Storage:DatabasePath=<another file>.").ConfigureAwait(false);
            return 1;
        }

        var output = Console.Out;
        if (questions.Length > 0)
        {
            await output.WriteLineAsync(Answer(knowledge, string.Join(' ', questions))).ConfigureAwait(false);
            return 0;
        }

        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            await output.WriteLineAsync(Answer(knowledge, line)).ConfigureAwait(false);
        }

        return 0;
    }

    private static string Answer(FaqKnowledgeBase knowledge, string question)
    {
        var match = knowledge.Matcher.Match(question);
        var route = match.Route switch
        {
            FaqRoute.Training => "training",
            FaqRoute.Curation => "curation",
            _ when match.Answered => "faq",
            _ => "none",
        };
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["topic"] = match.Answered ? match.TopicId : null,
            ["confidence"] = Math.Round(Math.Clamp(match.Confidence, 0, 1), 3),
            ["answered"] = match.Answered,
            ["route"] = route,
        });
    }
}
