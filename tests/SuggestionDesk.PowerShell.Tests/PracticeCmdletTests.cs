namespace SuggestionDesk.PowerShell.Tests;

/// <summary>The leading official, the priorities and the contact phases through the cmdlets, and the figures they make.</summary>
[Collection(ModuleCollection.Name)]
public sealed class PracticeCmdletTests(AzuriteFixture module)
{
    private const string Add = """
        New-Suggestion -Number $args[0] -Title '关于优化企业开办的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
            -Role Lead -Department '政务服务处' -Owner '陈刚' -AssignedOn 2021-03-15 | Out-Null
        """;

    [Fact]
    public void SetSuggestionWithWhatIfChangesNothingAndWithoutItRecordsAnEdit()
    {
        using var ps = module.Connect();
        ps.RunClean(Add, "20210118");

        ps.RunClean("Set-Suggestion 20210118 -LeadingOfficial '张局长' -Priority '重点、热点' -WhatIf");
        var untouched = ps.RunClean("Get-Suggestion 20210118").Single();
        ps.RunClean("Set-Suggestion 20210118 -LeadingOfficial '张局长' -Priority 重点, hot -By 办公室");
        var item = ps.RunClean("Get-Suggestion 20210118").Single();
        var edit = ps.RunClean("Get-SuggestionHistory 20210118").Last();

        Assert.Null(untouched.Properties["LeadingOfficial"].Value);
        Assert.Equal("张局长", item.Properties["LeadingOfficial"].Value);
        Assert.Equal("Key, Hot", item.Properties["Priority"].Value.ToString());
        Assert.Equal("重点、热点", item.Properties["PriorityChinese"].Value);
        Assert.Equal(("Edit", "办公室"), (edit.Properties["Action"].Value, edit.Properties["Actor"].Value));
        Assert.Equal(2, ps.RunClean("Get-SuggestionHistory 20210118").Count);
    }

    [Fact]
    public void AnEmptyListAndAnEmptyNameClearThem()
    {
        using var ps = module.Connect();
        ps.RunClean(Add, "20210118");
        ps.RunClean("Set-Suggestion 20210118 -LeadingOfficial '张局长' -Priority 难点");

        ps.RunClean("Set-Suggestion 20210118 -LeadingOfficial '' -Priority @()");
        var item = ps.RunClean("Get-Suggestion 20210118").Single();

        Assert.Null(item.Properties["LeadingOfficial"].Value);
        Assert.Equal(string.Empty, item.Properties["PriorityChinese"].Value);
    }

