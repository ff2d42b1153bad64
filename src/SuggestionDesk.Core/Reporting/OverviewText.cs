using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>The overview's sentences (基本情况): every figure of the summary, written out as the sample year's report does.</summary>
internal static class OverviewText
{
    public static IReadOnlyList<string> Chinese(SuggestionSummary s, string period, string kinds, IReadOnlyList<string> topics, string asOf)
    {
        var received = $"{period}，我单位共接收办理{kinds}{s.Total}件，其中主办件{s.Lead}件、承办件{s.Sole}件、分办件{s.Split}件、会办件{s.Joint}件";
        if (s.BySession.Count > 1)
        {
            received += $"（其中：{string.Join("，", s.BySession.Select(r => $"{r.Key}{r.Total}件"))}）";
        }

        received += "。";
        if (topics.Count > 0)
        {
            received += $"建议内容涵盖{string.Join("、", topics)}等方面。";
        }

        var handled = $"截至{asOf}，已签收{s.Signed}件，其中按时签收{s.SignedOnTime}件；已书面答复（会办件为向主办单位提交意见）{s.Replied}件，其中按时答复{s.RepliedOnTime}件。";
        if (s.Total > 0 && s.SignedOnTime == s.Total && s.RepliedOnTime == s.Total)
        {
            handled += "所有建议均按时签收、按时答复。";
        }

        handled += $"需要代表进行评价的建议共{s.EvaluationRequired}件，目前已收到评价{s.EvaluationReceived}件，其中满意{s.Satisfied}件、基本满意{s.BasicallySatisfied}件、不满意{s.Unsatisfied}件";
        handled += s.EvaluationReceived > 0 && s.Satisfied == s.EvaluationReceived ? "，代表对办理结果均评价为满意。" : "。";

        var published = $"已对涉及公共利益、社会关切的建议答复主动公开{s.Published}件。";
        if (s.Overdue > 0)
        {
            published += $"另有{s.Overdue}件已超过办理时限，正在督办。";
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

        var handled = $"By {asOf}, {N(s.Signed)} were signed for, {N(s.SignedOnTime)} of them on time; {N(s.Replied)} were answered in writing (for joint items: our opinion sent to the lead unit), {N(s.RepliedOnTime)} of them on time.";
        handled += $" {N(s.EvaluationRequired)} need the deputy's evaluation; {N(s.EvaluationReceived)} evaluations have come back: {N(s.Satisfied)} satisfied, {N(s.BasicallySatisfied)} basically satisfied, {N(s.Unsatisfied)} unsatisfied.";
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
