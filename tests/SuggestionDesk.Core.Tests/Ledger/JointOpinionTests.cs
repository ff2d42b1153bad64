using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

/// <summary>
/// A Joint (会办) unit sends its opinion to the lead unit; the result class belongs to the lead unit's reply to the
/// deputy. Real ledgers leave 办理结果 empty on Joint rows, and some offices write one anyway.
/// </summary>
public sealed class JointOpinionTests
{
    private readonly ChangeContext by = TestClock.As("督办办公室");

    private static Dictionary<string, string> Joint(string resultClass = "") =>
        LedgerRows.Good().With("Role", "会办").With("LeadUnit", "市发展改革委").With("ResultClass", resultClass)
            .With("Evaluation", "").With("EvaluatedOn", "").With("PublishedOn", "");

    [Theory]
    [InlineData("会办")]
    [InlineData("汇办")]
    [InlineData("协办")]
    [InlineData("Joint")]
    public void AJointRowWithAReplyDateAndNoClassIsImportedAsAnOpinionWithoutClass(string role)
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(Joint().With("Role", role)));

        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal(ItemStatus.Closed, item.Status);
        var opinion = Assert.Single(item.Replies);
        Assert.Equal((new DateOnly(2021, 5, 20), null), (opinion.Date, opinion.ResultClass));
    }

    [Fact]
    public void AClassGivenOnAJointRowIsKeptAndLeavesNoFollowUp()
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(Joint("B")));

        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal("B", item.LastReply!.ResultClass?.Code);
        Assert.False(item.FollowUpPending);
    }

    [Theory]
    [InlineData("主办", "a Lead (主办) item's reply to the deputy is recorded with its result class")]
    [InlineData("承办", "a Sole (承办) item's reply to the deputy is recorded with its result class")]
    [InlineData("分办", "a Split (分办) item's reply to the deputy is recorded with its result class")]
    public void AReplyToTheDeputyWithoutClassIsRefusedNamingTheRole(string role, string expected)
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("Role", role).With("ResultClass", "")));

        Assert.Empty(items);
        var error = Assert.Single(errors);
        Assert.Equal(("ResultClass", ""), (error.Column, error.Value));
        Assert.Contains("the result class of the reply on 2021-05-20", error.Expected, StringComparison.Ordinal);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void AJointRowImportedAgainChangesNothing()
    {
        var stored = Stored(Joint());

        var (errors, warnings) = Update(stored, Joint());

        Assert.Empty(errors);
        Assert.Empty(warnings);
        Assert.False(stored.HasStateChanges);
    }

    [Fact]
    public void AnEmptyCellOnAJointRowWhoseOpinionWasRecordedWithAClassKeepsTheClassWithAWarning()
    {
        var stored = Stored(Joint("A"));

        var (errors, warnings) = Update(stored, Joint());

        Assert.Empty(errors);
        Assert.Contains("recorded for '20210347' with class A; it stays recorded", Assert.Single(warnings).Message, StringComparison.Ordinal);
        Assert.Equal("A", stored.LastReply!.ResultClass?.Code);
    }

    [Fact]
    public void AClassAddedToAnOpinionRecordedWithoutOneIsRefusedNotRewritten()
    {
        var stored = Stored(Joint());

        var (errors, _) = Update(stored, Joint("A"));

        Assert.Contains("recorded without one", Assert.Single(errors).Expected, StringComparison.Ordinal);
        Assert.Null(stored.LastReply!.ResultClass);
    }

    [Fact]
    public void TheExportWritesTheCellEmptyAndTheRowComesBackTheSame()
    {
        var stored = Stored(Joint());

        var cells = LedgerItemCells.Of(stored, LedgerColumns.All, Language.Chinese);

        Assert.Equal(string.Empty, cells[LedgerColumns.All.ToList().IndexOf(LedgerColumns.ResultClass)]);
        var again = LedgerValidation.Check(new LedgerTable(LedgerRows.ChineseHeaders, [new LedgerRow(2, cells)]), ResultClassScheme.Default);
        Assert.Empty(again.Errors);
        var (errors, warnings) = Update(stored, Joint());
        Assert.Empty(errors.Concat<object>(warnings));
    }

    [Fact]
    public void TheItemRefusesAReplyToTheDeputyWithoutClassAndAFollowUpWithoutClass()
    {
        var item = Stored(LedgerRows.Good().With("RepliedOn", "").With("ResultClass", "").With("Evaluation", "").With("EvaluatedOn", "").With("PublishedOn", ""));

        var refused = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2021, 5, 20), resultClass: null, text: null, by));
        Assert.Contains("a Lead (主办) item's reply to the deputy is recorded with its result class", refused.Message, StringComparison.Ordinal);

        item.Reply(new DateOnly(2021, 5, 20), ResultClassScheme.Default.Parse("B"), text: null, by);
        item.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, comment: null, by);
        var followUp = Assert.Throws<ItemRuleException>(() => item.RecordFollowUp(new DateOnly(2021, 11, 1), resultClass: null, text: null, by));
        Assert.Contains("a follow-up answers the deputy again and is recorded with its result class", followUp.Message, StringComparison.Ordinal);
    }

    private SuggestionItem Stored(Dictionary<string, string> row) => LedgerRows.Stored(row, by);

    private (List<LedgerError> Errors, List<LedgerWarning> Warnings) Update(SuggestionItem stored, Dictionary<string, string> row) =>
        LedgerRows.Update(stored, row, by);
}
