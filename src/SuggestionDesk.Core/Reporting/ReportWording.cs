using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>The fixed words of the report in one language: headings, labels, column headers.</summary>
internal sealed class ReportWording
{
    public static readonly ReportWording Chinese = new()
    {
        Numerals = ["一、", "二、", "三、", "四、", "五、"],
        SubNumerals = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"],
        Overview = "基本情况", Practices = "主要做法", Measures = "将建议转化成实际的工作措施", Problems = "存在的问题及下一步改进措施",
        Annex = "附件：建议提案办理台账", Recipient = "市人大常委会办公厅", DefaultIssuer = "本单位", Closing = "专此函报。",
        FiguresCaption = "表1 建议办理基本情况", JointCaption = "表2 会办件办理情况", None = "—",
        FigureColumns = ["项目", "件数", "说明"], JointColumns = ["编号", "标题", "主办单位", "承办部门", "意见送达日期"],
        LedgerColumns = ["编号", "标题", "办理类型", "承办部门", "责任人", "交办日期", "签收日期", "答复日期", "办理结果", "代表评价", "公开"],
        ChartByRole = "图1 按办理类型分", ChartByDepartment = "图2 按承办部门分", ChartRates = "图3 按时签收、按时答复与评价情况", ChartEvaluations = "图4 代表评价结果",
        Unit = "件", NoMeasures = "（办理措施尚未录入。）", Pending = "待公开", Withheld = "不公开",
        SignedOnTimeRate = "按时签收率", RepliedOnTimeRate = "按时答复率",
    };

    public static readonly ReportWording English = new()
    {
        Numerals = ["1. ", "2. ", "3. ", "4. ", "5. "],
        SubNumerals = ["(1) ", "(2) ", "(3) ", "(4) ", "(5) ", "(6) ", "(7) ", "(8) ", "(9) ", "(10) "],
        Overview = "Overview", Practices = "How the work was done", Measures = "Turning suggestions into measures", Problems = "Problems and next steps",
        Annex = "Annex: the ledger", Recipient = "The General Office of the Standing Committee of the Municipal People's Congress", DefaultIssuer = "The office",
        Closing = "Respectfully submitted.",
        FiguresCaption = "Table 1. The figures", JointCaption = "Table 2. Joint items (our opinion to the lead unit)", None = "—",
        FigureColumns = ["Figure", "Items", "Note"], JointColumns = ["Number", "Title", "Lead unit", "Department", "Opinion sent"],
        LedgerColumns = ["Number", "Title", "Role", "Department", "Owner", "Assigned", "Signed", "Replied", "Result", "Evaluation", "Disclosure"],
        ChartByRole = "Figure 1. Items by role", ChartByDepartment = "Figure 2. Items by department", ChartRates = "Figure 3. On time and evaluations",
        ChartEvaluations = "Figure 4. The deputies' evaluations", Unit = "", NoMeasures = "(No measures recorded yet.)", Pending = "to publish", Withheld = "withheld",
        SignedOnTimeRate = "signed for on time", RepliedOnTimeRate = "replied on time",
    };

    public required string[] Numerals { get; init; }
    public required string[] SubNumerals { get; init; }
    public required string Overview { get; init; }
    public required string Practices { get; init; }
    public required string Measures { get; init; }
    public required string Problems { get; init; }
    public required string Annex { get; init; }
    public required string Recipient { get; init; }
    public required string DefaultIssuer { get; init; }
    public required string Closing { get; init; }
    public required string FiguresCaption { get; init; }
    public required string JointCaption { get; init; }
    public required string None { get; init; }
    public required string[] FigureColumns { get; init; }
    public required string[] JointColumns { get; init; }
    public required string[] LedgerColumns { get; init; }
    public required string ChartByRole { get; init; }
    public required string ChartByDepartment { get; init; }
    public required string ChartRates { get; init; }
    public required string ChartEvaluations { get; init; }
    public required string Unit { get; init; }
    public required string NoMeasures { get; init; }
    public required string Pending { get; init; }
    public required string Withheld { get; init; }

    /// <summary>The on-time rates' names, the same in the key figures, the sentences, the table and the chart.</summary>
    public required string SignedOnTimeRate { get; init; }

    /// <inheritdoc cref="SignedOnTimeRate"/>
    public required string RepliedOnTimeRate { get; init; }

    public static ReportWording For(Language language) => language == Language.Chinese ? Chinese : English;

    public bool IsChinese => ReferenceEquals(this, Chinese);

    /// <summary>A sub-heading number: （一） … （十）, then （11）; (1) … in English.</summary>
    public string SubNumeral(int index) => index < SubNumerals.Length ? SubNumerals[index] : IsChinese ? $"（{index + 1}）" : $"({index + 1}) ";

    public string Role(HandlingRole role) => IsChinese ? role.ChineseName() : role.ToString();

    public string Evaluation(EvaluationResult? result) => result switch
    {
        null => None,
        EvaluationResult.Satisfied => IsChinese ? "满意" : "satisfied",
        EvaluationResult.BasicallySatisfied => IsChinese ? "基本满意" : "basically satisfied",
        _ => IsChinese ? "不满意" : "unsatisfied",
    };

    public string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? None;

    public string LongDate(DateOnly date) => IsChinese
        ? $"{date.Year}年{date.Month}月{date.Day}日"
        : date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public string Count(int n) => IsChinese ? $"{n}件" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Percent(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