    [Fact]
    public void AWordOfNoPriorityIsRefusedNamingItAndNothingIsWritten()
    {
        using var ps = module.Connect();
        ps.RunClean(Add, "20210118");

        ps.Run("Set-Suggestion 20210118 -LeadingOfficial '张局长' -Priority '重点、紧急'");

        var error = Assert.Single(ps.Errors);
        Assert.Contains("'紧急' is not a priority", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Key (重点), Difficult (难点) or Hot (热点)", error.Exception.Message, StringComparison.Ordinal);
        Assert.Null(ps.RunClean("Get-Suggestion 20210118").Single().Properties["LeadingOfficial"].Value);
    }

    [Fact]
    public void GetSuggestionFiltersByPriorityAndByLeadingOfficial()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            function Add($n, $official, $priority) {
                New-Suggestion -Number $n -Title 't' -Session '市七届人大一次会议' -LeadProposer 'p' -Role Lead -Department 'd' -Owner 'o' `
                    -AssignedOn 2021-03-15 -LeadingOfficial $official -Priority $priority | Out-Null
            }
            Add 'K1' '张局长' '重点'; Add 'KH' '刘局长' '重点,热点'; Add 'D1' '张局长' 'Difficult'; Add 'N1' $null @()
            """);

        string[] Numbers(string filter) => ps.RunClean($"Get-Suggestion {filter} | ForEach-Object {{ $_.Number.Value }}").Select(o => o.ToString()).ToArray();

        Assert.Equal(["K1", "KH"], Numbers("-Priority 重点"));
        Assert.Equal(["D1", "KH"], Numbers("-Priority 难点, hot"));
        Assert.Equal(["D1", "K1"], Numbers("-LeadingOfficial 张局长"));
        Assert.Equal(["K1"], Numbers("-LeadingOfficial 张局长 -Priority Key"));
        Assert.Empty(Numbers("-Number N1 -Priority 热点"));
        Assert.Empty(ps.Errors);
    }

    [Fact]
    public void AContactTakesTheGivenPhaseOrThePhaseItsDateHas()
    {
        using var ps = module.Connect();
        ps.RunClean(Add, "20210118");
        ps.RunClean("""
            Confirm-SuggestionReceipt 20210118 -On 2021-03-16
            Add-SuggestionContact 20210118 -Method 电话联系 -On 2021-03-16
            Add-SuggestionContact 20210118 -Method Visit -On 2021-04-02
            Add-SuggestionContact 20210118 -Method 座谈 -On 2021-04-03 -Phase 办前商谈 -WhatIf
            Add-SuggestionContact 20210118 -Method 座谈 -On 2021-04-03 -Phase 办前商谈
            Set-SuggestionReply 20210118 -ResultClass A -RepliedOn 2021-05-20
            Add-SuggestionContact 20210118 -Method Phone -On 2021-05-21
            """);

        var contacts = ps.RunClean("Get-SuggestionContact 20210118");

        Assert.Equal(["Before", "During", "Before", "After"], contacts.Select(c => c.Properties["Phase"].Value.ToString()));
        Assert.Equal(["办前", "办时", "办前", "办后"], contacts.Select(c => c.Properties["PhaseChinese"].Value.ToString()));
    }

    [Fact]
    public void AfterHandlingBeforeAnyReplyIsRefused()
    {
        using var ps = module.Connect();
        ps.RunClean(Add, "20210118");

        ps.Run("Add-SuggestionContact 20210118 -Method Phone -On 2021-03-20 -Phase After");
        var refused = Assert.Single(ps.Errors);
        ps.Run("Add-SuggestionContact 20210118 -Method Phone -On 2021-03-20 -Phase 以后");
        var unknown = Assert.Single(ps.Errors);

        Assert.Contains("after handling (办后) follows the reply", refused.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("'以后' is not a contact phase", unknown.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ps.RunClean("Get-SuggestionContact 20210118"));
    }

    [Fact]
    public void TheSummaryCountsContactsByMethodAndPhaseAndItemsLedAsOfADay()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            function Add($n, $official, $priority) {
                New-Suggestion -Number $n -Title 't' -Session '市七届人大一次会议' -LeadProposer 'p' -Role Lead -Department 'd' -Owner 'o' `
                    -AssignedOn 2021-03-15 -LeadingOfficial $official -Priority $priority | Out-Null
            }
            Add 'K1' '张局长' '重点'; Add 'KH' '刘局长' '重点、热点'; Add 'N1' $null @()
            'K1', 'KH', 'N1' | Confirm-SuggestionReceipt -On 2021-03-16
            Add-SuggestionContact K1 -Method Phone -On 2021-03-16
            Add-SuggestionContact K1 -Method Phone -On 2021-04-01
            Add-SuggestionContact KH -Method Visit -On 2021-04-02
            Add-SuggestionContact N1 -Method Meeting -On 2021-06-01
            """);

        var summary = ps.RunClean("Get-SuggestionSummary -AsOf 2021-05-01").Single();
        int Figure(string name) => (int)summary.Properties[name].Value;

        Assert.Equal((3, 2, 1, 0), (Figure("Contacts"), Figure("PhoneContacts"), Figure("VisitContacts"), Figure("MeetingContacts")));
        Assert.Equal((1, 2, 0), (Figure("ContactsBefore"), Figure("ContactsDuring"), Figure("ContactsAfter")));
        Assert.Equal((2, 2, 1), (Figure("LedByOfficial"), Figure("LedKeyItems"), Figure("LedHotItems")));
        Assert.Equal(4, (int)ps.RunClean("Get-SuggestionSummary").Single().Properties["Contacts"].Value);
    }
}
