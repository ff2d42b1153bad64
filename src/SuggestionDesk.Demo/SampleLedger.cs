using SuggestionDesk.Items;

namespace SuggestionDesk.Demo;

/// <summary>
/// Sample items after the seed report (深政数函〔2021〕87号). The first two numbers and titles are the report's
/// own; the others are illustrative, in its proportions of Lead, Sole, Split and Joint items.
/// </summary>
internal static class SampleLedger
{
    public const string Session = "市七届人大一次会议";

    public static IEnumerable<NewItem> Items()
    {
        yield return Item("20210347", "关于创新智慧城市和数字政府建设管理体制机制的建议", HandlingRole.Lead, "规划发展处", "李明", "liming",
            ["智慧城市", "数字政府"], ["探索\"建管分离\"\"运管分离\"顶层设计", "优化智慧城市和数字政府建设模式"]);
        yield return Item("20210254", "关于升级改造老旧社区，提升民生幸福感、安全感的建议", HandlingRole.Lead, "数据资源处", "王芳", "wangfang",
            ["智慧城市", "大数据"], ["制定智慧化应用地方标准", "设立园区、社区监管中心", "建立统一智慧大脑信息化管理平台"]);
        yield return Item("20210118", "关于优化企业开办“一网通办”的建议（示例）", HandlingRole.Sole, "政务服务处", "陈刚", "chengang", ["营商环境"], []);
        yield return Item("20210402", "关于推进政务数据共享开放的建议（示例）", HandlingRole.Split, "数据资源处", "王芳", "wangfang", ["大数据"], []);
        yield return Item("20210077", "关于加快新型基础设施建设的建议（示例）", HandlingRole.Joint, "规划发展处", "李明", "liming", ["智慧城市"], [], "市发展改革委");
        yield return Item("20200815", "关于提升12345热线服务质量的建议（示例）", HandlingRole.Joint, "政务服务处", "陈刚", "chengang", ["数字政府"], [], "市政务服务中心",
            session: "市六届人大八次会议闭会期间");
    }

    private static NewItem Item(
        string number, string title, HandlingRole role, string department, string owner, string mailbox,
        string[] topics, string[] points, string? leadUnit = null, string session = Session) => new()
    {
        Number = SuggestionNumber.Parse(number),
        Session = session,
        Title = title,
        Proposers = new Proposers("示例代表", ["附议代表甲", "附议代表乙"]),
        Topics = topics,
        SubPoints = points.Select(p => new SubPoint(p)).ToArray(),
        Role = role,
        LeadUnit = leadUnit,
        Department = department,
        Owner = owner,
        OwnerEmail = $"{mailbox}@example.gov.cn",
        AssignedOn = new DateOnly(2021, 3, 15),
    };
}
