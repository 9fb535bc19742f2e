namespace Bot.Core.Admin;

/// <summary>
/// Marks a command a banned user may still run: the data-subject rights of UU PDP (see, correct, erase one's
/// data) hold whatever the bot thinks of the person.
/// </summary>
public interface IAlwaysAllowed;
