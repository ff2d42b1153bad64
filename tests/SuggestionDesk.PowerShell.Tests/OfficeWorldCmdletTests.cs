using System.Text;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>The cmdlets in the office's world: Joint opinions without class, a ledger with a title and notes, a step already done, a returned item.</summary>
[Collection(ModuleCollection.Name)]
public sealed class OfficeWorldCmdletTests(AzuriteFixture module) : IDisposable
{
    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title '关于推进政务数据共享的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
            -Role $args[1] -Department '数据资源处' -Owner '周洁' -OwnerEmail 'zhoujie@example.gov.cn' -AssignedOn 2021-03-15 | Out-Null
        Confirm-SuggestionReceipt $args[0] -On 2021-03-16
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("sd-office-").FullName;

    [Fact]
    public void AJointOpinionIsRecordedWithoutAClassAndAReplyToTheDeputyWithoutOneIsRefusedNamingItsRole()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/J1", "Joint");
        ps.RunClean(NewItem, "2021/L1", "Lead");

        ps.RunClean("Set-SuggestionReply 2021/J1 -RepliedOn 2021-04-09 -Text '会办意见'");
        ps.Run("Set-SuggestionReply 2021/L1 -RepliedOn 2021-05-20");

        var error = Assert.Single(ps.Errors);
        Assert.Equal("SuggestionRuleViolated", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("a Lead (主办) item's reply to the deputy is recorded with its result class", error.Exception.Message, StringComparison.Ordinal);
        var statuses = ps.RunClean("'2021/J1', '2021/L1' | ForEach-Object { (Get-Suggestion $_).PSObject.BaseObject.Status.ToString() }").Select(o => o.ToString());
        Assert.Equal(["Closed", "SignedFor"], statuses);
        var exported = Path.Combine(folder, "export.csv");
        ps.RunClean("Export-Suggestion -Path $args[0] -ChineseHeaders", exported);
        var joint = File.ReadAllLines(exported, Encoding.UTF8).Single(l => l.StartsWith("2021/J1,", StringComparison.Ordinal));
        Assert.Contains(",2021-04-09,,", joint, StringComparison.Ordinal);
    }

    [Fact]
    public void ALedgerWithATitleRowAndNotesImportsWithOneWarningPerRowThatIsNoItem()
    {
        using var ps = module.Connect();
        var path = Path.Combine(folder, "台账.csv");
        File.WriteAllText(path, """
            2021年市人大代表建议办理工作台账,,,,,,,,,,,
            序号,编号,标题,届次,提出人,办理类型,主办单位,承办部门,责任人,交办日期,签收日期,答复日期
            1,2021/T1,"关于推进政务数据
            共享的建议",市七届人大一次会议,王代表,会办,市发展改革委,数据资源处,周洁,2021-03-15,2021-03-16,2021-04-09
            填表人：张三,,,,,,,,,,,

            """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var output = ps.RunClean("Import-Suggestion $args[0] -WarningVariable w -WarningAction SilentlyContinue; $w | ForEach-Object Message", path);

        Assert.Equal(1, (int)output[0].Properties["Created"].Value);
        Assert.Equal(
        [
            "台账.csv: Row 1: looks like a title ('2021年市人大代表建议办理工作台账'); the headers are on row 2. It was not imported.",
            "台账.csv: Row 3, 标题: a line break (Alt+Enter) in this one-line cell was joined; it was read as '关于推进政务数据共享的建议'.",
            "台账.csv: Row 4: looks like a note ('填表人：张三'), not an item; it was not imported.",
        ], output.Skip(1).Select(o => o.ToString()));
    }

    [Fact]
    public void AStepAlreadyTakenSaysWhen()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/A1", "Lead");

        ps.Run("Confirm-SuggestionReceipt 2021/A1 -On 2021-03-17");

        Assert.Contains("it was already signed for on 2021-03-16", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecisionWithoutDecidedByIsRecordedAsTheCallersAndAReturnedItemsClocksEndWithTheReason()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number 2021/R1 -Title '关于推进政务数据共享的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
                -Role Lead -Department '数据资源处' -Owner '周洁' -AssignedOn 2021-03-15 | Out-Null
            Request-SuggestionReturn 2021/R1 -Reason '应由市发展改革委主办' -On 2021-03-17
            Approve-SuggestionReturn 2021/R1 -On 2021-03-18 -By '督办科' -Confirm:$false
            """);

        var item = ps.RunClean("Get-Suggestion 2021/R1 | ForEach-Object { $_.PSObject.BaseObject }").Single();
        var clocks = ps.RunClean("Get-SuggestionDeadline 2021/R1 -AsOf 2021-09-01 | Where-Object { -not $_.MetOn }");
        var running = ps.RunClean("Get-SuggestionDeadline 2021/R1 -AsOf 2021-09-01 -Running");
        var history = ps.RunClean("Get-SuggestionHistory 2021/R1 | ForEach-Object Summary").Select(o => o.ToString());

        Assert.Equal("督办科", ((SuggestionDesk.Items.SuggestionItem)item.BaseObject).Return!.DecidedBy);
        Assert.Empty(running);
        Assert.Equal(["SignFor", "Reply"], clocks.Select(c => c.Properties["Clock"].Value.ToString()));
        Assert.All(clocks, c =>
        {
            Assert.Equal("Ended", c.Properties["State"].Value);
            Assert.Equal("已终止：已于2021-03-18退回（督办科批准），无需再办", c.Properties["StatusChinese"].Value);
        });
        Assert.Equal(["Create 2021-03-15 主办 数据资源处 周洁", "RequestReturn 2021-03-17: 应由市发展改革委主办", "ApproveReturn 2021-03-18 督办科"], history);
    }

    [Fact]
    public void TheModuleAddsItsOwnHintToTheCoresConflictAndNotFoundMessages()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/H1", "Lead");
        ps.RunClean("$script:stale = Get-Suggestion 2021/H1; Set-Suggestion 2021/H1 -Title '新标题'");

        ps.Run("$script:stale | Set-Suggestion -Title '另一个标题'");
        var conflict = Assert.Single(ps.Errors);
        ps.Run("Confirm-SuggestionReceipt 2021/NOPE -On 2021-03-16");
        var missing = Assert.Single(ps.Errors);

        Assert.DoesNotContain("-Force", conflict.Exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("or add -Force to overwrite the other change.", conflict.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.StartsWith(conflict.Exception.Message, conflict.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Contains("Get-Suggestion", conflict.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.Equal("SuggestionNotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("New-Suggestion or Import-Suggestion registers an item", missing.ErrorDetails.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
