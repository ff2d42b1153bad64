using System.Text.RegularExpressions;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Storage;

/// <summary>
/// The tables one office uses, named from its prefix so that several offices (and test runs) share one
/// storage account: <c>{prefix}Items</c>, <c>{prefix}Numbers</c>, <c>{prefix}Sessions</c>, <c>{prefix}Calendar</c>, <c>{prefix}ReminderLog</c>, <c>{prefix}Settings</c>, <c>{prefix}ActionLinks</c>.
/// </summary>
public sealed partial record TableNames
{
    /// <summary>The prefix used when none is given.</summary>
    public const string DefaultPrefix = "sd";

    /// <summary>Creates the names for <paramref name="prefix"/> (letters and digits, starting with a letter, at most 40).</summary>
    public TableNames(string? prefix = DefaultPrefix)
    {
        var value = string.IsNullOrEmpty(prefix) ? DefaultPrefix : prefix;
        if (!PrefixPattern().IsMatch(value))
        {
            throw new ArgumentException(
                MessageText.Format(Localization.Messages.StoreTablePrefixInvalid, TextRules.Quote(value)),
                nameof(prefix));
        }

        Prefix = value;
    }

    /// <summary>The prefix.</summary>
    public string Prefix { get; }

    /// <summary>Items, with their history and contacts, partitioned by session.</summary>
    public string Items => Prefix + "Items";

    /// <summary>Number → session index; also guarantees a number is used once.</summary>
    public string Numbers => Prefix + "Numbers";

    /// <summary>The sessions that hold items.</summary>
    public string Sessions => Prefix + "Sessions";

    /// <summary>Holiday calendar years loaded after release.</summary>
    public string Calendar => Prefix + "Calendar";

    /// <summary>The reminder log: what was sent to whom, so nothing is sent twice.</summary>
    public string ReminderLog => Prefix + "ReminderLog";

    /// <summary>Settings: the department directory and the office mailbox.</summary>
    public string Settings => Prefix + "Settings";

    /// <summary>The links reminders carry: one row per link, keyed by its token's hash.</summary>
    public string ActionLinks => Prefix + "ActionLinks";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex PrefixPattern();
}
