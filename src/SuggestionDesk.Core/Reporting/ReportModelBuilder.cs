using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// Builds the report's view model from the items, the summary figures and the options: pure, no I/O. Items are
/// cut back to the as-of date as the figures are, so the annex and section 三 agree with the overview.
/// </summary>
public static class ReportModelBuilder
{
    /// <summary>Builds the model of <paramref name="items"/> under <paramref name="options"/>.</summary>
    public static ReportModel Build(IEnumerable<SuggestionItem> items, SummaryCalculator calculator, ReportOptions options) =>
        Build(items, ItemContacts.None, calculator, options);

    /// <summary>
    /// Builds the model of <paramref name="items"/> under <paramref name="options"/>, with their <paramref name="contacts"/>
    /// with deputies counted in the figures and in the paragraph that opens 主要做法.
    /// </summary>
    public static ReportModel Build(IEnumerable<SuggestionItem> items, ItemContacts contacts, SummaryCalculator calculator, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var words = ReportWording.For(options.Language);
        var session = options.Session?.Trim();
        var chosen = items
            .Where(i => session is null || string.Equals(i.Session, session, StringComparison.Ordinal))
            .Where(i => (options.From is not { } from || i.AssignedOn >= from) && (options.To is not { } to || i.AssignedOn <= to))
            .ToArray();
        var summary = calculator.Calculate(chosen, contacts, options.AsOf, session);
        var asOf = chosen
            .Select(i => ItemAsOf.On(i, options.AsOf))
            .OfType<SuggestionItem>()
            .Where(i => i.Status != ItemStatus.Returned)
            .OrderBy(i => i.AssignedOn)
            .ThenBy(i => i.Number.Value, StringComparer.Ordinal)
            .ToArray();

        var kinds = OverviewText.Kinds(asOf, words.IsChinese);
        int year = (options.To ?? options.AsOf).Year;
        var issuer = Clean(options.Issuer) ?? words.DefaultIssuer;
        var title = Clean(options.Title) ?? DefaultTitle(words, Clean(options.Issuer), year, kinds);
        var sections = new List<ReportSection>();
        sections.Add(Overview(words, summary, asOf, Period(words, summary, options, session), kinds, options.AsOf));
        if (Practices(words, summary, ItemKindNames.ChineseNoun(asOf.Select(i => i.Kind)), options.Narrative) is { } practices)
        {
            sections.Add(practices);
        }

        sections.Add(Measures(words, asOf));
        if (options.Narrative is { Problems.Count: > 0 } problems)
        {
            sections.Add(new ReportSection { Kind = ReportSectionKind.Problems, Heading = words.Problems, Narrative = problems.Problems });
        }

        return new ReportModel
        {
            Language = options.Language,
            Title = title,
            DocumentNumber = Clean(options.DocumentNumber),
            Recipient = (Clean(options.Recipient) ?? DefaultRecipient(words, kinds)) + (words.IsChinese ? "：" : ":"),
            Opening = words.IsChinese
                ? $"按照有关交办通知要求，我单位认真做好{year}年{kinds}办理工作。现将相关工作情况报送如下："
                : $"As the assignment notices require, the office has handled the {kinds} assigned to it in {year.ToString(CultureInfo.InvariantCulture)}. This report sets out how.",
            Sections = sections.Select((s, i) => s with { Heading = words.Numerals[i] + s.Heading }).ToArray(),
            Closing = words.Closing,
            Issuer = issuer,
            DateLine = words.LongDate(options.AsOf),
            AsOf = options.AsOf,
            Summary = summary,
            LedgerHeading = words.Annex,
            Ledger = Ledger(words, asOf),
            Subject = words.IsChinese ? $"{year}年{kinds}办理工作总结" : $"The handling of {kinds}, {year.ToString(CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>
    /// Whom the report goes to unless told: the people's congress standing committee's office for deputies' suggestions,
    /// the CPPCC committee's office for members' proposals, both for a report of both.
    /// </summary>
    private static string DefaultRecipient(ReportWording words, string kinds) => (words.IsChinese, kinds) switch
    {
        (true, "政协委员提案") => "市政协办公厅",
        (true, "建议提案") => "市人大常委会办公厅、市政协办公厅",
        (false, "members' proposals") => "The General Office of the Municipal CPPCC Committee",
        (false, "suggestions and proposals") => "The General Offices of the Standing Committee of the Municipal People's Congress and of the Municipal CPPCC Committee",
        _ => words.Recipient,
    };

    private static string DefaultTitle(ReportWording words, string? issuer, int year, string kinds) => words.IsChinese
        ? $"{issuer}关于报送{year}年{kinds}办理工作总结的函"
        : $"{(issuer is null ? string.Empty : issuer + ": ")}Report on the handling of {kinds}, {year.ToString(CultureInfo.InvariantCulture)}";

    private static string Period(ReportWording words, SuggestionSummary summary, ReportOptions options, string? session)
    {
        if (options.From is { } from && options.To is { } to)
        {
            return words.IsChinese ? $"{words.LongDate(from)}至{words.LongDate(to)}" : $"From {words.LongDate(from)} to {words.LongDate(to)}";
        }

        var sessions = session is not null ? [session] : summary.BySession.Select(r => r.Key).ToArray();
        if (sessions.Length == 0)
        {
            return words.IsChinese ? "本期" : "In the period";
        }

        return words.IsChinese
            ? string.Join("及", sessions) + (sessions[^1].EndsWith("期间", StringComparison.Ordinal) ? string.Empty : "期间")
            : $"For {string.Join(" and ", sessions)}";
    }

    private static ReportSection Overview(ReportWording words, SuggestionSummary s, SuggestionItem[] items, string period, string kinds, DateOnly asOf)
    {
        var topics = items.SelectMany(i => i.Topics).GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6).Select(g => g.Key).ToArray();
        var paragraphs = words.IsChinese
            ? OverviewText.Chinese(s, period, kinds, ItemKindNames.ChineseNoun(items.Select(i => i.Kind)), ItemKindNames.ChineseEvaluator(items.Select(i => i.Kind)),
                topics, words.LongDate(asOf))
            : OverviewText.English(s, period, kinds, topics, words.LongDate(asOf));
        return new ReportSection
        {
            Kind = ReportSectionKind.Overview,
            Heading = words.Overview,
            Paragraphs = paragraphs,
            KeyFigures = FigureTables.KeyFigures(words, s),
            Tables = [FigureTables.Figures(words, s)],
            Charts = FigureTables.Charts(words, s),
        };
    }

    // 主要做法: the figures' paragraph, then the office's own narrative; absent when there is neither.
    private static ReportSection? Practices(ReportWording words, SuggestionSummary summary, string noun, Narrative? narrative)
    {
        var figures = words.IsChinese ? PracticesText.Chinese(summary, noun) : PracticesText.English(summary);
        var blocks = narrative?.Practices ?? [];
        return figures is null && blocks.Count == 0
            ? null
            : new ReportSection { Kind = ReportSectionKind.Practices, Heading = words.Practices, Paragraphs = figures is null ? [] : [figures], Narrative = blocks };
    }

    private static ReportSection Measures(ReportWording words, SuggestionItem[] items)
    {
        var evaluated = items.Where(i => i.Role.IsEvaluated()).OrderBy(i => i.Role).Select((item, index) => ItemMeasures(words, item, index)).ToArray();
        var joint = items.Where(i => !i.Role.IsEvaluated()).Select(i => (IReadOnlyList<string>)
        [
            i.Number.Value, i.Title, i.LeadUnit ?? words.None, i.Department, words.Date(i.Replies.FirstOrDefault()?.Date),
        ]).ToArray();
        return new ReportSection
        {
            Kind = ReportSectionKind.Measures,
            Heading = words.Measures,
            Items = evaluated,
            Tables = joint.Length == 0 ? [] : [new ReportTable(words.JointCaption, words.JointColumns, joint)],
        };
    }

    private static ReportItemMeasures ItemMeasures(ReportWording words, SuggestionItem item, int index)
    {
        var heading = words.IsChinese
            ? $"{words.SubNumeral(index)}第{item.Number.Value}号《{item.Title}》"
            : $"{words.SubNumeral(index)}No. {item.Number.Value}: {item.Title}";
        var reply = item.Replies.Count == 0 ? null : item.Replies[^1];
        // As the office's own report writes them: 答复日期：2021年6月1日；办理结果：B类（正在解决或列入计划）；代表评价：满意.
        var facts = words.IsChinese
            ? $"办理类型：{words.Role(item.Role)}；承办部门：{item.Department}；"
                + $"答复日期：{(reply is null ? "尚未答复" : words.LongDate(reply.Date))}；"
                + $"办理结果：{(reply?.ResultClass is { } result ? $"{result.Code}类（{result.Label}）" : words.None)}；"
                + $"{ItemKindNames.ChineseEvaluator([item.Kind])}评价：{(item.LastEvaluation is { } evaluation ? words.Evaluation(evaluation.Result) : "尚未评价")}。"
            : $"Role: {words.Role(item.Role)}; department: {item.Department}; replied: {words.Date(reply?.Date)}; result: {reply?.ResultClass?.Code ?? words.None}; evaluation: {words.Evaluation(item.LastEvaluation?.Result)}.";
        var points = item.SubPoints.Select((p, i) => new ReportPoint(PointHeading(words, p.Title, i), Paragraphs.Split(p.Measures))).ToArray();
        return new ReportItemMeasures(item.Number.Value, item.Title, heading, facts, points, ItemParagraphs(words, points, reply));
    }

    /// <summary>
    /// What the item says besides its points: nothing when a point has measures; else the reply's text (an item whose
    /// points are not written up is answered by its reply); the note that nothing is recorded only when there is nothing
    /// at all, neither measures nor a reply's text.
    /// </summary>
    private static IReadOnlyList<string> ItemParagraphs(ReportWording words, ReportPoint[] points, Reply? reply)
    {
        if (points.Any(p => p.Paragraphs.Count > 0))
        {
            return [];
        }

        var replyText = Paragraphs.Split(reply?.Text);
        return replyText.Count > 0 ? replyText : [words.NoMeasures];
    }

    /// <summary>
    /// The seed's point line: 1.关于“探索‘建管分离’‘运管分离’顶层设计”建议。 — a point already phrased as a suggestion
    /// (关于…, …的建议) keeps its words; quotes inside the quoted point turn single, as Chinese nests them.
    /// </summary>
    private static string PointHeading(ReportWording words, string title, int index)
    {
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        var text = title.Trim().TrimEnd('。', '.', '；', ';');
        if (!words.IsChinese)
        {
            return $"{number}. On \u201C{Nested(text)}\u201D.";
        }

        var line = text.StartsWith("关于", StringComparison.Ordinal) ? text
            : text.EndsWith("建议", StringComparison.Ordinal) ? "关于" + text
            : $"关于“{Nested(text)}”建议";
        return $"{number}.{line}。";
    }

    /// <summary>Double quotes inside a quoted text as single ones: “建管分离” → ‘建管分离’, "x" → ‘x’.</summary>
    private static string Nested(string text)
    {
        var nested = new System.Text.StringBuilder(text.Length);
        var inQuote = false; // for straight quotes, which do not say whether they open or close
        foreach (var c in text)
        {
            if (c == '"')
            {
                nested.Append(inQuote ? '\u2019' : '\u2018');
                inQuote = !inQuote;
                continue;
            }

            nested.Append(c switch { '\u201C' => '\u2018', '\u201D' => '\u2019', _ => c });
        }

        return nested.ToString();
    }

    // The latest reply, after re-handling or a follow-up, with its own date and class: where the item stands, as section 三 says.
    private static ReportTable Ledger(ReportWording words, SuggestionItem[] items) => new(
        words.Annex,
        words.LedgerColumns,
        items.Select(i => (IReadOnlyList<string>)
        [
            i.Number.Value, i.Title, words.Role(i.Role), i.Department, i.Owner, words.Date(i.AssignedOn), words.Date(i.SignedForOn),
            words.Date(i.LastReply?.Date), i.LastReply?.ResultClass?.Code ?? words.None, words.Evaluation(i.LastEvaluation?.Result),
            Disclosure(words, i.Disclosure),
        ]).ToArray());

    private static string Disclosure(ReportWording words, Disclosure? disclosure) => disclosure switch
    {
        null => words.None,
        { Decision: DisclosureDecision.Withhold } => words.Withheld,
        { PublishedOn: { } on } => words.Date(on),
        _ => words.Pending,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
