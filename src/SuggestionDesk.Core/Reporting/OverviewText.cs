using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>The overview's sentences (基本情况): every figure of the summary, written out as the sample year's report does.</summary>
internal static class OverviewText
{
    /// <remarks><paramref name="noun"/> and <paramref name="evaluator"/> name the items and who evaluates them (<see cref="ItemKindNames.ChineseNoun"/>).</remarks>
    public static IReadOnlyList<string> Chinese(
        SuggestionSummary s, string period, string kinds, string noun, string evaluator, IReadOnlyList<string> topics, string asOf)
    {
        var received = $"{period}，我单位共接收办理{kinds}{s.Total}件，其中主办件{s.Lead}件、承办件{s.Sole}件、分办件{s.Split}件、会办件{s.Joint}件";
        if (s.BySession.Count > 1)
        {
            received += $"（其中：{string.Join("，", s.BySession.Select(r => $"{r.Key}{r.Total}件"))}）";
        }

        received += "。";
        if (topics.Count > 0)
        {
            received += $"{noun}内容涵盖{string.Join("、", topics)}等方面。";
        }

        var handled = $"截至{asOf}，已签收{s.Signed}件，其中按时签收{s.SignedOnTime}件";
        handled += s.NotSignedPastDue > 0 ? $"，另有{s.NotSignedPastDue}件超过签收时限尚未签收" : string.Empty;
        handled += s.SignedOnTimeRate is { } signed ? $"，{ReportWording.Chinese.SignedOnTimeRate}{ReportWording.Percent(signed)}" : string.Empty;
        handled += $"；已书面答复（会办件为向主办单位提交意见）{s.Replied}件，其中按时答复{s.RepliedOnTime}件";
        handled += s.NotRepliedPastDue > 0 ? $"，另有{s.NotRepliedPastDue}件超过答复时限尚未答复" : string.Empty;
        handled += s.RepliedOnTimeRate is { } replied ? $"，{ReportWording.Chinese.RepliedOnTimeRate}{ReportWording.Percent(replied)}。" : "。";
        if (s.Total > 0 && s.SignedOnTime == s.Total && s.RepliedOnTime == s.Total && s.Overdue == 0)
        {
            handled += $"所有{noun}均按时签收、按时答复。";
        }

        // What the evaluations said, as the office's report says it: a verdict nobody gave is left out (其中满意3件).
        var said = new (int Count, string What)[] { (s.Satisfied, "满意"), (s.BasicallySatisfied, "基本满意"), (s.Unsatisfied, "不满意") }
            .Where(p => p.Count > 0).Select(p => $"{p.What}{p.Count}件").ToArray();
        handled += $"需要{evaluator}进行评价的{noun}共{s.EvaluationRequired}件，目前已收到评价{s.EvaluationReceived}件"
            + (said.Length > 0 ? "，其中" + string.Join("、", said) : string.Empty);
        handled += s.EvaluationReceived > 0 && s.Satisfied == s.EvaluationReceived ? "，代表对办理结果均评价为满意。" : "。";
        var rehandled = new (int Count, string What)[]
        {
            (s.RehandledSatisfied, "评价为满意"), (s.RehandledBasicallySatisfied, "评价为基本满意"),
            (s.RehandledUnsatisfied, "仍评价为不满意"), (s.RehandledAwaitingEvaluation, "尚待代表再次评价"),
        }.Where(p => p.Count > 0).Select(p => $"{p.Count}件经重新办理后{p.What}").ToArray();
        handled += rehandled.Length > 0 ? string.Join("，", rehandled) + "。" : string.Empty;
        handled += s.FollowUpPending > 0 ? $"{s.FollowUpPending}件{string.Join("、", s.FollowUpClasses)}类答复正在跟踪落实。" : string.Empty;

        var published = $"已对涉及公共利益、社会关切的建议答复主动公开{s.Published}件。";
        if (s.Overdue > 0)
        {
            published += $"目前共有{s.Overdue}件超过办理时限，正在督办。";
        }

        if (s.Returned > 0)
        {
            published += $"退回{s.Returned}件，未计入以上数字。";
        }

        return [received, handled, published];
    }

