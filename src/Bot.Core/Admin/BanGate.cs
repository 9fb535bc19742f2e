using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Admin;

/// <summary>
/// Stops banned users before routing: the first message gets one polite answer (remembered in the database, so a
/// restart does not repeat it); later ones are dropped without a reply. Data-subject commands still run.
/// </summary>
public sealed partial class BanGate(IRoleDirectory roles, CommandRegistry commands, ILogger<BanGate> logger)
{
    public const string CollectionName = "ban_notices";

    /// <returns>True when the update must go no further.</returns>
    public bool Stops(UpdateContext context)
    {
        var update = context.Update;
        if (!roles.IsBanned(update.Platform, update.SenderId) || IsAlwaysAllowed(update))
        {
            return false;
        }

        var notices = context.Session.Database.Raw.GetCollection<BanNotice>(CollectionName);
        var key = $"{update.Platform}:{update.SenderId}";
        if (notices.FindById(key) is null)
        {
            notices.Insert(new BanNotice { Id = key, ToldUtc = context.NowUtc });
            context.ReplyKey("admin.banned");
            LogBannedTold(update.Platform, update.SenderId);
        }
        else
        {
            LogBannedIgnored(update.Platform, update.SenderId);
        }

        return true;
    }

    private bool IsAlwaysAllowed(InboundUpdate update)
    {
        var source = update.Kind == InboundKind.Button ? update.Button?.Data : update.Text;
        if (!CommandText.TryParse(source, out var text))
        {
            return false;
        }

        return commands.TryGet(text.Name, out var command) && command is IAlwaysAllowed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Banned {Platform} user {UserId} wrote; told once that the bot will not serve them")]
    private partial void LogBannedTold(Platform platform, string userId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an update from banned {Platform} user {UserId}")]
    private partial void LogBannedIgnored(Platform platform, string userId);
}
