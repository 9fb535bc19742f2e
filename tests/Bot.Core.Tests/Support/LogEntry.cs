using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Support;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
