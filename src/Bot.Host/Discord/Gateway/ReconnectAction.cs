namespace Bot.Host.Discord.Gateway;

internal enum ReconnectAction
{
    /// <summary>Connect to the resume URL and RESUME (IDENTIFY when there is no session yet).</summary>
    Resume,

    /// <summary>Forget the session; GET /gateway/bot and IDENTIFY.</summary>
    NewSession,

    /// <summary>INVALID_SESSION d=false: a new session after a random 1–5 s.</summary>
    NewSessionAfterInvalid,

    /// <summary>Never retry (bad token, disallowed intents…).</summary>
    Fatal,

    /// <summary>The host is shutting down.</summary>
    Stop,
}
