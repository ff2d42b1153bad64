using System.Globalization;
using System.Text;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// Writes ledgers (台账) shaped like module/examples/ledger-2021.csv: the same columns, Chinese titles made from
/// the office's usual subjects, suggestions and proposals over several sessions, every handling role, and items
/// at every stage (assigned, signed for, replied, evaluated, published).
/// </summary>
internal static class LedgerGenerator
{
    public const string Header = "编号,标题,类别,届次,提出人,办理类型,主办单位,承办部门,责任人,责任人邮箱,交办日期,签收日期,答复日期,办理结果,评价,评价日期,公开日期,主题";

    private static readonly string[] Actions = ["加快推进", "进一步完善", "优化提升", "统筹推动", "切实加强", "探索建立", "规范发展", "深化改革"];
    private static readonly string[] Subjects =
    [
        "智慧城市和数字政府建设", "老旧社区改造", "城市运行“一网统管”平台", "企业开办“一网通办”服务", "政务数据共享开放",
        "新型基础设施建设", "工业互联网平台", "智慧交通治理", "教育数字化转型", "电子健康卡应用", "养老服务信息平台",
        "公共数据安全管理", "商事登记制度改革", "不动产登记便民服务", "生态环境智慧监测体系", "人才服务“一站式”办理",
        "跨境电子商务", "城市应急指挥信息化", "公共法律服务平台", "12345热线服务质量",
    ];

    private static readonly string[] Topics = ["智慧城市", "数字政府", "大数据", "营商环境", "民生服务"];
    private static readonly string[] Surnames = ["陈", "刘", "黄", "林", "何", "郭", "马", "罗", "梁", "宋", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁"];

    private static readonly (string Department, string Owner, string Email)[] Owners =
    [
        ("规划发展处", "李明", "liming@example.gov.cn"), ("数据资源处", "王芳", "wangfang@example.gov.cn"),
        ("基础设施处", "孙敏", "sunmin@example.gov.cn"), ("政务服务处", "陈刚", "chengang@example.gov.cn"),
        ("信息安全处", "吴涛", "wutao@example.gov.cn"), ("综合协调处", "赵磊", "zhaolei@example.gov.cn"),
    ];

    private static readonly string[] LeadUnits = ["市发展改革委", "市工业和信息化局", "市住房建设局", "市交通运输局", "市教育局", "市卫生健康委", "市民政局"];

    /// <summary>The sessions of a 10,000-row ledger: two congress sessions (建议) and two CPPCC sessions (提案).</summary>
    public static IReadOnlyList<(string Session, string Kind, int Year)> Sessions { get; } =
    [
        ("市七届人大四次会议", "建议", 2024), ("市七届政协四次会议", "提案", 2024),
        ("市七届人大五次会议", "建议", 2025), ("市七届政协五次会议", "提案", 2025),
    ];

    /// <summary>A ledger of <paramref name="rows"/> items spread over <see cref="Sessions"/>, at every stage of handling.</summary>
    public static void WriteMixed(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.WriteLine(Header);
        for (var i = 0; i < rows; i++)
        {
            var (session, kind, year) = Sessions[i % Sessions.Count];
            var number = string.Create(CultureInfo.InvariantCulture, $"{(kind == "提案" ? "T" : "")}{year}{i / Sessions.Count + 1:D5}");
            writer.WriteLine(Row(i, number, session, kind, year, stage: i % 10));
        }
    }

    /// <summary>
    /// One year's archive: <paramref name="closed"/> items replied to and evaluated as satisfied (closed for good),
    /// then <paramref name="open"/> items assigned this autumn and not yet signed for.
    /// </summary>
    public static string Archive(int year, int closed, int open)
    {
        var session = string.Create(CultureInfo.InvariantCulture, $"市人大{year}年会议");
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < closed + open; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"A{year}{i + 1:D6}");
            text.Append(i < closed ? Row(i, number, session, "建议", year, stage: 9, role: "主办", resultClass: "A", publish: false) : OpenRow(i, number, session)).Append('\n');
        }

        return text.ToString();
    }

    private static string OpenRow(int i, string number, string session)
    {
        var (department, owner, email) = Owners[i % Owners.Length];
        var assigned = new DateOnly(2026, 10, 12).AddDays(i % 30);
        return string.Join(',', number, Title(i), "建议", session, Proposers(i, "代表"), "主办", "", department, owner, email, Date(assigned), "", "", "", "", "", "", Topic(i));
    }

    private static string Row(int i, string number, string session, string kind, int year, int stage, string? role = null, string? resultClass = null, bool? publish = null)
    {
        role ??= (i % 7) switch { 0 => "承办", 1 => "分办", 2 or 3 => "会办", _ => "主办" };
        var joint = role == "会办";
        var (department, owner, email) = Owners[i % Owners.Length];
        var assigned = new DateOnly(year, 3, 10).AddDays(i % 40);
        var signed = stage >= 3 ? assigned.AddDays(1 + i % 2) : (DateOnly?)null;
        var replied = stage >= 5 ? assigned.AddDays(joint ? 25 : 60 + i % 20) : (DateOnly?)null;
        var evaluated = stage >= 7 && !joint ? replied!.Value.AddDays(20) : (DateOnly?)null;
        var published = (publish ?? i % 20 == 9) && !joint && replied is { } r ? r.AddDays(10) : (DateOnly?)null;
        var result = replied is null ? "" : resultClass ?? "ABACA"[i % 5].ToString();
        return string.Join(',',
            number, Title(i), kind, session, Proposers(i, kind == "提案" ? "委员" : "代表"), role, joint ? LeadUnits[i % LeadUnits.Length] : "",
            department, owner, email, Date(assigned), Date(signed), Date(replied), result,
            evaluated is null ? "" : (i % 3 == 0 ? "基本满意" : "满意"), Date(evaluated), Date(published), Topic(i));
    }

    private static string Title(int i) => $"关于{Actions[i % Actions.Length]}{Subjects[i / Actions.Length % Subjects.Length]}的建议";

    private static string Proposers(int i, string title) =>
        i % 3 == 0 ? $"{Surnames[i % Surnames.Length]}{title}、{Surnames[(i + 7) % Surnames.Length]}{title}" : $"{Surnames[i % Surnames.Length]}{title}";

    private static string Topic(int i) => $"{Topics[i % Topics.Length]}、{Topics[(i + 2) % Topics.Length]}";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
