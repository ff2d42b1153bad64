using SuggestionDesk.Core.Tests.Ledger;
using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Localization;

/// <summary>
/// A ledger's errors and notes read Chinese under a zh UI culture, with the values (row numbers, item numbers, dates
/// and cells) as written, and English otherwise (the other tests read them in English).
/// </summary>
public sealed class ChineseLedgerMessagesTests
{
    [Fact]
    public void ABadDateReadsChineseWithTheRowTheNumberAndTheCell()
    {
        using var culture = UiCulture.Use("zh-CN");

        var (_, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good("20210347").With("AssignedOn", "2026-02-30")));

        Assert.Equal("第 2 行（20210347），AssignedOn：'2026-02-30'：应填写实际存在的日期：2026-02 只有 28 天", Assert.Single(errors).ToString());
    }

    [Fact]
    public void ANumberOnTwoRowsReadsChineseNamingTheRows()
    {
        using var culture = UiCulture.Use("zh-Hans");

        var validation = LedgerValidation.Check(
            LedgerRows.Table(LedgerRows.Good("20210347"), LedgerRows.Good("20210254"), LedgerRows.Good("20210347")),
            ResultClassScheme.Default);

        Assert.Equal(
            "第 2 行（20210347），Number：'20210347'：每个编号在台账中只能出现一次，但第 2 和 4 行（共 2 行）使用了同一编号。请每件只保留一行，或为各行给出各自的编号。",
            Assert.Single(validation.Errors).ToString());
    }

    [Fact]
    public void AnUnknownRoleListsTheChineseWordsFirst()
    {
        using var culture = UiCulture.Use("zh-CN");

        var (_, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good("20210347").With("Role", "督办")));

        Assert.Equal(
            "应填写主办（Lead）、承办（Sole）、分办（Split）或会办/汇办/协办（Joint）",
            Assert.Single(errors).Expected);
    }

    [Fact]
    public void TheSameErrorReadsEnglishUnderAnotherCulture()
    {
        using var culture = UiCulture.Use("fr-FR");

        var (_, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good("20210347").With("AssignedOn", "2026-02-30")));

        Assert.Equal("Row 2 (20210347), AssignedOn: '2026-02-30': a real date: 2026-02 has 28 days", Assert.Single(errors).ToString());
    }
}
