using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Discord.Fakes;

public sealed partial class FakeDiscordServer
{
    private readonly Dictionary<string, FakeInteractionState> _interactions = new(StringComparer.Ordinal);
    private readonly List<RecordedCallback> _callbacks = [];
    private JsonArray? _commands;

    /// <summary>A callback later than this after the dispatch gets 10062 Unknown interaction, as on Discord (3 s).</summary>
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Every accepted interaction callback.</summary>
    public IReadOnlyList<RecordedCallback> Callbacks => Read(() => (IReadOnlyList<RecordedCallback>)[.. _callbacks]);

    /// <summary>The guild's commands after the last bulk overwrite, as returned (with ids); null before the first.</summary>
    public JsonArray? RegisteredCommands => Read(() => _commands?.DeepClone().AsArray());

    public Task<RecordedCallback> WaitForCallbackAsync(string interactionId, TimeSpan? timeout = null) =>
        WaitForAsync(() => Callbacks.FirstOrDefault(c => c.InteractionId == interactionId), $"the callback of interaction {interactionId}", timeout);

    private JsonNode? Callback(string interactionId, string token, JsonObject body, DateTimeOffset at)
    {
        var type = body["type"] is JsonValue t && t.TryGetValue<int>(out var number) ? number : 0;
        var data = body["data"] as JsonObject;
        lock (_gate)
        {
            if (!_interactions.TryGetValue(interactionId, out var interaction) || interaction.Token != token
                || (!interaction.Acknowledged && at - interaction.DispatchedAt > InteractionDeadline))
            {
                throw new FakeDiscordError(404, 10062, "Unknown interaction");
            }

            if (interaction.Acknowledged)
            {
                throw new FakeDiscordError(400, 40060, "Interaction has already been acknowledged.");
            }

            var allowed = type switch
            {
                4 or 5 => true,
                6 or 7 => interaction.Type is 3 or 5,
                9 => interaction.Type is 2 or 3,
                _ => false,
            };
            if (!allowed)
            {
                throw FakeDiscordError.InvalidForm($"type: callback type {type} is not allowed for interaction type {interaction.Type}");
            }

            if (type == 9 && (string.IsNullOrEmpty(Text(data, "custom_id")) || Text(data, "title") is not { Length: >= 1 and <= 45 } || data?["components"] is not JsonArray { Count: >= 1 and <= 5 }))
            {
                throw FakeDiscordError.InvalidForm("data: a modal needs custom_id, a title of 1-45 characters and 1-5 components");
            }

            interaction.Acknowledged = true;
            if (type is 4 or 5)
            {
                interaction.Original = NewMessage(ChannelId, data ?? []);
                _messages[Text(interaction.Original, "id")!] = interaction.Original;
            }

            _callbacks.Add(new RecordedCallback(interactionId, type, data?.DeepClone(), at, at - interaction.DispatchedAt));
            return null;
        }
    }

    private JsonObject EditOriginal(string applicationId, string token, JsonObject payload)
    {
        lock (_gate)
        {
            var interaction = AcknowledgedInteraction(applicationId, token);
            interaction.Original ??= NewMessage(ChannelId, []);
            Apply(interaction.Original, payload);
            _messages[Text(interaction.Original, "id")!] = interaction.Original;
            return interaction.Original.DeepClone().AsObject();
        }
    }

    private JsonObject Followup(string applicationId, string token, JsonObject payload)
    {
        lock (_gate)
        {
            AcknowledgedInteraction(applicationId, token);
        }

        return Store(NewMessage(ChannelId, payload));
    }

    private FakeInteractionState AcknowledgedInteraction(string applicationId, string token) =>
        applicationId == ApplicationId && _interactions.Values.FirstOrDefault(i => i.Token == token) is { Acknowledged: true } interaction
            ? interaction
            : throw new FakeDiscordError(404, 10015, "Unknown Webhook");

    private JsonArray OverwriteCommands(string applicationId, string guildId, JsonNode? body)
    {
        if (applicationId != ApplicationId)
        {
            throw new FakeDiscordError(403, 50001, "Missing Access");
        }

        if (guildId != GuildId)
        {
            throw new FakeDiscordError(404, 10004, "Unknown Guild");
        }

        if (body is not JsonArray commands)
        {
            throw FakeDiscordError.InvalidForm("expected an array of commands");
        }

        var registered = new JsonArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = Text(command, "name") ?? string.Empty;
            var slash = command["type"] is null || command["type"]!.GetValue<int>() == 1;
            if (!CommandName().IsMatch(name) || (slash && Text(command, "description") is not { Length: >= 1 and <= 100 }))
            {
                throw FakeDiscordError.InvalidForm($"name/description of command '{name}'");
            }

            var stored = command.DeepClone().AsObject();
            stored["id"] = NewSnowflake();
            stored["application_id"] = ApplicationId;
            stored["guild_id"] = GuildId;
            stored["version"] = NewSnowflake();
            stored["type"] ??= 1;
            registered.Add(stored);
        }

        lock (_gate)
        {
            _commands = registered;
            return registered.DeepClone().AsArray();
        }
    }

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
