namespace SuggestionDesk.Reminders;

/// <summary>Collects lines and digests per recipient into one message each, leaving out what the log already holds.</summary>
internal sealed class MessageBuilder(IReadOnlySet<ReminderKey> alreadySent)
{
    private readonly Dictionary<string, Pending> byRecipient = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Adds <paramref name="line"/> unless the log holds every one of its <paramref name="keys"/>, or the message already
    /// has them (the same clock reached in another capacity is one line); says whether it was added.
    /// </summary>
    public bool Add(string recipient, RecipientRole role, ReminderLine line, IReadOnlyList<ReminderKey> keys)
    {
        if (keys.All(alreadySent.Contains))
        {
            return false;
        }

        var pending = For(recipient);
        if (keys.All(pending.Keys.Contains))
        {
            return false;
        }

        pending.Keys.UnionWith(keys);
        pending.Lines.Add((role, line));
        return true;
    }

    public void Add(string recipient, DigestSection digest, ReminderKey key)
    {
        if (alreadySent.Contains(key))
        {
            return;
        }

        var pending = For(recipient);
        if (pending.Keys.Add(key))
        {
            pending.Digests.Add(digest);
        }
    }

    public IReadOnlyList<ReminderMessage> Build() => byRecipient
        .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
        .Select(p => new ReminderMessage(
            p.Value.Address,
            p.Value.Lines
                .GroupBy(l => l.Role)
                .OrderBy(g => g.Key)
                .Select(g => new ReminderSection(g.Key, ItemByItem(g.Select(l => l.Line))))
                .ToArray(),
            p.Value.Digests.ToArray(),
            p.Value.Keys.ToArray()))
        .ToArray();

    /// <summary>Items most pressing first (then the earliest due, then by number); each item's clocks together, most pressing first.</summary>
    private static ReminderLine[] ItemByItem(IEnumerable<ReminderLine> lines) => lines
        .GroupBy(l => l.Number)
        .OrderBy(g => g.Min(l => l.Urgency))
        .ThenBy(g => g.Min(l => l.Due))
        .ThenBy(g => g.Key)
        .SelectMany(g => g.OrderBy(l => l.Urgency).ThenBy(l => l.Due).ThenBy(l => l.Clock, StringComparer.Ordinal))
        .ToArray();

    private Pending For(string recipient)
    {
        if (!byRecipient.TryGetValue(recipient, out var pending))
        {
            pending = new Pending(recipient);
            byRecipient[recipient] = pending;
        }

        return pending;
    }

    private sealed class Pending(string address)
    {
        public string Address { get; } = address;

        public HashSet<ReminderKey> Keys { get; } = [];

        public List<(RecipientRole Role, ReminderLine Line)> Lines { get; } = [];

        public List<DigestSection> Digests { get; } = [];
    }
}
