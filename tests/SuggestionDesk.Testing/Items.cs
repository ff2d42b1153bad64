using SuggestionDesk.Items;

namespace SuggestionDesk.Testing;

/// <summary>Builds items for tests, defaulting to the sample year's first Lead item.</summary>
public static class Items
{
    /// <summary>The session of the sample year (docs/domain.md).</summary>
    public const string Session = "市七届人大一次会议";

    /// <summary>A new-item spec with sensible defaults; override with <c>with</c>.</summary>
    public static NewItem Spec(string number = "20210347", string session = Session, HandlingRole role = HandlingRole.Lead) => new()
    {
        Number = SuggestionNumber.Parse(number),
        Session = session,
        Title = "关于创新智慧城市和数字政府建设管理体制机制的建议",
        Proposers = new Proposers("王代表", ["李代表"]),
        Topics = ["智慧城市", "数字政府"],
        SubPoints = [new SubPoint("探索\"建管分离\"\"运管分离\"顶层设计"), new SubPoint("优化智慧城市和数字政府建设模式")],
        Role = role,
        Department = "规划发展处",
        Owner = "李四",
        OwnerEmail = "lisi@example.gov.cn",
        AssignedOn = new DateOnly(2021, 3, 15),
    };

    /// <summary>Creates an item from <see cref="Spec"/>.</summary>
    public static SuggestionItem New(string number = "20210347", string session = Session, HandlingRole role = HandlingRole.Lead, ChangeContext? by = null) =>
        SuggestionItem.Create(Spec(number, session, role), by ?? TestClock.As());
}
