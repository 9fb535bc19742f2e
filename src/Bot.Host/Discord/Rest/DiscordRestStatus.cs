namespace Bot.Host.Discord.Rest;

/// <summary>How a REST call ended. Only <see cref="Transient"/> and <see cref="RateLimited"/> are worth retrying later.</summary>
public enum DiscordRestStatus
{
    Ok,

    /// <summary>400 and other 4xx: Discord refused the request as sent (see the error code, e.g. 40060 already acknowledged).</summary>
    Rejected,

    /// <summary>401: the bot token is wrong or was reset.</summary>
    Unauthorized,

    /// <summary>403: the bot lacks access or a permission in that channel (50001, 50013).</summary>
    Forbidden,

    /// <summary>404: unknown channel, message, webhook or interaction (10003, 10008, 10015, 10062).</summary>
    NotFound,

    /// <summary>429 with a wait longer than Discord:MaxRateLimitWaitSeconds, or still limited after several waits; see RetryAfter.</summary>
    RateLimited,

    /// <summary>5xx, a timeout or a network error. The client does not retry these itself.</summary>
    Transient,
}
