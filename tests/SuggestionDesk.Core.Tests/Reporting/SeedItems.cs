namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>
/// The sample year (docs/domain.md) (深政数函〔2021〕87号) built in code: 24 items, 3 Lead + 1 Sole + 1 Split + 19 Joint, of
/// which one Joint item comes from the 2020 recess; all signed for and replied on time; 5 need an evaluation,
/// 3 came back, all satisfied; two Lead replies published.
/// </summary>
internal static class SeedItems
{
    public const string Recess = "2020年市六届人大八次会议闭会期间";
    public const string Planning = "规划发展处", Data = "数据资源处", Services = "政务服务处";
    public static readonly DateOnly ReportDate = new(2021, 9, 28);

    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly DateOnly Assigned = new(2021, 3, 15);

    public static IReadOnlyList<SuggestionItem> Build()
    {
        var by = TestClock.As();
        var items = new List<SuggestionItem>
        {
            Evaluated("20210347", HandlingRole.Lead, Planning, publish: true, by),
            Evaluated("20210254", HandlingRole.Lead, Data, publish: true, by),
            Replied("20210101", HandlingRole.Lead, Services, by),
            Evaluated("20210188", HandlingRole.Sole, Services, publish: false, by),
            Replied("20210299", HandlingRole.Split, Data, by),
        };

        string[] departments = [Planning, Data, Services];
        for (var i = 0; i < 18; i++)
        {
            items.Add(Replied($"2021{400 + i:0000}", HandlingRole.Joint, departments[i % 3], by));
        }

        // The recess item: assigned 2020-12-10, opinion due 2021-01-11, sent 2021-01-05.
        var recess = SuggestionItem.Create(Spec("20200812", Recess, HandlingRole.Joint) with
        {
            Department = Data,
            LeadUnit = "市工业和信息化局",
            AssignedOn = new DateOnly(2020, 12, 10),
        }, by);
        recess.SignFor(new DateOnly(2020, 12, 11), by);
        recess.Reply(new DateOnly(2021, 1, 5), resultClass: null, "会办意见", by);
        items.Add(recess);
        return items;
    }

    /// <summary>Assigned 2021-03-15 (sign-for due 03-18, Joint opinion 04-15, reply 06-15); signed 03-16; replied in time.</summary>
    private static SuggestionItem Replied(string number, HandlingRole role, string department, ChangeContext by)
    {
        var item = SuggestionItem.Create(Spec(number, role: role) with { Department = department, AssignedOn = Assigned }, by);
        item.SignFor(new DateOnly(2021, 3, 16), by);
        // As in a real year's ledger, a Joint opinion carries no result class: the class is the lead unit's.
        item.Reply(role == HandlingRole.Joint ? new DateOnly(2021, 4, 9) : new DateOnly(2021, 6, 1), role == HandlingRole.Joint ? null : A, "答复", by);
        return item;
    }

    private static SuggestionItem Evaluated(string number, HandlingRole role, string department, bool publish, ChangeContext by)
    {
        var item = Replied(number, role, department, by);
        item.Evaluate(new DateOnly(2021, 6, 20), EvaluationResult.Satisfied, "满意", by);
        if (publish)
        {
            item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 6, 21), null, by);
            item.RecordPublication(new DateOnly(2021, 6, 25), by);
        }

        return item;
    }
}
