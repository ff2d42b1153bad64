using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>Counts <see cref="ItemFacts"/> into the figures of a <see cref="SummaryFigures"/>.</summary>
internal sealed class SummaryTally
{
    private readonly SortedSet<string> followUpClasses = new(StringComparer.Ordinal);

    public int Total { get; private set; }
    public int Lead { get; private set; }
    public int Sole { get; private set; }
    public int Split { get; private set; }
    public int Joint { get; private set; }
    public int Signed { get; private set; }
    public int SignedOnTime { get; private set; }
    public int NotSignedPastDue { get; private set; }
    public int Replied { get; private set; }
    public int RepliedOnTime { get; private set; }
    public int NotRepliedPastDue { get; private set; }
    public int EvaluationRequired { get; private set; }
    public int EvaluationReceived { get; private set; }
    public int Satisfied { get; private set; }
    public int BasicallySatisfied { get; private set; }
    public int Unsatisfied { get; private set; }
    public int Rehandled { get; private set; }
    public int RehandledSatisfied { get; private set; }
    public int RehandledBasicallySatisfied { get; private set; }
    public int RehandledUnsatisfied { get; private set; }
    public int FollowUpPending { get; private set; }
    public IReadOnlyList<string> FollowUpClasses => followUpClasses.ToArray();
    public int Published { get; private set; }
    public int Overdue { get; private set; }
    public int Returned { get; private set; }
    public Dictionary<ContactMethod, int> ContactsByMethod { get; } = Enum.GetValues<ContactMethod>().ToDictionary(m => m, _ => 0);
    public Dictionary<ContactPhase, int> ContactsByPhase { get; } = Enum.GetValues<ContactPhase>().ToDictionary(p => p, _ => 0);
    public int Led { get; private set; }
    public Dictionary<ItemPriority, int> ByPriority { get; } = Enum.GetValues<ItemPriority>().ToDictionary(p => p, _ => 0);
    public Dictionary<ItemPriority, int> LedByPriority { get; } = Enum.GetValues<ItemPriority>().ToDictionary(p => p, _ => 0);

    public static SummaryTally Of(IEnumerable<ItemFacts> facts)
    {
        var tally = new SummaryTally();
        foreach (var item in facts)
        {
            tally.Add(item);
        }

        return tally;
    }

    private void Add(ItemFacts item)
    {
        if (item.Returned)
        {
            Returned++;
            return;
        }

        Total++;
        switch (item.Role)
        {
            case HandlingRole.Lead: Lead++; break;
            case HandlingRole.Sole: Sole++; break;
            case HandlingRole.Split: Split++; break;
            case HandlingRole.Joint: Joint++; break;
        }

        Signed += item.Signed ? 1 : 0;
        SignedOnTime += item.SignedOnTime ? 1 : 0;
        NotSignedPastDue += item.SignPastDue ? 1 : 0;
        Replied += item.Replied ? 1 : 0;
        RepliedOnTime += item.RepliedOnTime ? 1 : 0;
        NotRepliedPastDue += item.ReplyPastDue ? 1 : 0;
        EvaluationRequired += item.Role.IsEvaluated() ? 1 : 0;
        EvaluationReceived += item.LatestEvaluation is null ? 0 : 1;
        Satisfied += item.LatestEvaluation == EvaluationResult.Satisfied ? 1 : 0;
        BasicallySatisfied += item.LatestEvaluation == EvaluationResult.BasicallySatisfied ? 1 : 0;
        Unsatisfied += item.LatestEvaluation == EvaluationResult.Unsatisfied ? 1 : 0;
        Rehandled += item.Rehandled ? 1 : 0;
        RehandledSatisfied += item.EvaluationAfterRehandling == EvaluationResult.Satisfied ? 1 : 0;
        RehandledBasicallySatisfied += item.EvaluationAfterRehandling == EvaluationResult.BasicallySatisfied ? 1 : 0;
        RehandledUnsatisfied += item.EvaluationAfterRehandling == EvaluationResult.Unsatisfied ? 1 : 0;
        if (item.FollowUpClass is { } code)
        {
            FollowUpPending++;
            followUpClasses.Add(code);
        }

        Published += item.Published ? 1 : 0;
        Overdue += item.Overdue ? 1 : 0;
        AddPractices(item);
    }

    private void AddPractices(ItemFacts item)
    {
        foreach (var contact in item.Contacts)
        {
            ContactsByMethod[contact.Method]++;
            ContactsByPhase[contact.Phase]++;
        }

        Led += item.Led ? 1 : 0;
        foreach (var priority in item.Priorities)
        {
            ByPriority[priority]++;
            LedByPriority[priority] += item.Led ? 1 : 0;
        }
    }
}
