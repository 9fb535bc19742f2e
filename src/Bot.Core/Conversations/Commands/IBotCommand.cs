using Bot.Core.Admin;

namespace Bot.Core.Conversations.Commands;

/// <summary>One slash command; registered in DI and found by name, never by a switch.</summary>
public interface IBotCommand
{
    /// <summary>The first name is the one shown in /bantuan; the others are aliases (e.g. English).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Text key of the one-line description in /bantuan.</summary>
    string DescriptionKey { get; }

    Role Requires { get; }

    CommandKind Kind { get; }

    /// <summary>False for commands that only buttons use (e.g. rating an answer); /bantuan leaves them out.</summary>
    bool Listed => true;

    void Execute(UpdateContext context, string arguments);
}
