namespace Bot.Core.Messaging;

/// <param name="Data">Callback data, at most 64 bytes (Telegram's limit). Data starting with '/' runs that command.</param>
public sealed record Button(string Label, string Data);
