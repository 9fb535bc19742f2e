using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Support;

/// <summary>An <see cref="ILogger{T}"/> that writes into the bot's <see cref="LogSink"/>.</summary>
public sealed class RecordingLogger<T>(LogSink sink) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        sink.Add(new LogEntry(typeof(T).Name, logLevel, formatter(state, exception), exception));
}
