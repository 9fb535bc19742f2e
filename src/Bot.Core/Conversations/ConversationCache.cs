namespace Bot.Core.Conversations;

/// <summary>
/// Committed conversations kept in memory by the writer, so a chat's state is not read back from the
/// database on every batch. Only committed state goes in; a session works on copies, so a rolled-back
/// batch leaves the cache as it was. Writer thread only.
/// </summary>
internal sealed class ConversationCache
{
    private const int Capacity = 50_000;
    private readonly Dictionary<string, Conversation> _committed = [];

    public Conversation? CopyOf(string key) => _committed.TryGetValue(key, out var conversation) ? conversation.Copy() : null;

    public void Committed(IReadOnlyCollection<Conversation> conversations)
    {
        // Crude but bounded: a city's active chats fit many times over; when full, start again from the database.
        if (_committed.Count + conversations.Count > Capacity)
        {
            _committed.Clear();
        }

        foreach (var conversation in conversations)
        {
            _committed[conversation.Id] = conversation;
        }
    }
}
