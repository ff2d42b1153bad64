namespace SuggestionDesk.Pdf.Tests.Report;

/// <summary>
/// A report with an item never signed for and a late reply, read back with pdftotext: every place an on-time rate is
/// printed (the overview's sentence, its key figure box, the figures table and the chart) gives the same number, and
/// none says 100 % beside the overdue item.
/// </summary>
public sealed class OnTimeRatesReadBackTests
{
    private static readonly Lazy<string[]> Lines = new(() =>
    {
        var options = new ReportOptions { AsOf = LateReportItems.AsOf, Issuer = "深圳市政务服务数据管理局" };
        var pdf = ReportFiles.Write(ReportFiles.Model(LateReportItems.Build(), options), "late-zh.pdf");
        return Tools.Text(pdf, "\n").Split('\n');
    });

    [Theory]
    [InlineData("按时签收率", LateReportItems.SignedOnTimeRate)]
    [InlineData("按时答复率", LateReportItems.RepliedOnTimeRate)]
    public void EveryPrintedRateIsTheSame(string label, string rate)
    {
        var printed = Printed(Lines.Value, label);

        Assert.True(printed.Count >= 4, $"{label} printed {printed.Count} times: {string.Join(", ", printed)}; expected the sentence, the key figure, the table and the chart");
        Assert.All(printed, value => Assert.Equal(rate, value));
    }

    [Fact]
    public void NothingReadsAllOnTimeBesideTheOverdueItem()
    {
        var text = string.Concat(Lines.Value);

        Assert.DoesNotContain("100%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("所有建议均按时", text, StringComparison.Ordinal);
        Assert.Contains("目前共有1件超过办理时限，正在督办。", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The value printed with each occurrence of <paramref name="label"/>: a key figure box prints its value on the line
    /// above a label standing alone; the sentence, the table and the chart print it after the label (maybe on the next
    /// line, where the sentence wraps).
    /// </summary>
    private static List<string> Printed(string[] lines, string label)
    {
        var values = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            for (int at = lines[i].IndexOf(label, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(label, at + label.Length, StringComparison.Ordinal))
            {
                var after = lines[i][(at + label.Length)..].Trim();
                var value = lines[i].Trim() == label ? lines[i - 1].Trim()
                    : after.Length == 0 && i + 1 < lines.Length ? lines[i + 1].Trim()
                    : after;
                values.Add(System.Text.RegularExpressions.Regex.Match(value, @"^\d+(\.\d+)?%").Value is { Length: > 0 } percent ? percent : $"(none in '{value}')");
            }
        }

        return values;
    }
}
