using Bot.Host.Discord.Models;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

public sealed class CommandRegistrationTests
{
    private const string GuildCommands = "/applications/{application_id}/guilds/{guild_id}/commands";

    [Fact]
    public async Task BulkOverwrite_PutsEveryGuildCommandInOneRequest()
    {
        await using var discord = await DiscordHarness.StartAsync();
        ApplicationCommand[] commands =
        [
            new("antrian", "Ringkasan antrean kurasi"),
            new("statistik", "Statistik layanan UMKM"),
            new("faq-cari", "Cari jawaban di FAQ ekspor")
            {
                Options = [new ApplicationCommandOption(ApplicationCommandOptionType.String, "teks", "Kata kunci") { Required = true, MaxLength = 100 }],
            },
        ];

        var result = await discord.Rest.BulkOverwriteGuildCommandsAsync(commands, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["antrian", "statistik", "faq-cari"], result.Value.Select(c => c.Name));
        Assert.All(result.Value, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        var request = Assert.Single(discord.Server.RequestsTo("PUT", GuildCommands));
        Assert.Equal(FakeDiscordServer.ApplicationId, request.RouteValues["application_id"]);
        Assert.Equal(FakeDiscordServer.GuildId, request.RouteValues["guild_id"]);
        Assert.Equal("Bot " + DiscordTestTokens.Bot, request.Authorization);
        var body = request.Json!.AsArray();
        Assert.Equal(3, body.Count);
        Assert.All(body, c => Assert.Equal(1, c!["type"]!.GetValue<int>()));
        var option = body[2]!["options"]![0]!;
        Assert.Equal(3, option["type"]!.GetValue<int>());
        Assert.Equal("teks", option["name"]!.GetValue<string>());
        Assert.True(option["required"]!.GetValue<bool>());
        Assert.Equal(3, discord.Server.RegisteredCommands!.Count);
    }
}
