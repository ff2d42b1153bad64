using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

public sealed class LedgerValidationTests
{
    /// <summary>Base row ("good": every event; "assigned": none yet), column, bad value, a phrase of what is expected.</summary>
    public static TheoryData<string, string, string, string> BadValues => new()
    {
        { "good", "AssignedOn", "2026-02-30", "2026-02 has 28 days" },
        { "good", "SignedOn", "1899-12-31", "1900 or later" },
        { "good", "RepliedOn", "2021/13/1", "no month 13" },
        { "good", "PublishedOn", "next week", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd" },
        { "good", "AssignedOn", "", "AssignedOn) is required" },
        { "good", "Role", "督办", "Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办)" },
        { "good", "Role", "", "Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办)" },
        { "good", "Kind", "议案", "Suggestion (建议) or Proposal (提案)" },
        { "good", "Evaluation", "很满意", "Satisfied (满意), BasicallySatisfied (基本满意) or Unsatisfied (不满意)" },
        { "good", "ResultClass", "E", "A 解决采纳, B 正在解决或列入计划" },
        { "good", "OwnerEmail", "liming@", "e-mail address such as name@example.gov.cn" },
        { "good", "OwnerEmail", "li ming@example.gov.cn", "e-mail address such as name@example.gov.cn" },
        { "good", "OwnerEmail", "liming@localhost", "e-mail address such as name@example.gov.cn" },
        { "good", "Number", "", "every row needs one" },
        { "good", "Number", " 20210347", "starts or ends with spaces" },
        { "good", "Title", "", "Title) is required" },
        { "good", "Session", " ", "Session) is required" },
        { "good", "Proposers", "、；", "the proposers, lead first" },
        { "good", "Department", "", "Department) is required" },
        // Rules of the item itself, found by building it.
        { "good", "SignedOn", "2021-03-14", "the sign-for date 2021-03-14 is before the assignment on 2021-03-15" },
        { "good", "RepliedOn", "2021-03-14", "the reply date 2021-03-14 is before the sign-for on 2021-03-16" },
        { "good", "EvaluatedOn", "2021-05-19", "the evaluation date 2021-05-19 is before the reply on 2021-05-20" },
        { "good", "PublishedOn", "2021-05-19", "before the reply on 2021-05-20" },
        { "good", "SignedOn", "2027-01-05", "after today (2026-11-27)" },
        { "good", "AssignedOn", "2026-12-01", "after today (2026-11-27)" },
        { "good", "ResultClass", "", "the result class of the reply on 2021-05-20" },
        { "assigned", "Evaluation", "Satisfied", "cannot record an evaluation while it is Assigned" },
        { "assigned", "ResultClass", "A", "a reply date in RepliedOn as well" },
        { "assigned", "EvaluatedOn", "2021-06-10", "an evaluation in Evaluation for this date" },
        { "good", "FollowUpDue", "2021-10-31", "it belongs to a class B reply (正在解决或列入计划), and this reply is class A" },
        { "assigned", "FollowUpDue", "2021-10-31", "a reply date in RepliedOn as well" },
        { "classB", "FollowUpDue", "2021-05-19", "a date on or after the reply on 2021-05-20" },
        { "jointB", "FollowUpDue", "2021-10-31", "no follow-up date on a Joint (会办) row" },
        { "classB", "FollowUpDue", "2021-13-01", "there is no month 13" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void ABadValueIsReportedWithRowColumnValueAndWhatIsExpected(string baseRow, string column, string value, string expected)
    {
        var row = (baseRow switch
        {
            "good" => LedgerRows.Good(),
            "classB" => LedgerRows.Good().With("ResultClass", "B"),
            "jointB" => LedgerRows.Good().With("Role", "Joint").With("LeadUnit", "市发展改革委").With("ResultClass", "B").With("Evaluation", "").With("EvaluatedOn", ""),
            _ => LedgerRows.Assigned(),
        }).With(column, value);

        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(row));

        Assert.Empty(items);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Equal(value.Trim() == value || column == "Number" ? value : value.Trim(), error.Value);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadCellOfEveryRowIsReportedNotOnlyTheFirst()
    {
        var table = LedgerRows.Table(
            LedgerRows.Good("1").With("AssignedOn", "2026-02-30").With("Role", "督办"),
            LedgerRows.Good("2"),
            LedgerRows.Good("3").With("OwnerEmail", "nobody"));

        var (items, errors, _) = LedgerRows.Build(table);

        Assert.Equal("2", Assert.Single(items).Number.Value);
        Assert.Equal(
            [(2, "Role"), (2, "AssignedOn"), (4, "OwnerEmail")],
            errors.Select(e => (e.Row, e.Column)).OrderBy(e => e.Row).ThenByDescending(e => e.Column).ToArray());
    }

    [Fact]
    public void ANumberOnTwoRowsRefusesBothWithOneErrorNamingTheRows()
    {
        var table = LedgerRows.Table(LedgerRows.Good("20210347"), LedgerRows.Good("20210254"), LedgerRows.Good("20210347"));

        var validation = LedgerValidation.Check(table, ResultClassScheme.Default);

        Assert.Equal("20210254", Assert.Single(validation.Entries).Number.Value);
        var error = Assert.Single(validation.Errors);
        Assert.Equal((2, "Number", "20210347"), (error.Row, error.Column, error.Value));
        Assert.Contains("but rows 2 and 4 (2 rows) share it", error.Expected, StringComparison.Ordinal);
        Assert.Equal([2, 4], validation.RefusedRows);
    }

    [Fact]
    public void FiveThousandRowsSharingAPlaceholderNumberAreOneErrorOfBoundedLength()
    {
        var rows = Enumerable.Range(0, 5_000).Select(_ => LedgerRows.Good("待编号")).Append(LedgerRows.Good("20210254")).ToArray();

        var validation = LedgerValidation.Check(LedgerRows.Table(rows), ResultClassScheme.Default);

        var error = Assert.Single(validation.Errors);
        Assert.Equal("Row 2 (待编号), Number: '待编号': a number given once in the ledger, but rows 2–5001 (5,000 rows) share it. Keep one row per item, or give each its own number.", error.ToString());
        Assert.Equal(5_000, validation.RefusedRows.Count);
        Assert.Single(validation.Entries);
    }

    [Theory]
    [InlineData(new[] { 3, 7, 12 }, "rows 3, 7 and 12 (3 rows)")]
    [InlineData(new[] { 2, 3, 4, 9 }, "rows 2–4 and 9 (4 rows)")]
    [InlineData(new[] { 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24 }, "rows 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 2 more runs (12 rows)")]
    public void RowListsStayShort(int[] rows, string described) => Assert.Equal(described, LedgerRowList.Describe(rows));

    [Fact]
    public void AReplyWithoutASignForIsRefusedOnTheReplyDate()
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("SignedOn", "")));

        Assert.Empty(items);
        var error = Assert.Single(errors);
        Assert.Equal(("RepliedOn", "2021-05-20"), (error.Column, error.Value));
        Assert.Contains("has not been signed for", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void AJointItemWithAnEvaluationIsRefusedByTheItemsOwnRule()
    {
        var row = LedgerRows.Good().With("Role", "汇办").With("LeadUnit", "市发展改革委").With("PublishedOn", "");

        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(row));

        Assert.Empty(items);
        var error = Assert.Single(errors);
        Assert.Equal("EvaluatedOn", error.Column);
        Assert.Contains("Joint (会办) item", error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Role")]
    [InlineData("AssignedOn")]
    public void AMissingRequiredColumnIsAnErrorOnTheHeaderRowAndNoRowIsRead(string missing)
    {
        var headers = LedgerRows.EnglishHeaders.Where(h => h != missing).ToArray();

        var validation = LedgerValidation.Check(LedgerRows.Table(headers, LedgerRows.Good()), ResultClassScheme.Default);

        Assert.True(validation.HeaderFailed);
        Assert.Empty(validation.Entries);
        var error = Assert.Single(validation.Errors);
        Assert.Equal(1, error.Row);
        Assert.Contains(missing, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnGivenTwiceIsAnErrorOnTheHeaderRow()
    {
        string[] headers = [.. LedgerRows.EnglishHeaders, "标题"];

        var validation = LedgerValidation.Check(LedgerRows.Table(headers, LedgerRows.Good()), ResultClassScheme.Default);

        Assert.True(validation.HeaderFailed);
        var error = Assert.Single(validation.Errors);
        Assert.Equal((1, "标题"), (error.Row, error.Column));
        Assert.Contains("also column 2 ('Title')", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownColumnIsReportedAsAWarningAndTheRowStillImports()
    {
        string[] headers = [.. LedgerRows.EnglishHeaders, "备注"];
        var row = LedgerRows.Good().With("备注", "代表很关注");

        var (items, errors, warnings) = LedgerRows.Build(LedgerRows.Table(headers, row));

        Assert.Empty(errors);
        Assert.Single(items);
        var warning = Assert.Single(warnings);
        Assert.Equal((1, "备注"), (warning.Row, warning.Column));
        Assert.Contains("not a ledger column; its values were not imported", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankRowsAreSkippedAndRowNumbersStayAsInTheFile()
    {
        var table = new LedgerTable(LedgerRows.EnglishHeaders,
        [
            new LedgerRow(2, LedgerRows.EnglishHeaders.Select(_ => " ").ToArray()),
            new LedgerRow(3, []),
            new LedgerRow(4, LedgerRows.EnglishHeaders.Select(h => LedgerRows.Good().With("Role", "督办")[h]).ToArray()),
        ]);

        var validation = LedgerValidation.Check(table, ResultClassScheme.Default);

        Assert.Equal(1, validation.RowCount);
        Assert.Equal(4, Assert.Single(validation.Errors).Row);
    }
}