    public static IReadOnlyList<string> English(SuggestionSummary s, string period, string kinds, IReadOnlyList<string> topics, string asOf)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var received = $"{period}, the office received {N(s.Total)} {kinds}: {N(s.Lead)} as lead unit (主办), {N(s.Sole)} as sole unit (承办), {N(s.Split)} split (分办) and {N(s.Joint)} joint (会办)";
        if (s.BySession.Count > 1)
        {
            received += $" ({string.Join("; ", s.BySession.Select(r => $"{r.Key}: {N(r.Total)}"))})";
        }

        received += ".";
        if (topics.Count > 0)
        {
            received += $" They cover {string.Join(", ", topics)} and more.";
        }

        string Rate(decimal? rate, string what) => rate is null ? string.Empty : $" ({what}: {ReportWording.Percent(rate)})";
        var handled = $"By {asOf}, {N(s.Signed)} were signed for, {N(s.SignedOnTime)} of them on time";
        handled += s.NotSignedPastDue > 0 ? $", {N(s.NotSignedPastDue)} more not signed for by the due date" : string.Empty;
        handled += Rate(s.SignedOnTimeRate, ReportWording.English.SignedOnTimeRate);
        handled += $"; {N(s.Replied)} were answered in writing (for joint items: our opinion sent to the lead unit), {N(s.RepliedOnTime)} of them on time";
        handled += s.NotRepliedPastDue > 0 ? $", {N(s.NotRepliedPastDue)} more not answered by the due date" : string.Empty;
        handled += Rate(s.RepliedOnTimeRate, ReportWording.English.RepliedOnTimeRate) + ".";
        handled += $" {N(s.EvaluationRequired)} need the deputy's evaluation; {N(s.EvaluationReceived)} evaluations have come back: {N(s.Satisfied)} satisfied, {N(s.BasicallySatisfied)} basically satisfied, {N(s.Unsatisfied)} unsatisfied.";
        var rehandled = new (int Count, string What)[]
        {
            (s.RehandledSatisfied, "evaluated satisfied"), (s.RehandledBasicallySatisfied, "evaluated basically satisfied"),
            (s.RehandledUnsatisfied, "evaluated unsatisfied again"), (s.RehandledAwaitingEvaluation, "await the new evaluation"),
        }.Where(p => p.Count > 0).Select(p => $"{N(p.Count)} {p.What}").ToArray();
        handled += rehandled.Length > 0 ? $" After re-handling, {string.Join(", ", rehandled)}." : string.Empty;
        handled += s.FollowUpPending > 0 ? $" {N(s.FollowUpPending)} class {string.Join(", ", s.FollowUpClasses)} replies are being followed up." : string.Empty;
        var published = $"{N(s.Published)} replies touching the public interest were published.";
        if (s.Overdue > 0)
        {
            published += $" {N(s.Overdue)} are past a deadline and being chased.";
        }

        if (s.Returned > 0)
        {
            published += $" {N(s.Returned)} were returned and are not counted above.";
        }

        return [received, handled, published];
    }

    /// <summary>What the items are called: 人大代表建议, 政协委员提案, or 建议提案 when both.</summary>
    public static string Kinds(IReadOnlyCollection<SuggestionItem> items, bool chinese)
    {
        bool suggestions = items.Any(i => i.Kind == ItemKind.Suggestion), proposals = items.Any(i => i.Kind == ItemKind.Proposal);
        return (suggestions, proposals, chinese) switch
        {
            (false, true, true) => "政协委员提案",
            (true, true, true) => "建议提案",
            (_, _, true) => "人大代表建议",
            (false, true, false) => "members' proposals",
            (true, true, false) => "suggestions and proposals",
            _ => "deputies' suggestions",
        };
    }
}
