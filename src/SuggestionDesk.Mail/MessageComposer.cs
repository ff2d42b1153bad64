using SuggestionDesk.Items;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Mail;

/// <summary>Turns a planned message into its content: one table per reminder section, then the digests grouped by status.</summary>
internal static class MessageComposer
{
    public static MessageContent Compose(ReminderMessage message, string subject, MessageWords words, int officeAfterWorkingDaysLate)
    {
        var blocks = new List<ContentBlock>();
        foreach (var section in message.Reminders.Where(s => s.Lines.Count > 0))
        {
            var withHandler = section.Role != RecipientRole.Owner;
            var rows = section.Lines.Select(line => Row(line, words, withHandler)).ToList();
            blocks.Add(new ContentBlock(words.SectionHeading(section.Role, officeAfterWorkingDaysLate), 1, words.LineColumns(withHandler), rows));
        }

        foreach (var digest in message.Digests)
        {
            blocks.Add(new ContentBlock(words.DigestHeading(digest), 1, [], []));
            foreach (var group in digest.Groups)
            {
                // A closed item still awaiting its class B follow-up is in follow-up (跟踪办理中), not done.
                foreach (var part in group.GroupBy(item => group.Key == ItemStatus.Closed && item.FollowUpPending).OrderBy(p => p.Key))
                {
                    var rows = part.Select(item => Row(item, words)).ToList();
                    var heading = part.Key ? words.InFollowUpHeading(rows.Count) : words.GroupHeading(group.Key, rows.Count);
                    blocks.Add(new ContentBlock(heading, 2, words.DigestColumns, rows));
                }
            }
        }

        var intro = message.Reminders.Any(s => s.Lines.Count > 0) ? words.ReminderIntro : words.DigestIntro;
        return new MessageContent(subject, words.Greeting, intro, blocks, words.Footer);
    }

    private static ContentRow Row(ReminderLine line, MessageWords words, bool withHandler)
    {
        var cells = new List<string> { line.Number.Value, line.Title };
        if (withHandler)
        {
            cells.Add(words.Handler(line.Department, line.Owner));
        }

        cells.AddRange([words.Clock(line), line.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), words.Status(line.Status)]);
        return new ContentRow(cells, words.NotePrefix + words.Explanation(line));
    }

    private static ContentRow Row(DigestItem item, MessageWords words)
    {
        // A reply awaiting evaluation shows the day to follow up with the deputy, unless a clock falls due before it.
        if (item.EvaluationChase is { } chase && item.EvaluationChaseStatus is { } chaseStatus && (item.Next is null || chase < item.Next.Due))
        {
            return new([item.Number.Value, item.Title, item.Department, item.Owner, words.EvaluationChaseClock,
                chase.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), words.Status(chaseStatus)]);
        }

        return new(
        [
            item.Number.Value,
            item.Title,
            item.Department,
            item.Owner,
            item.Next is { } next ? words.Clock(next.Clock) : words.None,
            item.Next is { } due ? due.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : words.None,
            item.NextStatus is { } status ? words.Status(status) : words.None,
        ]);
    }
}
