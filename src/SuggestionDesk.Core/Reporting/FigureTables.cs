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
        rows.Add(Row(zh ? "　其中按时签收" : "  on time", s.SignedOnTime, Rate(zh, s.SignedOnTimeRate)));
        rows.Add(Row(zh ? "已答复" : "Replied", s.Replied, string.Empty));
        rows.Add(Row(zh ? "　其中按时答复" : "  on time", s.RepliedOnTime, Rate(zh, s.RepliedOnTimeRate)));
        rows.Add(Row(zh ? "需代表评价" : "Evaluation needed", s.EvaluationRequired, string.Empty));
        rows.Add(Row(zh ? "已收到评价" : "Evaluations received", s.EvaluationReceived, Rate(zh, s.EvaluationReceivedRate, zh ? "回收率" : "returned")));
        rows.Add(Row(zh ? $"　{Evaluation(EvaluationResult.Satisfied)}" : "  satisfied", s.Satisfied, Rate(zh, s.SatisfiedRate, zh ? "满意率" : "satisfied")));
        rows.Add(Row(zh ? $"　{Evaluation(EvaluationResult.BasicallySatisfied)}" : "  basically satisfied", s.BasicallySatisfied, string.Empty));
        rows.Add(Row(zh ? $"　{Evaluation(EvaluationResult.Unsatisfied)}" : "  unsatisfied", s.Unsatisfied, string.Empty));
        rows.Add(Row(zh ? "已公开答复" : "Replies published", s.Published, string.Empty));
        rows.Add(Row(zh ? "超期未办" : "Overdue", s.Overdue, string.Empty));
        rows.Add(Row(zh ? "退回（不计入）" : "Returned (not counted)", s.Returned, string.Empty));
        return new ReportTable(w.FiguresCaption, w.FigureColumns, rows);
    }

    public static IReadOnlyList<ReportFigure> KeyFigures(ReportWording w, SuggestionSummary s) => w.IsChinese
        ?
        [
            new(w.Count(s.Total), "接收办理"),
            new(ReportWording.Percent(s.SignedOnTimeRate), "按时签收率"),
            new(ReportWording.Percent(s.RepliedOnTimeRate), "按时答复率"),
            new($"{s.EvaluationReceived}/{s.EvaluationRequired}", "已收到评价"),
            new(w.Count(s.Satisfied), "评价满意"),
        ]
        :
        [
            new(s.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), "received"),
            new(ReportWording.Percent(s.SignedOnTimeRate), "signed for on time"),
            new(ReportWording.Percent(s.RepliedOnTimeRate), "replied on time"),
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
                Percent(zh ? "按时签收率" : "Signed on time", s.SignedOnTimeRate),
                Percent(zh ? "按时答复率" : "Replied on time", s.RepliedOnTimeRate),
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

    private static string Rate(bool zh, decimal? rate, string? what = null) =>
        rate is null ? string.Empty : $"{what ?? (zh ? "按时率" : "on time")} {ReportWording.Percent(rate)}";
}
