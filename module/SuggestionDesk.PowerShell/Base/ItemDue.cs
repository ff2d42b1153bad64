using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>What is due next on one item written by a cmdlet, judged on one day; computed once, when first read.</summary>
internal sealed class ItemDue(SuggestionItem item, ItemDeadlines deadlines, DateOnly asOf)
{
    private Judgement? judgement;

    /// <summary>The running clock due first, or null when nothing is due.</summary>
    public Deadline? Next => Judge().Next;

    /// <summary>Where <see cref="Next"/> stands on the day judged.</summary>
    public DeadlineStatus? Status => Judge().Status;

    // One immutable result, so two threads reading at once at worst both compute it.
    private Judgement Judge()
    {
        if (judgement is { } done)
        {
            return done;
        }

        var next = deadlines.Next(item, asOf);
        return judgement = new Judgement(next, next?.StatusOn(asOf, deadlines.Calendar));
    }

    private sealed record Judgement(Deadline? Next, DeadlineStatus? Status);
}
