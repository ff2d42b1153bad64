using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

public sealed class LedgerMappingTests
{
    [Fact]
    public void ARowBecomesAnItemThatLivedThroughEveryEventItCarries()
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good()));

        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal(ItemStatus.Closed, item.Status);
        Assert.Equal(new DateOnly(2021, 3, 16), item.SignedForOn);
        Assert.Equal((new DateOnly(2021, 5, 20), "A"), (item.LastReply!.Date, item.LastReply.ResultClass?.Code));
        Assert.Equal((new DateOnly(2021, 6, 10), EvaluationResult.Satisfied), (item.LastEvaluation!.Date, item.LastEvaluation.Result));
        Assert.Equal((DisclosureDecision.Publish, new DateOnly(2021, 6, 8)), (item.Disclosure!.Decision, item.Disclosure.PublishedOn));
        Assert.Equal("督办办公室", item.CreatedBy);
    }

    [Fact]
    public void AnImportedItemIsRecordedAsCreatedOnceWithTheWholeStateItReached()
    {
        var (items, _, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good()));

        var item = Assert.Single(items);
        var creation = Assert.Single(item.PendingHistory);
        Assert.Equal(("Create", "督办办公室"), (creation.Action, creation.Actor));
        Assert.All(creation.Changes, c => Assert.Null(c.From));
        var recorded = creation.Changes.ToDictionary(c => c.Field, c => c.To);
        Assert.Equal(ItemFields.Flatten(item.ToSnapshot()).Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value), recorded);
        Assert.Equal(("Closed", "2021-03-16", "A", "Satisfied", "2021-06-08"),
            (recorded["Status"], recorded["SignedForOn"], recorded["Replies[1].ResultClass"], recorded["Evaluations[1].Result"], recorded["Disclosure.PublishedOn"]));
    }

    [Fact]
    public void ChineseAndEnglishHeadersAndWordsGiveTheSameItem()
    {
        var english = LedgerRows.Good();
        var chinese = english.With("Kind", "建议").With("Role", "主办").With("Evaluation", "满意")
            .With("AssignedOn", "2021年3月15日").With("SignedOn", "2021/3/16");

        var (fromEnglish, _, _) = LedgerRows.Build(LedgerRows.Table(english));
        var (fromChinese, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.ChineseHeaders, chinese));

        Assert.Empty(errors);
        Assert.Equal(
            ItemFields.Flatten(Assert.Single(fromEnglish).ToSnapshot()),
            ItemFields.Flatten(Assert.Single(fromChinese).ToSnapshot()));
    }

    [Theory]
    [InlineData("王代表;李代表；赵代表、钱代表")]
    [InlineData("王代表 ; 李代表 ；赵代表、 钱代表、")]
    public void ProposersAreSplitOnAnySeparatorAndTheFirstLeads(string cell)
    {
        var entry = LedgerRows.Entry(LedgerRows.Good().With("Proposers", cell));

        Assert.Equal("王代表", entry.Proposers.Lead);
        Assert.Equal(["李代表", "赵代表", "钱代表"], entry.Proposers.CoSigners);
    }

    [Fact]
    public void TopicsAreSplitOnCommasToo()
    {
        var entry = LedgerRows.Entry(LedgerRows.Good().With("Topics", "智慧城市，数字政府,大数据、营商环境"));

        Assert.Equal(["智慧城市", "数字政府", "大数据", "营商环境"], entry.Topics);
    }

    [Theory]
    [InlineData("会办", HandlingRole.Joint)]
    [InlineData("汇办", HandlingRole.Joint)]
    [InlineData("协办", HandlingRole.Joint)]
    [InlineData("joint", HandlingRole.Joint)]
    [InlineData("主办件", HandlingRole.Lead)]
    [InlineData("承办", HandlingRole.Sole)]
    [InlineData("Split", HandlingRole.Split)]
    public void EveryRoleWordIsRead(string word, HandlingRole role)
    {
        Assert.Equal(role, LedgerRows.Entry(LedgerRows.Assigned().With("Role", word)).Role);
    }

    [Theory]
    [InlineData("", ItemKind.Suggestion)]
    [InlineData("建议", ItemKind.Suggestion)]
    [InlineData("提案", ItemKind.Proposal)]
    [InlineData("proposal", ItemKind.Proposal)]
    public void AnEmptyKindIsASuggestion(string word, ItemKind kind)
    {
        Assert.Equal(kind, LedgerRows.Entry(LedgerRows.Good().With("Kind", word)).Kind);
    }

    [Theory]
    [InlineData("基本满意", EvaluationResult.BasicallySatisfied)]
    [InlineData("Basically Satisfied", EvaluationResult.BasicallySatisfied)]
    [InlineData("不满意", EvaluationResult.Unsatisfied)]
    public void EveryEvaluationWordIsRead(string word, EvaluationResult result)
    {
        Assert.Equal(result, LedgerRows.Entry(LedgerRows.Good().With("Evaluation", word)).Evaluation);
    }

    [Fact]
    public void WithoutAnEvaluationDateTheEvaluationIsDatedOnTheReply()
    {
        var headers = LedgerRows.EnglishHeaders.Where(h => h != "EvaluatedOn").ToArray();

        var (withoutColumn, _, _) = LedgerRows.Build(LedgerRows.Table(headers, LedgerRows.Good()));
        var (emptyCell, _, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("EvaluatedOn", "")));

        Assert.Equal(new DateOnly(2021, 5, 20), Assert.Single(withoutColumn).LastEvaluation!.Date);
        Assert.Equal(new DateOnly(2021, 5, 20), Assert.Single(emptyCell).LastEvaluation!.Date);
    }

    [Fact]
    public void AnUnsatisfiedEvaluationLeavesTheItemInReHandling()
    {
        var (items, errors, _) = LedgerRows.Build(LedgerRows.Table(LedgerRows.Good().With("Evaluation", "不满意").With("PublishedOn", "")));

        Assert.Empty(errors);
        Assert.Equal(ItemStatus.Rehandling, Assert.Single(items).Status);
    }

    [Fact]
    public void AResultClassIsReadByCodeOrLabel()
    {
        Assert.Equal("B", LedgerRows.Entry(LedgerRows.Good().With("ResultClass", "b")).ResultClass!.Code);
        Assert.Equal("C", LedgerRows.Entry(LedgerRows.Good().With("ResultClass", "因条件限制暂不能解决")).ResultClass!.Code);
    }
}
