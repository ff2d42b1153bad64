using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Testing;

/// <summary>
/// Items shaped like the sample year (docs/domain.md) (深政数函〔2021〕87号), built from the sample ledger
/// (module/examples/ledger-2021.csv): 24 items, 3 Lead + 1 Sole + 1 Split + 19 Joint, every one signed for and
/// replied, 3 evaluations back (all satisfied), 3 replies published; the two first Lead items carry the seed's
/// sub-points and measures. <see cref="Ledger"/> repeats them for a ledger of any size.
/// </summary>
public static class ReportItems
{
    /// <summary>The sample year's date, the as-of date of its figures.</summary>
    public static readonly DateOnly ReportDate = new(2021, 9, 28);

    /// <summary>The sub-points and measures of the seed's first Lead item, 20210347.</summary>
    public static readonly SubPoint[] SeedPoints =
    [
        new("探索‘建管分离’‘运管分离’顶层设计",
            "近年来，我市高度重视智慧城市和数字政府建设的系统规划与顶层设计，去年以来，我局结合“数字深圳”建设“十四五”规划编制工作，对全市47家市直单位和11个区级单位就信息化基础设施、数据资源、应用系统等方面开展了全面调研工作，初步梳理了相关系统和数据情况。\n当前，我局正组织开展智慧城市和数字政府建设相关体制机制研究工作，探索推进构建“管运分离”的建设运营模式，以市属国有企业为主体组建建设运营中心。"),
        new("优化智慧城市和数字政府建设模式",
            "经汇总市财政局会办意见，《深圳市人民政府办公厅关于印发政府购买服务的实施意见及两个配套文件的通知》（深府办〔2014〕15号）已将“软件开发服务”和“信息系统集成实施服务”列入政府购买服务目录。根据《政府购买服务管理办法》（财政部令第102号）规定，工程类信息化项目应循我市电子政务及发改立项有关规定执行。"),
    ];

    /// <summary>The sub-points and measures of the seed's second Lead item, 20210254.</summary>
    public static readonly SubPoint[] SecondPoints =
    [
        new("关于制定《深圳市关于智慧化应用满足高质量发展的地方标准》的建议",
            "今年通过了全国首部数据基本法——《深圳经济特区数据条例》，涵盖了个人数据、公共数据、数据要素市场、数据安全等内容。下一步，将积极推动《条例》实施，推动数据分类分级、数据目录、数据交易、数据治理、数据安全等标准体系建设。"),
        new("关于设立深圳市园区、社区监管中心的建议",
            "目前正在制定的《深圳市“数字深圳”建设“十四五”规划》已有提升基层智慧治理能力相关内容：一是加强基层治理统筹规划；二是完善基层智能化基础设施建设，推进千兆光纤网络社区覆盖，结合5G移动网络，推广智能感知技术；三是推动基层“块数据+网格化”深度融合。"),
    ];

    /// <summary>The 24 items of the sample ledger, with their replies, evaluations and publications.</summary>
    public static IReadOnlyList<SuggestionItem> Seed() => Rows().Select((row, i) => Build(row, row[0], i)).ToList();

    /// <summary><paramref name="count"/> items: the sample ledger's rows over and over, numbered apart (20210347-0001 …).</summary>
    public static IReadOnlyList<SuggestionItem> Ledger(int count)
    {
        var rows = Rows();
        return Enumerable.Range(0, count)
            .Select(i => Build(rows[i % rows.Count], $"{rows[i % rows.Count][0]}-{i / rows.Count + 1:0000}", i))
            .ToList();
    }

    private static SuggestionItem Build(string[] row, string number, int index)
    {
        var by = TestClock.As("督办办公室");
        var role = row[5] switch { "主办" => HandlingRole.Lead, "承办" => HandlingRole.Sole, "分办" => HandlingRole.Split, _ => HandlingRole.Joint };
        var points = row[0] switch { "20210347" => SeedPoints, "20210254" => SecondPoints, _ => [] };
        var item = SuggestionItem.Create(new NewItem
        {
            Number = SuggestionNumber.Parse(number),
            Session = row[3],
            Title = row[1],
            Proposers = new Proposers(row[4].Split('、')[0], row[4].Split('、').Skip(1)),
            Topics = row[17].Split('、', StringSplitOptions.RemoveEmptyEntries),
            SubPoints = points,
            Role = role,
            LeadUnit = row[6].Length > 0 ? row[6] : null,
            Department = row[7],
            Owner = row[8],
            OwnerEmail = row[9],
            AssignedOn = Date(row[10]),
        }, by);
        item.SignFor(Date(row[11]), by);
        var reply = points.Length > 0 ? "详见各分项答复。" : $"关于“{row[1]}”，我单位已认真研究并提出办理意见（示例答复 {index + 1}）。";
        item.Reply(Date(row[12]), row[13].Length == 0 ? null : ResultClassScheme.Default.Parse(row[13]), reply, by);
        if (row[14].Length > 0)
        {
            item.Evaluate(Date(row[15]), EvaluationResult.Satisfied, row[14], by);
        }

        if (row[16].Length > 0)
        {
            item.DecideDisclosure(DisclosureDecision.Publish, Date(row[12]), null, by);
            item.RecordPublication(Date(row[16]), by);
        }

        return item;
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string[]> Rows()
    {
        using var stream = typeof(ReportItems).Assembly.GetManifestResourceStream("SuggestionDesk.Testing.ledger-2021.csv")
            ?? throw new InvalidOperationException("The sample ledger is not embedded in SuggestionDesk.Testing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToList();
    }
}
