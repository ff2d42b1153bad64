using SuggestionDesk.Items;

namespace SuggestionDesk.Reminders;

/// <summary>Gathers a run's items whose officer has no e-mail address, each once with all its lines.</summary>
internal sealed class UnaddressedItems
{
    private readonly List<UnaddressedItem> items = [];

    public void Add(SuggestionItem item, string? sentTo, RecipientRole? sentAs, ReminderLine line)
    {
        var index = items.FindIndex(i => i.Number == item.Number);
        if (index < 0)
        {
            items.Add(new UnaddressedItem(item.Number, item.Title, item.Department, item.Owner, sentTo, sentAs, [line]));
        }
        else if (!items[index].Lines.Contains(line))
        {
            items[index] = items[index] with { Lines = [.. items[index].Lines, line] };
        }
    }

    public UnaddressedItem[] ToArray() => items.OrderBy(i => i.Number).ToArray();
}
