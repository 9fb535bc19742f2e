using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

// Builders for the events members cause. Their shapes follow the gateway docs for INTERACTION_CREATE and MESSAGE_CREATE.
public sealed partial class FakeDiscordServer
{
    /// <summary>A member presses a button (custom_id) on message <paramref name="messageId"/>.</summary>
    public Task<FakeInteraction> PressButtonAsync(FakeMember member, string customId, string messageId, string? channelId = null)
    {
        var channel = channelId ?? ChannelId;
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        var message = new JsonObject { ["id"] = messageId, ["channel_id"] = channel, ["author"] = BotUser(), ["content"] = string.Empty };
        return DispatchInteractionAsync(3, member, channel, data, message);
    }

    /// <summary>
    /// A member submits modal <paramref name="customId"/> with text inputs (custom_id → value), as Label components
    /// (type 18) or, with <paramref name="legacyActionRows"/>, as action rows. With <paramref name="messageId"/> the modal was
    /// opened from a button on that message, which Discord then sends along (interaction.message).
    /// </summary>
    public Task<FakeInteraction> SubmitModalAsync(FakeMember member, string customId, IReadOnlyDictionary<string, string> values, string? channelId = null, bool legacyActionRows = false, string? messageId = null)
    {
        var components = new JsonArray();
        foreach (var (id, value) in values)
        {
            var input = new JsonObject { ["type"] = 4, ["custom_id"] = id, ["value"] = value };
            components.Add(legacyActionRows
                ? new JsonObject { ["type"] = 1, ["components"] = new JsonArray(input) }
                : new JsonObject { ["type"] = 18, ["component"] = input });
        }

        var data = new JsonObject { ["custom_id"] = customId, ["components"] = components };
        var channel = channelId ?? ChannelId;
        var message = messageId is null ? null : new JsonObject { ["id"] = messageId, ["channel_id"] = channel, ["author"] = BotUser(), ["content"] = string.Empty, ["flags"] = 0 };
        return DispatchInteractionAsync(5, member, channel, data, message);
    }

    /// <summary>A member runs /<paramref name="name"/> with options (strings, integers, booleans or numbers).</summary>
    public Task<FakeInteraction> InvokeSlashCommandAsync(FakeMember member, string name, IReadOnlyDictionary<string, JsonNode?>? options = null, string? channelId = null)
    {
        var list = new JsonArray();
        foreach (var (option, value) in options ?? new Dictionary<string, JsonNode?>())
        {
            var type = value?.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5,
                System.Text.Json.JsonValueKind.Number when value.AsValue().TryGetValue<long>(out _) => 4,
                System.Text.Json.JsonValueKind.Number => 10,
                _ => 3,
            };
            list.Add(new JsonObject { ["name"] = option, ["type"] = type, ["value"] = value?.DeepClone() });
        }

        var data = new JsonObject { ["id"] = NewSnowflake(), ["name"] = name, ["type"] = 1, ["options"] = list, ["guild_id"] = GuildId };
        return DispatchInteractionAsync(2, member, channelId ?? ChannelId, data, null);
    }

    /// <summary>A member writes in a channel; with <paramref name="mentionBot"/> the text starts with the bot's mention and mentions[] holds it.</summary>
    public async Task<FakeMessage> PostMessageAsync(FakeMember member, string content, string? channelId = null, bool mentionBot = false)
    {
        var channel = channelId ?? ChannelId;
        var id = NewSnowflake();
        var mention = $"<@{BotUserId}>";
        var mentions = new JsonArray();
        if (mentionBot)
        {
            content = content.Contains(mention, StringComparison.Ordinal) ? content : mention + " " + content;
            mentions.Add(BotUser());
        }

        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["guild_id"] = GuildId,
            ["author"] = User(member),
            ["member"] = new JsonObject { ["roles"] = Roles(member), ["nick"] = null, ["joined_at"] = "2025-01-01T00:00:00+00:00" },
            ["content"] = content,
            ["mentions"] = mentions,
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["type"] = 0,
            ["tts"] = false,
            ["pinned"] = false,
            ["flags"] = 0,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        var sequence = await DispatchAsync("MESSAGE_CREATE", message).ConfigureAwait(false);
        return new FakeMessage(id, channel, sequence);
    }

    private async Task<FakeInteraction> DispatchInteractionAsync(int type, FakeMember member, string channelId, JsonObject data, JsonObject? message)
    {
        var id = NewSnowflake();
        var token = "aW50ZXJhY3Rpb246" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["guild_id"] = GuildId,
            ["channel_id"] = channelId,
            ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = 0 },
            ["member"] = new JsonObject
            {
                ["user"] = User(member),
                ["roles"] = Roles(member),
                ["permissions"] = "2248473465835073",
                ["nick"] = null,
                ["joined_at"] = "2025-01-01T00:00:00+00:00",
            },
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = "2248473465835073",
            ["locale"] = "id",
            ["guild_locale"] = "id",
            ["context"] = 0,
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
            ["entitlements"] = new JsonArray(),
        };
        if (message is not null)
        {
            interaction["message"] = message;
        }

        var state = new FakeInteractionState(id, token, type, DateTimeOffset.UtcNow);
        Write(() => _interactions[id] = state);
        var sequence = await DispatchAsync("INTERACTION_CREATE", interaction).ConfigureAwait(false);
        return new FakeInteraction(id, token, sequence, state.DispatchedAt);
    }

    private static JsonObject BotUser() => new() { ["id"] = BotUserId, ["username"] = BotUsername, ["global_name"] = null, ["bot"] = true };

    private static JsonObject User(FakeMember member) =>
        new() { ["id"] = member.UserId, ["username"] = member.Username, ["global_name"] = member.Username, ["discriminator"] = "0" };

    private static JsonArray Roles(FakeMember member) => new([.. member.RoleIds.Select(r => (JsonNode)JsonValue.Create(r))]);
}
