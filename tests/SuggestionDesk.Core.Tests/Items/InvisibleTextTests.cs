using SuggestionDesk.Core.Tests.Ledger;
using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Items;

/// <summary>A value of invisible characters only (zero-width space, joiners, BOM, soft hyphen) looks empty and is taken as blank.</summary>
public sealed class InvisibleTextTests
{
    public static TheoryData<string> Invisible =>
        ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", " \u200B\u00A0\uFEFF ", "\u200B\u200D\u200C\u2060\u00AD"];

    [Theory]
    [MemberData(nameof(Invisible))]
    public void ARequiredValueOfInvisibleCharactersIsRefusedAsMissing(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => TextRules.Required(value, "Department"));

        Assert.Equal("Department is missing. Give a non-empty value.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void AnOptionalValueOfInvisibleCharactersIsNone(string value) => Assert.Null(TextRules.Optional(value, "Lead unit"));

    [Theory]
    [InlineData("规划\u200B发展处")]
    [InlineData("\uFEFF规划发展处")]
    [InlineData("co\u00ADoperation")]
    public void AVisibleValueHoldingAnInvisibleCharacterIsKeptExactly(string value) => Assert.Equal(value, TextRules.Required(value, "Department"));

    [Theory]
    [MemberData(nameof(Invisible))]
    public void AnItemRefusesAnInvisibleDepartmentOwnerOrNumberAndKeepsItsValues(string value)
    {
        var item = New();

        var department = Assert.Throws<ArgumentException>(() => item.Assign(value, null, null, TestClock.As()));
        var owner = Assert.Throws<ArgumentException>(() => item.Assign(null, value, null, TestClock.As()));
        var number = Assert.Throws<ArgumentException>(() => SuggestionNumber.Parse(value));

        Assert.Contains("Department is missing", department.Message, StringComparison.Ordinal);
        Assert.Contains("Owner is missing", owner.Message, StringComparison.Ordinal);
        Assert.Contains("is missing", number.Message, StringComparison.Ordinal);
        Assert.Equal(("规划发展处", "李四"), (item.Department, item.Owner));
    }

    [Fact]
    public void ALedgerCellOfInvisibleCharactersIsARequiredValueMissingAndAnOptionalOneEmpty()
    {
        var row = LedgerRows.Good().With("Title", "\u200B").With("Department", "\u00AD\u200D").With("LeadUnit", "\uFEFF");

        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(row));

        Assert.Empty(items);
        Assert.Equal(["Department", "Title"], errors.Select(e => e.Column).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains("is missing", e.Expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ALedgerRowOfInvisibleCharactersOnlyIsABlankRow()
    {
        var blank = new LedgerRow(3, ["\u200B", "", "\uFEFF", " \u00AD"]);

        Assert.True(blank.IsBlank);
    }
}
