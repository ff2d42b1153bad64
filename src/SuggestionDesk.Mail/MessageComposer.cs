using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Mail;

/// <summary>
/// Turns a planned message into its content: the warning before a break if any, one table per reminder section with
/// a row per item and its clocks under it, then the digests grouped by status.
/// </summary>
internal static class MessageComposer
{
    public static MessageContent Compose(ReminderMessage message, string subject, MessageWords words, int officeAfterWorkingDaysLate)
    {
        var blocks = new List<ContentBlock>();
        foreach (var section in message.Reminders.Where(s => s.Lines.Count > 0))
        {
            var withHandler = section.Role != RecipientRole.Owner;
            var rows = section.Items.Select(item => Row(item.ToArray(), words, withHandler)).ToList();
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

            if (digest.WithoutAddress.Count > 0)
            {
                blocks.Add(new ContentBlock(words.WithoutAddressHeading(digest.WithoutAddress.Count), 2, words.DigestColumns,
                    digest.WithoutAddress.Select(item => Row(item, words)).ToList()));
            }
        }

        var intro = message.Reminders.Any(s => s.Lines.Count > 0) ? words.ReminderIntro : words.DigestIntro;
        return new MessageContent(subject, words.Greeting, intro, blocks, words.Footer)
        {
            Notices = message.Break is { } coming ? [words.BreakNotice(coming)] : [],
        };
    }

    /// <summary>One item: number, title (and who handles it, for a head or the office), then each of its clocks.</summary>
    private static ContentRow Row(IReadOnlyList<ReminderLine> lines, MessageWords words, bool withHandler)
    {
        var first = lines[0];
        var cells = new List<string> { first.Number.Value, first.Title };
        if (withHandler)
        {
            cells.Add(words.Handler(first.Department, first.Owner));
        }

        return new ContentRow(cells)
        {
            Details = lines.Select(line => new ContentDetail(
                [words.Clock(line), Date(line.Due), words.Status(line)],
                words.NotePrefix + words.Explanation(line))).ToArray(),
        };
    }

    private static ContentRow Row(DigestItem item, MessageWords words)
    {
        // A reply awaiting evaluation shows the day to follow up with the deputy, unless a clock falls due before it.
        if (item.EvaluationChase is { } chase && item.EvaluationChaseStatus is { } chaseStatus && (item.Next is null || chase < item.Next.Due))
        {
            return new([item.Number.Value, item.Title, item.Department, item.Owner, words.EvaluationChaseClock, Date(chase), words.Status(chaseStatus)]);
        }

        return new(
        [
            item.Number.Value,
            item.Title,
            item.Department,
            item.Owner,
            item.Next is { } next ? words.Clock(next.Clock) : words.None,
            item.Next is { } due ? Date(due.Due) : words.None,
            item.NextStatus is { } status ? words.Status(status) : words.None,
        ]);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
