using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// One ledger row read into typed values, before it meets the domain. For optional columns, null means the
/// file has no such column (the stored value is left alone), while an empty cell is an empty value.
/// </summary>
internal sealed class LedgerEntry(LedgerRow row, LedgerHeaderMap map)
{
    /// <summary>The row it came from.</summary>
    public LedgerRow Source { get; } = row;

    /// <summary>The row number as Excel shows it.</summary>
    public int Row => Source.Number;

    public required SuggestionNumber Number { get; init; }
    public required string Title { get; init; }
    /// <summary>Null when the file has no kind column.</summary>
    public ItemKind? Kind { get; init; }
    public required string Session { get; init; }
    public required Proposers Proposers { get; init; }
    public required HandlingRole Role { get; init; }
    /// <summary>Null when the file has no lead unit column; empty clears it.</summary>
    public string? LeadUnit { get; init; }
    public required string Department { get; init; }
    public required string Owner { get; init; }
    /// <summary>Null when the file has no e-mail column; empty clears it.</summary>
    public string? OwnerEmail { get; init; }
    public required DateOnly AssignedOn { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? RepliedOn { get; init; }
    public ResultClass? ResultClass { get; init; }
    /// <summary>The date the reply promised its follow-up by; null when the cell is empty or the file has no such column.</summary>
    public DateOnly? FollowUpDue { get; init; }
    public EvaluationResult? Evaluation { get; init; }
    public DateOnly? EvaluatedOn { get; init; }
    public DateOnly? PublishedOn { get; init; }
    /// <summary>Null when the file has no topics column.</summary>
    public IReadOnlyList<string>? Topics { get; init; }
    /// <summary>Null when the file has no leading official column; empty clears it.</summary>
    public string? LeadingOfficial { get; init; }
    /// <summary>Null when the file has no priority column; empty clears them.</summary>
    public IReadOnlyList<ItemPriority>? Priorities { get; init; }

    /// <summary>Whether the file has the column (an empty cell then means "nothing recorded" rather than "unknown").</summary>
    public bool Has(LedgerColumn column) => map.Has(column);

    /// <summary>The column's header as the file wrote it, for messages that name another column.</summary>
    public string HeaderOf(LedgerColumn column) => map.HeaderOf(column);

    /// <summary>An error on <paramref name="column"/> of this row, quoting the cell.</summary>
    public LedgerError Error(LedgerColumn column, string expected) =>
        new(Row, map.HeaderOf(column), map.ValueOf(Source, column), expected) { Number = Number.Value };

    /// <summary>An error on the whole row.</summary>
    public LedgerError RowError(string expected) => new(Row, string.Empty, string.Empty, expected) { Number = Number.Value };

    /// <summary>A warning on <paramref name="column"/> of this row.</summary>
    public LedgerWarning Warning(LedgerColumn column, string message) => new(Row, map.HeaderOf(column), message);
}
