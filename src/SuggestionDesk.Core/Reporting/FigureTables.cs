using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>The overview's figures as a table, key figures and charts.</summary>
internal static class FigureTables
{
    public static ReportTable Figures(ReportWording w, SuggestionSummary s)
    {
        var zh = w.IsChinese;
        var rows = new List<IReadOnlyList<string>>
        {
            Row(zh ? "接收办理" : "Received", s.Total, string.Empty),
            Row(zh ? $"　其中：{Role(HandlingRole.Lead)}件" : $"  as lead unit ({Role(HandlingRole.Lead)})", s.Lead, string.Empty),
            Row(zh ? $"　　　　{Role(HandlingRole.Sole)}件" : $"  as sole unit ({Role(HandlingRole.Sole)})", s.Sole, string.Empty),
            Row(zh ? $"　　　　{Role(HandlingRole.Split)}件" : $"  split ({Role(HandlingRole.Split)})", s.Split, string.Empty),
            Row(zh ? $"　　　　{Role(HandlingRole.Joint)}件" : $"  joint ({Role(HandlingRole.Joint)})", s.Joint, string.Empty),
        };
        rows.AddRange(s.BySession.Select(r => Row(zh ? $"　{r.Key}" : $"  {r.Key}", r.Total, string.Empty)));
        rows.Add(Row(zh ? "已签收" : "Signed for", s.Signed, string.Empty));
        rows.Add(Row(zh ? "　其中按时签收" : "  on time", s.SignedOnTime, Rate(s.SignedOnTimeRate, w.SignedOnTimeRate)));
        rows.Add(Row(zh ? "超期未签收" : "Not signed for, past due", s.NotSignedPastDue, string.Empty));
        rows.Add(Row(zh ? "已答复" : "Replied", s.Replied, string.Empty));
        rows.Add(Row(zh ? "　其中按时答复" : "  on time", s.RepliedOnTime, Rate(s.RepliedOnTimeRate, w.RepliedOnTimeRate)));
        rows.Add(Row(zh ? "超期未答复" : "Not replied, past due", s.NotRepliedPastDue, string.Empty));
        rows.Add(Row(zh ? "需代表评价" : "Evaluation needed", s.EvaluationRequired, string.Empty));
        rows.Add(Row(zh ? "已收到评价" : "Evaluations received", s.EvaluationReceived, Rate(s.EvaluationReceivedRate, zh ? "回收率" : "returned")));
        rows.Add(Row(zh ? $"　{Evaluation(EvaluationResult.Satisfied)}" : "  satisfied", s.Satisfied, Rate(s.SatisfiedRate, zh ? "满意率" : "satisfied")));
        rows.Add(Row(zh ? $"　{Evaluation(EvaluationResult.BasicallySatisfied)}" : "  basically satisfied", s.BasicallySatisfied, string.Empty));
        rows.Add(Row(zh ? $"　{Evaluation(EvaluationResult.Unsatisfied)}" : "  unsatisfied", s.Unsatisfied, string.Empty));
        rows.Add(Row(zh ? "经重新办理" : "Re-handled", s.Rehandled, Reevaluated(w, s)));
        rows.Add(Row(zh ? "正在跟踪落实" : "Being followed up", s.FollowUpPending, FollowedUp(w, s)));
        rows.Add(Row(zh ? "已公开答复" : "Replies published", s.Published, string.Empty));
        rows.Add(Row(zh ? "超期未办" : "Overdue", s.Overdue, string.Empty));
        rows.Add(Row(zh ? "退回（不计入）" : "Returned (not counted)", s.Returned, string.Empty));
        return new ReportTable(w.FiguresCaption, w.FigureColumns, rows);
    }

