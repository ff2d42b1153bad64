using System.Text;
using SuggestionDesk.Items;

namespace SuggestionDesk.Calendar;

/// <summary>Writes a deadline as a sentence: the rule, the start, the unit, the days skipped and why, and whether it is provisional.</summary>
internal static class DeadlineExplanation
{
    public static string English(Deadline d) =>
        English(Capitalize(d.Clock.EnglishName()) + " due", d.Due, d.Computed, d.Extension, d.StartEvent, d.IsProvisional);

    public static string Chinese(Deadline d) =>
        Chinese(d.Clock.ChineseName() + "期限", d.Due, d.Computed, d.Extension, d.StartEvent, d.IsProvisional);

    public static string English(string subject, DateOnly inForce, DueDate due, Extension? extension, string startEvent, bool provisional)
    {
        var text = new StringBuilder();
        text.Append($"{subject} {inForce:yyyy-MM-dd}: ");
        if (extension is { } ext)
        {
            text.Append($"extended to this date by {ext.DecidedBy} on {ext.DecidedOn:yyyy-MM-dd} ({ext.Reason}); the rule gave {due.Date:yyyy-MM-dd}. ");
        }

        text.Append($"{due.Rule} after {startEvent} on {due.Start:yyyy-MM-dd}");
        if (due.Nominal is { } nominal)
        {
            text.Append(nominal == due.Date ? "." : $" is {nominal:yyyy-MM-dd}, not a working day, so the next working day.");
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
            var years = string.Join(", ", due.MissingYears);
            text.Append($" Provisional: the {years} holiday calendar is not published yet, so Monday–Friday was assumed; it is recomputed when the calendar is loaded.");
        }

        return text.ToString();
    }

    public static string Chinese(string subject, DateOnly inForce, DueDate due, Extension? extension, string startEvent, bool provisional)
    {
        var text = new StringBuilder();
        text.Append($"{subject} {inForce:yyyy-MM-dd}：");
        if (extension is { } ext)
        {
            text.Append($"经{ext.DecidedBy}于{ext.DecidedOn:yyyy-MM-dd}批准延期至此日（{ext.Reason}），原期限 {due.Date:yyyy-MM-dd}。");
        }

        text.Append($"自{StartEventChinese(startEvent)} {due.Start:yyyy-MM-dd} 起{due.Rule.ToChinese()}");
        if (due.Nominal is { } nominal)
        {
            text.Append(nominal == due.Date ? "。" : $"为 {nominal:yyyy-MM-dd}，非工作日，顺延至下一工作日。");
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
            text.Append($"暂定：{string.Join("、", due.MissingYears)}年节假日安排尚未公布，按周一至周五推算，公布后重新计算。");
        }

        return text.ToString();
    }

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
