namespace Bot.Core.Outbox;

/// <summary>One chat's unsent rows in id order, with at most one sending loop at a time.</summary>
internal sealed class ChatLane
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, OutboxRow> _rows = [];
    private bool _running;
    private long _sending = -1;

    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return !_running && _rows.Count == 0;
            }
        }
    }

    /// <summary>Adds a row; true when the caller must start the sending loop.</summary>
    public bool Add(OutboxRow row)
    {
        lock (_gate)
        {
            _rows[row.Id] = row;
            if (_running)
            {
                return false;
            }

            _running = true;
            return true;
        }
    }

    public bool TryPeek(out OutboxRow row)
    {
        lock (_gate)
        {
            if (_rows.Count == 0)
            {
                row = null!;
                return false;
            }

            row = _rows.First().Value;
            return true;
        }
    }

    /// <summary>Takes the head for sending: from now on <see cref="RemoveWhere"/> leaves it alone.</summary>
    public bool TryBegin(out OutboxRow row)
    {
        lock (_gate)
        {
            if (_rows.Count == 0)
            {
                row = null!;
                return false;
            }

            row = _rows.First().Value;
            _sending = row.Id;
            return true;
        }
    }

    public void Remove(long id)
    {
        lock (_gate)
        {
            _rows.Remove(id);
            if (_sending == id)
            {
                _sending = -1;
            }
        }
    }

    /// <summary>Takes out the matching rows that are not being sent right now.</summary>
    public List<OutboxRow> RemoveWhere(Func<OutboxRow, bool> predicate)
    {
        lock (_gate)
        {
            var doomed = _rows.Values.Where(r => r.Id != _sending && predicate(r)).ToList();
            foreach (var row in doomed)
            {
                _rows.Remove(row.Id);
            }

            return doomed;
        }
    }

    /// <summary>Ends the sending loop; true when rows arrived meanwhile and the loop must run again.</summary>
    public bool EndRun(bool stopping)
    {
        lock (_gate)
        {
            _running = !stopping && _rows.Count > 0;
            return _running;
        }
    }
}
