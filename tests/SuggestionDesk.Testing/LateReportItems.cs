using SuggestionDesk.Items;

namespace SuggestionDesk.Testing;

/// <summary>
/// Four items assigned 2026-07-01, as of <see cref="AsOf"/>, for the report's on-time figures: one handled on time, one
/// never signed for (so overdue: its sign-for was due 07-06, its reply 10-08), one replied late (10-12, due 10-08) and
/// a Joint opinion sent on time. Signed for on time: 3 of 3 signed + 1 past due = 75 %; replied on time: 2 of 3
/// replied + 1 past due = 50 %; 1 item overdue.
/// </summary>
public static class LateReportItems
{
    /// <summary>The day the figures are taken.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    /// <summary>The on-time rates as the report writes them.</summary>
    public const string SignedOnTimeRate = "75%", RepliedOnTimeRate = "50%";

    /// <summary>The four items.</summary>
    public static IReadOnlyList<SuggestionItem> Build()
    {
        var by = TestClock.As("督办办公室");
        var a = ResultClassScheme.Default.Parse("A");
        SuggestionItem Assigned(string number, HandlingRole role, string title) => SuggestionItem.Create(Items.Spec(number, role: role) with
        {
            Title = title,
            AssignedOn = new DateOnly(2026, 7, 1),
        }, by);

        var onTime = Assigned("2026-0001", HandlingRole.Lead, "关于推进数据开放的建议");
        onTime.SignFor(new DateOnly(2026, 7, 2), by);
        onTime.Reply(new DateOnly(2026, 9, 1), a, "已按期答复。", by);
        var unsigned = Assigned("2026-0002", HandlingRole.Lead, "关于优化政务服务大厅的建议");
        var late = Assigned("2026-0003", HandlingRole.Sole, "关于加强网络安全的建议");
        late.SignFor(new DateOnly(2026, 7, 3), by);
        late.Reply(new DateOnly(2026, 10, 12), a, "逾期答复。", by);
        var joint = Assigned("2026-0004", HandlingRole.Joint, "关于建设城市大脑的建议");
        joint.SignFor(new DateOnly(2026, 7, 2), by);
        joint.Reply(new DateOnly(2026, 7, 20), null, "会办意见。", by);
        return [onTime, unsigned, late, joint];
    }
}
