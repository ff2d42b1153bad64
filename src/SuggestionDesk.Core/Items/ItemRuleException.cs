using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>A change the item's rules do not allow (e.g. an evaluation on a Joint item). The message says why and what to do.</summary>
public sealed class ItemRuleException : InvalidOperationException
{
    /// <summary>Creates the exception for item <paramref name="number"/>.</summary>
    public ItemRuleException(SuggestionNumber number, string message)
        : base(MessageText.Format(Messages.ItemRefused, number, message)) => Number = number;

    /// <summary>The item the change was refused for.</summary>
    public SuggestionNumber Number { get; }
}
