using System.Text.Json;

namespace Bot.Core.ExportFaq;

/// <summary>The knowledge base shipped with the bot (embedded faq-seed.json), merged into LiteDB at start-up.</summary>
public sealed class FaqSeed
{
    private const string ResourceName = "faq-seed.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private FaqSeed(int version, IReadOnlyList<FaqEntry> entries)
    {
        Version = version;
        Entries = entries;
    }

    /// <summary>The seed file's version; raise it together with the entries' versions when the file changes.</summary>
    public int Version { get; }

    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>Reads the embedded seed. A missing or broken resource is a build defect, so it throws.</summary>
    public static FaqSeed Load()
    {
        using var stream = typeof(FaqSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static FaqSeed Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FaqSeedJson>(json, JsonOptions)
            ?? throw new InvalidOperationException("The FAQ seed is empty.");
        var entries = file.Entries.Select(ToEntry).ToList();
        var duplicate = entries.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The FAQ seed has topic id '{duplicate.Key}' twice.");
        }

        return new FaqSeed(file.SeedVersion, entries);
    }

    private static FaqEntry ToEntry(FaqSeedJsonEntry e) => new()
    {
        Id = e.Id,
        SeedVersion = e.Version,
        Keywords = new FaqPhrases { Indonesian = e.Keywords.Id ?? [], English = e.Keywords.En ?? [] },
        Questions = new FaqPhrases { Indonesian = e.Questions.Id ?? [], English = e.Questions.En ?? [] },
        Answer = new FaqText { Indonesian = e.Answer.Id, English = e.Answer.En },
        Related = e.Related ?? [],
    };
}