    public static IReadOnlyList<ReportFigure> KeyFigures(ReportWording w, SuggestionSummary s) => w.IsChinese
        ?
        [
            new(w.Count(s.Total), "接收办理"),
            new(ReportWording.Percent(s.SignedOnTimeRate), w.SignedOnTimeRate),
            new(ReportWording.Percent(s.RepliedOnTimeRate), w.RepliedOnTimeRate),
            new($"{s.EvaluationReceived}/{s.EvaluationRequired}", "已收到评价"),
            new(w.Count(s.Satisfied), "评价满意"),
        ]
        :
        [
            new(s.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), "received"),
            new(ReportWording.Percent(s.SignedOnTimeRate), w.SignedOnTimeRate),
            new(ReportWording.Percent(s.RepliedOnTimeRate), w.RepliedOnTimeRate),
            new($"{s.EvaluationReceived}/{s.EvaluationRequired}", "evaluations back"),
            new(s.Satisfied.ToString(System.Globalization.CultureInfo.InvariantCulture), "satisfied"),
        ];

    public static IReadOnlyList<ReportChart> Charts(ReportWording w, SuggestionSummary s)
    {
        var zh = w.IsChinese;
        ReportBar Count(string label, int n) => new(label, n, w.Count(n));
        string RoleLabel(HandlingRole role) => zh ? Role(role) : role.ToString();
        ReportBar Percent(string label, decimal? rate) => new(label, (double)((rate ?? 0) * 100), ReportWording.Percent(rate));
        return
        [
            new(w.ChartByRole, [Count(RoleLabel(HandlingRole.Lead), s.Lead), Count(RoleLabel(HandlingRole.Sole), s.Sole), Count(RoleLabel(HandlingRole.Split), s.Split), Count(RoleLabel(HandlingRole.Joint), s.Joint)]),
            new(w.ChartByDepartment, s.ByDepartment.Select(r => Count(r.Key, r.Total)).ToArray()),
            new(w.ChartRates,
            [
                Percent(w.SignedOnTimeRate, s.SignedOnTimeRate),
                Percent(w.RepliedOnTimeRate, s.RepliedOnTimeRate),
                Percent(zh ? "评价回收率" : "Evaluations back", s.EvaluationReceivedRate),
                Percent(zh ? "满意率" : "Satisfied", s.SatisfiedRate),
            ], Maximum: 100),
            new(w.ChartEvaluations,
            [
                Count(zh ? Evaluation(EvaluationResult.Satisfied) : "Satisfied", s.Satisfied), Count(zh ? Evaluation(EvaluationResult.BasicallySatisfied) : "Basically satisfied", s.BasicallySatisfied),
                Count(zh ? Evaluation(EvaluationResult.Unsatisfied) : "Unsatisfied", s.Unsatisfied), Count(zh ? "尚未评价" : "Not yet back", s.EvaluationRequired - s.EvaluationReceived),
            ]),
        ];
    }

    // The domain's own Chinese words (one vocabulary), not copies of them.
    private static string Role(HandlingRole role) => role.ChineseName();

    private static string Evaluation(EvaluationResult result) => result.ChineseName();

    private static IReadOnlyList<string> Row(string label, int count, string note) =>
        [label, count.ToString(System.Globalization.CultureInfo.InvariantCulture), note];

    private static string Rate(decimal? rate, string what) =>
        rate is null ? string.Empty : $"{what} {ReportWording.Percent(rate)}";

    /// <summary>How the re-handled items were evaluated the second time, e.g. 再次评价：基本满意1件.</summary>
    private static string Reevaluated(ReportWording w, SummaryFigures s)
    {
        var parts = new (int Count, string Chinese, string English)[]
        {
            (s.RehandledSatisfied, Evaluation(EvaluationResult.Satisfied), "satisfied"),
            (s.RehandledBasicallySatisfied, Evaluation(EvaluationResult.BasicallySatisfied), "basically satisfied"),
            (s.RehandledUnsatisfied, Evaluation(EvaluationResult.Unsatisfied), "unsatisfied"),
            (s.RehandledAwaitingEvaluation, "待评价", "not yet back"),
        }.Where(p => p.Count > 0).ToArray();
        if (parts.Length == 0)
        {
            return string.Empty;
        }

        return w.IsChinese
            ? "再次评价：" + string.Join("、", parts.Select(p => $"{p.Chinese}{w.Count(p.Count)}"))
            : "evaluated again: " + string.Join(", ", parts.Select(p => $"{p.English} {w.Count(p.Count)}"));
    }

    private static string FollowedUp(ReportWording w, SummaryFigures s) =>
        s.FollowUpPending == 0 ? string.Empty : w.IsChinese ? $"{string.Join("、", s.FollowUpClasses)}类答复" : $"class {string.Join(", ", s.FollowUpClasses)} replies";
}
