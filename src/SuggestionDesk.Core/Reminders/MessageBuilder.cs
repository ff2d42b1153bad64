namespace SuggestionDesk.Reminders;

/// <summary>Collects lines and digests per recipient into one message each, leaving out what the log already holds.</summary>
internal sealed class MessageBuilder(IReadOnlySet<ReminderKey> alreadySent)
{
    private readonly Dictionary<string, Pending> byRecipient = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string recipient, RecipientRole role, ReminderLine line, ReminderKey key)
    {
        if (alreadySent.Contains(key))
        {
            return;
        }

        var pending = For(recipient);
        if (pending.Keys.Add(key))
        {
            pending.Lines.Add((role, line));
        }
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
                .Select(g => new ReminderSection(g.Key, g.Select(l => l.Line).OrderBy(Urgency).ThenBy(l => l.Due).ThenBy(l => l.Number).ToArray()))
                .ToArray(),
            p.Value.Digests.ToArray(),
            p.Value.Keys.ToArray()))
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

    /// <summary>Overdue first, then due today, then the chase, then what is due soon.</summary>
    private static int Urgency(ReminderLine line) => line.Stage.Kind switch
    {
        ReminderKind.Overdue => 0,
        ReminderKind.DueToday => 1,
        ReminderKind.EvaluationChase => 2,
        _ => 3,
    };

    private sealed class Pending(string address)
    {
        public string Address { get; } = address;

        public HashSet<ReminderKey> Keys { get; } = [];

        public List<(RecipientRole Role, ReminderLine Line)> Lines { get; } = [];

        public List<DigestSection> Digests { get; } = [];
    }
}
