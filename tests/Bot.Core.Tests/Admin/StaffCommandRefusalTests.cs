using System.Text;
using Bot.Core.Admin;
using Bot.Core.Conversations.Commands;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Admin;

/// <summary>
/// Every staff command in the registry, typed or pressed by someone without its role: refused, nothing stored
/// changes, and the attempt is logged. Commands added later are covered without touching this test.
/// </summary>
public sealed class StaffCommandRefusalTests
{
    private const string Seller = "1001";
    private const string Curator = "8001";
    private const string Admin = "9001";
    private static readonly Localizer T = Texts.Id;

    // Arguments that would make the command act if it were allowed; commands not listed are tried bare.
    private static readonly Dictionary<string, string> Acting = new()
    {
        ["jawab"] = "1",
        ["faq_tambah"] = "1 nib-oss",
        ["faq_ubah"] = "nib-oss",
        ["faq_hapus"] = "nib-oss ya",
        ["audit"] = "csv",
    };

    [Fact]
    public async Task EveryStaffCommand_FromSomeoneWithoutItsRole_IsRefused_ChangesNothing_AndIsLogged()
    {
        await using var bot = await StartAsync();
        await SeedQuestionAsync(bot);
        var staff = bot.Services.GetRequiredService<CommandRegistry>().All.Where(c => c.Requires > Role.Seller).ToList();
        Assert.NotEmpty(staff);

        var tried = 0;
        foreach (var command in staff)
        {
            var outsiders = command.Requires == Role.Admin ? new[] { Seller, Curator } : [Seller];
            foreach (var name in command.Names)
            {
                var line = Acting.TryGetValue(name, out var args) ? $"/{name} {args}" : $"/{name}";
                foreach (var user in outsiders)
                {
                    var before = Snapshot(bot.Database);
                    var typed = MessageAssertions.Single(await bot.SendTextAsync(user, line));
                    var pressed = MessageAssertions.Single(await bot.PressAsync(user, line));

                    Assert.Equal(T["command.not_allowed"], typed.Text);
                    Assert.Equal(T["command.not_allowed"], pressed.Text);
                    Assert.Equal(before, Snapshot(bot.Database));
                    Assert.False(bot.ConversationOf(user)!.InForm, $"{line} opened a form for {user}");
                    var refusals = bot.Logs.Entries.Count(e => e.Level == LogLevel.Warning
                        && e.Message.Contains($"Refused /{name} ", StringComparison.Ordinal) && e.Message.Contains($"user {user}:", StringComparison.Ordinal));
                    Assert.True(refusals >= 2, $"{line} from {user} was not logged twice (typed and pressed)");
                    tried++;
                }
            }
        }

        Assert.True(tried >= staff.Count);
    }

    [Fact]
    public async Task Curator_MayRunCuratorCommands_ButNotAdminOnes()
    {
        await using var bot = await StartAsync();
        var adminOnly = bot.Services.GetRequiredService<CommandRegistry>().All.First(c => c.Requires == Role.Admin);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Curator, "/" + adminOnly.Names[0]));

        Assert.Equal(T["command.not_allowed"], reply.Text);
        var help = MessageAssertions.Single(await bot.SendTextAsync(Curator, "/bantuan"));
        Assert.DoesNotContain("/" + adminOnly.Names[0] + " ", help.Text, StringComparison.Ordinal);
    }

    private static async Task SeedQuestionAsync(TestBot bot)
    {
        var unknown = MessageAssertions.Single(await bot.SendTextAsync(Seller, "tas anyaman pandan bisa laku di timur tengah ga"));
        await bot.PressAsync(Seller, unknown.Button(T["faq.forward"]));
        Assert.NotNull(FaqStore.FindQuestion(bot.Database, "1"));
    }

    /// <summary>Every stored document except the bookkeeping a refusal itself writes (chat state, dedupe keys, the reply).</summary>
    private static string Snapshot(BotDatabase database)
    {
        var skip = new HashSet<string> { "conversations", "processed_batches", "outbox" };
        var text = new StringBuilder();
        foreach (var name in database.Raw.GetCollectionNames().Where(n => !skip.Contains(n)).Order(StringComparer.Ordinal))
        {
            text.Append('[').Append(name).AppendLine("]");
            foreach (var doc in database.Raw.GetCollection(name).FindAll().OrderBy(d => d["_id"].ToString(), StringComparer.Ordinal))
            {
                text.AppendLine(JsonSerializer.Serialize(doc));
            }
        }

        return text.ToString();
    }

    private static Task<TestBot> StartAsync() => TestBot.StartAsync(o =>
    {
        o.Settings["Roles:Admins:0"] = $"{Platform.Local}:{Admin}";
        o.Settings["Roles:Curators:0"] = $"{Platform.Local}:{Curator}";
    });
}
