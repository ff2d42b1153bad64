using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

/// <summary>A row for an item the store already holds: only differences are applied, recorded events are never changed.</summary>
public sealed class LedgerUpdateTests
{
    private readonly ChangeContext by = TestClock.As("督办办公室");

    [Fact]
    public void TheSameRowChangesNothing()
    {
        var stored = Stored(LedgerRows.Good());

        var (errors, warnings) = Update(stored, LedgerRows.Good());

        Assert.Empty(errors);
        Assert.Empty(warnings);
        Assert.False(stored.HasStateChanges);
    }

    [Fact]
    public void AnEventNewlyFilledInIsRecorded()
    {
        var stored = Stored(LedgerRows.Assigned());

        var (errors, _) = Update(stored, LedgerRows.Assigned().With("SignedOn", "2021-03-16"));

        Assert.Empty(errors);
        var entry = Assert.Single(stored.PendingHistory);
        Assert.Equal(("SignFor", "督办办公室"), (entry.Action, entry.Actor));
        Assert.Equal(new DateOnly(2021, 3, 16), stored.SignedForOn);
    }

    [Fact]
    public void ADescriptionChangeIsAnEditAndAnOwnerChangeAnAssignment()
    {
        var stored = Stored(LedgerRows.Assigned());

        var (errors, _) = Update(stored, LedgerRows.Assigned().With("Title", "新标题").With("Owner", "王芳").With("OwnerEmail", "wangfang@example.gov.cn"));

        Assert.Empty(errors);
        Assert.Collection(stored.PendingHistory,
            edit => Assert.Equal(("Edit", "Title", "新标题"), (edit.Action, Assert.Single(edit.Changes).Field, edit.Changes[0].To)),
            assign => Assert.Equal(("Assign", 2), (assign.Action, assign.Changes.Count)));
    }

    [Theory]
    [InlineData("SignedOn", "2021-03-17", "2021-03-16, the sign-for date recorded")]
    [InlineData("RepliedOn", "2021-05-21", "2021-05-20, the reply date recorded")]
    [InlineData("ResultClass", "B", "A, the class recorded for the reply on 2021-05-20")]
    [InlineData("Evaluation", "基本满意", "满意 (Satisfied), the evaluation recorded on 2021-06-10")]
    [InlineData("EvaluatedOn", "2021-06-11", "2021-06-10, the evaluation date recorded")]
    [InlineData("PublishedOn", "2021-06-09", "2021-06-08, the publication date recorded")]
    public void AValueThatContradictsARecordedEventIsARowErrorAndChangesNothing(string column, string value, string expected)
    {
        var stored = Stored(LedgerRows.Good());

        var (errors, _) = Update(stored, LedgerRows.Good().With(column, value));

        var error = Assert.Single(errors);
        Assert.Equal((column, value), (error.Column, error.Value));
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        Assert.Contains("put ", error.Expected, StringComparison.Ordinal);
        Assert.Contains("back in the ledger", error.Expected, StringComparison.Ordinal);
        Assert.False(stored.HasStateChanges);
    }

    [Theory]
    [InlineData("", "2021-10-31", "no follow-up date: the reply on 2021-05-20 is recorded without one")]
    [InlineData("2021-10-31", "2021-11-30", "2021-10-31, the follow-up date recorded with the reply on 2021-05-20")]
    public void AFollowUpDateThatDiffersFromTheRecordedReplyIsARowError(string recorded, string given, string expected)
    {
        var classB = LedgerRows.Good().With("ResultClass", "B");
        var stored = Stored(classB.With("FollowUpDue", recorded));

        var (errors, _) = Update(stored, classB.With("FollowUpDue", given));

        var error = Assert.Single(errors);
        Assert.Equal(("FollowUpDue", given), (error.Column, error.Value));
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        Assert.Contains("an import never rewrites a recorded reply", error.Expected, StringComparison.OrdinalIgnoreCase);
        Assert.False(stored.HasStateChanges);
    }

    [Fact]
    public void AClassBRowRecordsThePromisedFollowUpDateAndAnEmptiedCellKeepsIt()
    {
        var classB = LedgerRows.Good().With("ResultClass", "B").With("FollowUpDue", "2021年10月31日");
        var stored = Stored(classB);

        var (errors, warnings) = Update(stored, classB.With("FollowUpDue", ""));

        Assert.Equal(new DateOnly(2021, 10, 31), stored.Replies.Single().FollowUpBy);
        Assert.Empty(errors);
        var warning = Assert.Single(warnings);
        Assert.Equal("FollowUpDue", warning.Column);
        Assert.Contains("with the follow-up date 2021-10-31; it stays recorded", warning.Message, StringComparison.Ordinal);
        Assert.False(stored.HasStateChanges);
    }

    [Fact]
    public void AnEmptiedEventCellIsAWarningAndTheEventStaysRecorded()
    {
        var stored = Stored(LedgerRows.Good());

        var (errors, warnings) = Update(stored, LedgerRows.Good().With("PublishedOn", ""));

        Assert.Empty(errors);
        var warning = Assert.Single(warnings);
        Assert.Equal((2, "PublishedOn"), (warning.Row, warning.Column));
        Assert.Contains("the publication on 2021-06-08 is recorded", warning.Message, StringComparison.Ordinal);
        Assert.False(stored.HasStateChanges);
    }

    [Fact]
    public void AnotherSessionIsRefusedBecauseASessionIsFixed()
    {
        var stored = Stored(LedgerRows.Assigned());

        var (errors, _) = Update(stored, LedgerRows.Assigned().With("Session", "市七届人大二次会议"));

        var error = Assert.Single(errors);
        Assert.Equal("Session", error.Column);
        Assert.Contains("'市七届人大一次会议', the session it is registered under", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoleChangeAfterTheReplyIsRefusedOnTheRoleColumn()
    {
        var stored = Stored(LedgerRows.Good().With("Evaluation", "").With("EvaluatedOn", "").With("PublishedOn", ""));

        var (errors, _) = Update(stored, LedgerRows.Good().With("Evaluation", "").With("EvaluatedOn", "").With("PublishedOn", "").With("Role", "Sole"));

        var error = Assert.Single(errors);
        Assert.Equal("Role", error.Column);
        Assert.Contains("cannot change from Lead to Sole after a reply", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnTheFileDoesNotHaveLeavesTheStoredValueAlone()
    {
        var stored = Stored(LedgerRows.Good());
        var headers = LedgerRows.EnglishHeaders.Where(h => h is not ("OwnerEmail" or "Topics" or "Kind" or "EvaluatedOn")).ToArray();
        var entry = Assert.Single(LedgerValidation.Check(LedgerRows.Table(headers, LedgerRows.Good()), ResultClassScheme.Default).Entries);
        var errors = new List<LedgerError>();

        new LedgerItemBuilder(by).Update(stored, entry, errors, new List<LedgerWarning>());

        Assert.Empty(errors);
        Assert.False(stored.HasStateChanges);
        Assert.Equal("liming@example.gov.cn", stored.OwnerEmail);
        Assert.Equal(["智慧城市", "数字政府"], stored.Topics);
    }

    private SuggestionItem Stored(Dictionary<string, string> row) => LedgerRows.Stored(row, by);

    private (List<LedgerError> Errors, List<LedgerWarning> Warnings) Update(SuggestionItem stored, Dictionary<string, string> row) =>
        LedgerRows.Update(stored, row, by);
}
