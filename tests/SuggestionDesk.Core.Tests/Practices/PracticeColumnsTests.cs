using SuggestionDesk.Core.Tests.Ledger;
using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Practices;

/// <summary>The ledger's 领办领导 (LeadingOfficial) and 重点类型 (Priority) columns, read, checked and written.</summary>
public sealed class PracticeColumnsTests
{
    private readonly ChangeContext by = TestClock.As("督办办公室");

    [Theory]
    [InlineData("领办领导", "LeadingOfficial")]
    [InlineData("领办人", "LeadingOfficial")]
    [InlineData("重点类型", "Priority")]
    [InlineData("Priorities", "Priority")]
    [InlineData("重点类型（重点/难点/热点）", "Priority")]
    [InlineData("Priority 重点类型", "Priority")]
    public void TheHeadersOfficesWriteFindTheColumns(string header, string column)
    {
        Assert.Equal(column, LedgerColumns.Find(header)?.Name);
    }

    [Theory]
    [InlineData("重点、热点", new[] { ItemPriority.Key, ItemPriority.Hot })]
    [InlineData("重点,难点", new[] { ItemPriority.Key, ItemPriority.Difficult })]
    [InlineData("Hot", new[] { ItemPriority.Hot })]
    [InlineData("", new ItemPriority[0])]
    public void ANewRowGivesTheItemItsLeadingOfficialAndPriorities(string cell, ItemPriority[] expected)
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("LeadingOfficial", "张局长").With("Priority", cell)));

        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal("张局长", item.LeadingOfficial);
        Assert.Equal(expected, item.Priorities);
    }

    [Fact]
    public void ABadPriorityIsARowErrorNamingTheValueAndTheWordsAccepted()
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("Priority", "重点、紧急")));

        Assert.Empty(items);
        var error = Assert.Single(errors);
        Assert.Equal((2, "Priority", "重点、紧急"), (error.Row, error.Column, error.Value));
        Assert.Contains("'紧急' is none of them", error.Expected, StringComparison.Ordinal);
        Assert.Contains("Key (重点), Difficult (难点) or Hot (热点)", error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("Row 2 (20210347), Priority: '重点、紧急': ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ALineBreakSeparatesPrioritiesAsInAList()
    {
        var (items, errors, warnings) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("Priority", "重点\n热点")));

        Assert.Empty(errors);
        Assert.Empty(warnings);
        Assert.Equal([ItemPriority.Key, ItemPriority.Hot], Assert.Single(items).Priorities);
    }

    [Fact]
    public void AnUpdateChangesThemAsAnEditAndAnEmptyCellClearsThem()
    {
        var stored = LedgerRows.Stored(LedgerRows.Good().With("LeadingOfficial", "张局长").With("Priority", "重点"), by);

        var (errors, _) = LedgerRows.Update(stored, LedgerRows.Good().With("LeadingOfficial", "").With("Priority", "难点、热点"), by);

        Assert.Empty(errors);
        Assert.Null(stored.LeadingOfficial);
        Assert.Equal([ItemPriority.Difficult, ItemPriority.Hot], stored.Priorities);
        var edit = Assert.Single(stored.PendingHistory);
        Assert.Equal(
            [new FieldChange("LeadingOfficial", "张局长", null), new FieldChange("Priorities", "Key", "Difficult、Hot")],
            edit.Changes);
    }

    [Fact]
    public void AFileWithoutTheColumnsLeavesThemAlone()
    {
        var stored = LedgerRows.Stored(LedgerRows.Good().With("LeadingOfficial", "张局长").With("Priority", "重点"), by);
        var headers = LedgerRows.EnglishHeaders.Where(h => h is not "LeadingOfficial" and not "Priority").ToArray();
        var entry = Assert.Single(LedgerValidation.Check(LedgerRows.Table(headers, LedgerRows.Good()), ResultClassScheme.Default).Entries);
        var errors = new List<LedgerError>();

        new LedgerItemBuilder(by).Update(stored, entry, errors, new List<LedgerWarning>());

        Assert.Empty(errors);
        Assert.False(stored.HasStateChanges);
        Assert.Equal(("张局长", ItemPriority.Key), (stored.LeadingOfficial, Assert.Single(stored.Priorities)));
    }

    [Theory]
    [InlineData(Language.Chinese, "重点、热点")]
    [InlineData(Language.English, "Key, Hot")]
    public void AnExportWritesWhatAnImportReadsBack(Language language, string cell)
    {
        var stored = LedgerRows.Stored(LedgerRows.Good().With("LeadingOfficial", "张局长").With("Priority", "热点、重点"), by);

        var cells = LedgerItemCells.Of(stored, LedgerColumns.All, language);
        var written = LedgerColumns.All.Select((c, i) => (c.Name, Cell: cells[i])).ToDictionary(x => x.Name, x => x.Cell);

        Assert.Equal(("张局长", cell), (written["LeadingOfficial"], written["Priority"]));
        var again = LedgerRows.Stored(written, by);
        Assert.Equal("张局长", again.LeadingOfficial);
        Assert.Equal([ItemPriority.Key, ItemPriority.Hot], again.Priorities);
    }
}
