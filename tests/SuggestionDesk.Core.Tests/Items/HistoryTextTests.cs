namespace SuggestionDesk.Core.Tests.Items;

/// <summary>A history entry as one line of the log, in the log's English words and as an office's Chinese log says it.</summary>
public sealed class HistoryTextTests
{
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void EachEntryReadsInEnglishForScriptsAndInChineseForPeople()
    {
        var item = SuggestionDesk.Testing.Items.New("20210347");
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.RecordContact(new DateOnly(2021, 4, 2), ContactMethod.Phone, "沟通办理思路", by);
        item.Assign(null, "赵磊", null, by);
        var history = item.PendingHistory;
        var contact = item.PendingContacts.Single().Entry;

        Assert.Equal("SignFor 2021-03-16", HistoryText.Describe(history.Single(h => h.Action == "SignFor")));
        Assert.Equal("签收 2021-03-16", HistoryText.Describe(history.Single(h => h.Action == "SignFor"), chinese: true));
        Assert.Equal("Contact 2021-04-02 电话 办时: 沟通办理思路", HistoryText.Describe(contact));
        Assert.Equal("登记沟通 2021-04-02 电话 办时：沟通办理思路", HistoryText.Describe(contact, chinese: true));
        var assign = history.Single(h => h.Action == "Assign");
        Assert.StartsWith("Assign Owner: ", HistoryText.Describe(assign), StringComparison.Ordinal);
        Assert.StartsWith("交办 承办人：", HistoryText.Describe(assign, chinese: true), StringComparison.Ordinal);
        Assert.EndsWith("→ 赵磊", HistoryText.Describe(assign, chinese: true), StringComparison.Ordinal);
    }
}
