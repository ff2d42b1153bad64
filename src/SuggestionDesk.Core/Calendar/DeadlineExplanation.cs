using System.Text;
using SuggestionDesk.Items;

namespace SuggestionDesk.Calendar;

/// <summary>Writes a deadline as a sentence: the rule, the start, the unit, the days skipped and why, and whether it is provisional.</summary>
internal static class DeadlineExplanation
{
    // A window (the return clock) closes rather than falls due.
    public static string English(Deadline d) =>
        English(Capitalize(d.Clock.EnglishName()) + (d.IsWindow ? " window closes" : " due"), d.Due, d.Computed, d.Extension, d.StartEvent, d.IsProvisional, d.Promised);

    public static string Chinese(Deadline d) =>
        Chinese(d.Clock.ChineseName() + "期限", d.Due, d.Computed, d.Extension, d.StartEvent, d.IsProvisional, d.Promised);

    public static string English(string subject, DateOnly inForce, DueDate due, Extension? extension, string startEvent, bool provisional, DateOnly? promised = null)
    {
        var text = new StringBuilder();
        text.Append($"{subject} {inForce:yyyy-MM-dd}: ");
        if (extension is { } ext)
        {
            var ruleDate = due.IsProvisional ? " (provisional)" : string.Empty;
            text.Append($"extended to this date by {ext.DecidedBy} on {ext.DecidedOn:yyyy-MM-dd} ({ext.Reason}); the rule gave {due.Date:yyyy-MM-dd}{ruleDate}. ");
        }
        else if (promised is not null)
        {
            text.Append($"the date promised in {startEvent} on {due.Start:yyyy-MM-dd}. Without a promise it would be {due.Date:yyyy-MM-dd}: ");
        }

        if (due.Rule.Unit == DeadlineUnit.EndOfYear)
        {
            text.Append($"{due.Rule} of {startEvent} on {due.Start:yyyy-MM-dd} (December 31).");
            return text.ToString();
        }

        text.Append($"{due.Rule} after {startEvent} on {due.Start:yyyy-MM-dd}");
        if (due.Nominal is { } nominal)
        {
            if (IsClamped(due))
            {
                text.Append($" is {nominal:yyyy-MM-dd}, the last day of that month ({nominal:yyyy-MM} has no day {due.Start.Day})");
            }
            else if (nominal != due.Date)
            {
                text.Append($" is {nominal:yyyy-MM-dd}");
            }

            text.Append(nominal == due.Date ? "." : ", not a working day, so the next working day.");
        }
        else
        {
            text.Append(" (that day is day 0).");
        }

        if (due.Skipped.Count > 0)
        {
            text.Append($" Skipped: {string.Join("; ", due.Skipped)}.");
        }

        if (due.MakeUpDays.Count > 0)
        {
            text.Append($" Make-up working days counted: {string.Join("; ", due.MakeUpDays)}.");
        }

        if (provisional)
        {
            var plural = due.MissingYears.Count > 1;
            text.Append($" Provisional: {MissingEnglish(due)}, so Monday–Friday was assumed; it is recomputed when the calendar{(plural ? "s are" : " is")} loaded.");
        }

        return text.ToString();
    }

    public static string Chinese(string subject, DateOnly inForce, DueDate due, Extension? extension, string startEvent, bool provisional, DateOnly? promised = null)
    {
        var text = new StringBuilder();
        text.Append($"{subject} {inForce:yyyy-MM-dd}：");
        if (extension is { } ext)
        {
            var ruleDate = due.IsProvisional ? "（暂定）" : string.Empty;
            text.Append($"经{ext.DecidedBy}于{ext.DecidedOn:yyyy-MM-dd}批准延期至此日（{ext.Reason}），原期限 {due.Date:yyyy-MM-dd}{ruleDate}。");
        }
        else if (promised is not null)
        {
            text.Append($"{StartEventChinese(startEvent)} {due.Start:yyyy-MM-dd} 承诺的反馈日期；未承诺时为 {due.Date:yyyy-MM-dd}：");
        }

        if (due.Rule.Unit == DeadlineUnit.EndOfYear)
        {
            text.Append($"{StartEventChinese(startEvent)} {due.Start:yyyy-MM-dd} 所在年度年底（12月31日）。");
            return text.ToString();
        }

        text.Append($"自{StartEventChinese(startEvent)} {due.Start:yyyy-MM-dd} 起{due.Rule.ToChinese()}");
        if (due.Nominal is { } nominal)
        {
            if (IsClamped(due))
            {
                text.Append($"为 {nominal:yyyy-MM-dd}（{nominal.Year}年{nominal.Month}月无{due.Start.Day}日，取月末）");
            }
            else if (nominal != due.Date)
            {
                text.Append($"为 {nominal:yyyy-MM-dd}");
            }

            text.Append(nominal == due.Date ? "。" : "，非工作日，顺延至下一工作日。");
        }
        else
        {
            text.Append("（当日为第0日）。");
        }

        if (due.Skipped.Count > 0)
        {
            text.Append($"跳过：{string.Join("；", due.Skipped)}。");
        }

        if (due.MakeUpDays.Count > 0)
        {
            text.Append($"计入调休上班日：{string.Join("；", due.MakeUpDays)}。");
        }

        if (provisional)
        {
            text.Append($"暂定：{MissingChinese(due)}，按周一至周五推算，{WhenLoadedChinese(due)}后重新计算。");
        }

        return text.ToString();
    }

