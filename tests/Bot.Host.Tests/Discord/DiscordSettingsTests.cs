using Bot.Host.Discord;
using Bot.Host.Discord.Gateway;
using Bot.Host.Discord.Rest;
using Bot.Host.Tests.Discord.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Discord;

/// <summary>The "Discord" settings section as an admin writes it, and what AddDiscordTransport registers.</summary>
public sealed class DiscordSettingsTests
{
    [Fact]
    public void WithoutAToken_DiscordIsNotConfigured_AndNothingElseIsChecked()
    {
        var services = Services();

        var configured = services.AddDiscordTransport(Configuration(new() { ["Discord:GuildId"] = "not a number" }));

        Assert.False(configured);
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetService<DiscordRestClient>());
        Assert.Null(provider.GetService<DiscordGatewayClient>());
        Assert.False(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.IsConfigured);
    }

    [Fact]
    public void WellFormedSettings_RegisterBothClients()
    {
        var settings = Valid();
        var services = Services();

        var configured = services.AddDiscordTransport(Configuration(settings));

        Assert.True(configured);
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<DiscordGatewayClient>());
        Assert.NotNull(provider.GetRequiredService<DiscordRestClient>());
        Assert.Equal(GatewayState.Idle, provider.GetRequiredService<DiscordGatewayClient>().State);
    }

    [Theory]
    [InlineData("Discord:BotToken", "Bot " + DiscordTestTokens.Bot, "without the word 'Bot ' in front")]
    [InlineData("Discord:BotToken", "123456:abcdef", "Discord:BotToken looks wrong")]
    [InlineData("Discord:ApplicationId", "", "Discord:ApplicationId must be the Application ID")]
    [InlineData("Discord:GuildId", "umkm-kediri", "Discord:GuildId must be the moderators' server id")]
    [InlineData("Discord:MentionChannelId", "#tanya-ekspor", "Discord:MentionChannelId must be a channel id")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl must be a web address")]
    [InlineData("Discord:GatewayUrlOverride", "https://gateway.discord.gg", "Discord:GatewayUrlOverride must be empty or a wss:// address")]
    [InlineData("Discord:RequestTimeoutSeconds", "0", "Discord:RequestTimeoutSeconds must be between 5 and 120")]
    [InlineData("Discord:QuestionsChannelId", "#pertanyaan", "Discord:QuestionsChannelId must be a channel id")]
    [InlineData("Discord:CurationChannelId", "kurasi", "Discord:CurationChannelId must be a channel id")]
    [InlineData("Discord:ModeratorRoleIds:0", "@moderator", "Discord:ModeratorRoleIds must hold role ids")]
    public void WrongSetting_FailsWithAMessageAnAdminUnderstands_WithoutEchoingTheToken(string key, string value, string expected)
    {
        var settings = Valid();
        settings[key] = value;
        var services = Services();
        services.AddDiscordTransport(Configuration(settings));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(DiscordTestTokens.Secret, string.Join('\n', error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutModeratorRoles_StartFailsSayingNobodyCouldUseTheWorkspace()
    {
        var settings = Valid();
        settings.Remove("Discord:ModeratorRoleIds:0");
        var services = Services();
        services.AddDiscordTransport(Configuration(settings));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Discord:ModeratorRoleIds is empty, so nobody could use the moderators' workspace", StringComparison.Ordinal));
    }

    [Fact]
    public void Intents_AreGuildMessagesWithAMentionChannel_NoneWithout_AndNeverPrivileged()
    {
        Assert.Equal(GatewayIntents.GuildMessages, new DiscordOptions { MentionChannelId = FakeDiscordServer.ChannelId }.Intents);
        Assert.Equal(GatewayIntents.None, new DiscordOptions().Intents);
        Assert.Equal(0, (int)new DiscordOptions { MentionChannelId = FakeDiscordServer.ChannelId }.Intents & FakeDiscordServer.PrivilegedIntents);
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Discord:BotToken"] = DiscordTestTokens.Bot,
        ["Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
        ["Discord:GuildId"] = FakeDiscordServer.GuildId,
        ["Discord:MentionChannelId"] = FakeDiscordServer.ChannelId,
        ["Discord:ModeratorRoleIds:0"] = "1400000000000000500",
    };

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.ClearProviders());
        return services;
    }
}