    /// <summary>
    /// A refusal's note on a provisional date, e.g. "provisional: the 2027 holiday calendar is not published
    /// yet, so Monday–Friday was assumed"; empty when the date is certain.
    /// </summary>
    public static string ProvisionalNoteEnglish(DueDate due) =>
        due.IsProvisional ? $"provisional: {MissingEnglish(due)}, so Monday–Friday was assumed" : string.Empty;

    /// <summary>A refusal's note on a provisional date in the language of the current UI culture; empty when the date is certain.</summary>
    public static string ProvisionalNote(DueDate due) =>
        Localization.MessageText.Current == Language.Chinese ? ProvisionalNoteChinese(due) : ProvisionalNoteEnglish(due);

    /// <summary>What to do about a provisional date, in the language of the current UI culture.</summary>
    public static string LoadAdvice(DueDate due) =>
        Localization.MessageText.Current == Language.Chinese ? LoadAdviceChinese(due) : LoadAdviceEnglish(due);

    /// <summary>e.g. 暂定：2027年节假日安排尚未公布，按周一至周五推算; empty when the date is certain.</summary>
    public static string ProvisionalNoteChinese(DueDate due) =>
        due.IsProvisional ? $"暂定：{MissingChinese(due)}，按周一至周五推算" : string.Empty;

    /// <summary>e.g. 待2027年节假日安排公布后载入, 载入2018年节假日安排.</summary>
    public static string LoadAdviceChinese(DueDate due) => due.NotYetPublishedYears.Count == 0
        ? $"载入{string.Join("、", due.MissingYears)}年节假日安排"
        : $"待{string.Join("、", due.MissingYears)}年节假日安排公布后载入";

    /// <summary>What to do about a provisional date, e.g. "load the 2027 calendar once it is published".</summary>
    public static string LoadAdviceEnglish(DueDate due)
    {
        var plural = due.MissingYears.Count > 1;
        var once = due.NotYetPublishedYears.Count > 0 ? $" once {(plural ? "they are" : "it is")} published" : string.Empty;
        return $"load the {JoinEnglish(due.MissingYears)} calendar{(plural ? "s" : string.Empty)}{once}";
    }

    /// <summary>e.g. "the 2027 holiday calendar is not published yet", "the 2018 holiday calendar is not loaded".</summary>
    private static string MissingEnglish(DueDate due)
    {
        var future = due.NotYetPublishedYears;
        var past = due.MissingYears.Except(future).ToArray();
        var clauses = new List<string>();
        if (past.Length > 0)
        {
            clauses.Add($"the {JoinEnglish(past)} holiday calendar{(past.Length > 1 ? "s are" : " is")} not loaded");
        }

        if (future.Count > 0)
        {
            clauses.Add($"the {JoinEnglish(future)} holiday calendar{(future.Count > 1 ? "s are" : " is")} not published yet");
        }

        return string.Join(" and ", clauses);
    }

    /// <summary>e.g. 2027年节假日安排尚未公布, 2018年节假日安排未载入.</summary>
    private static string MissingChinese(DueDate due)
    {
        var future = due.NotYetPublishedYears;
        var past = due.MissingYears.Except(future).ToArray();
        var clauses = new List<string>();
        if (past.Length > 0)
        {
            clauses.Add($"{string.Join("、", past)}年节假日安排未载入");
        }

        if (future.Count > 0)
        {
            clauses.Add($"{string.Join("、", future)}年节假日安排尚未公布");
        }

        return string.Join("，", clauses);
    }

    private static string WhenLoadedChinese(DueDate due) =>
        due.NotYetPublishedYears.Count == 0 ? "载入"
        : due.NotYetPublishedYears.Count == due.MissingYears.Count ? "公布"
        : "公布或载入";

    /// <summary>e.g. "2027", "2027 and 2028", "2026, 2027 and 2028".</summary>
    private static string JoinEnglish(IReadOnlyList<int> years) =>
        years.Count <= 1 ? string.Join(string.Empty, years) : $"{string.Join(", ", years.Take(years.Count - 1))} and {years[^1]}";

    /// <summary>Whether a month rule met a shorter month: the same day number did not exist, so its last day was taken.</summary>
    private static bool IsClamped(DueDate due) => due.Nominal is { } nominal && nominal.Day < due.Start.Day;

    private static string StartEventChinese(string startEvent) => startEvent switch
    {
        ItemDeadlines.Assignment => "交办日",
        ItemDeadlines.Evaluation => "不满意评价日",
        ItemDeadlines.ReplyEvent => "答复日",
        DueDate.StartDay => "起算日",
        _ => startEvent,
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
