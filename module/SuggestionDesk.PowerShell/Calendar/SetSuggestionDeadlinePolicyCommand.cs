using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>
/// <para type="synopsis">Changes the deadline policy: one clock's rule (for every item, or a kind and/or role), the extension limit, or back to the defaults.</para>
/// </summary>
/// <remarks>
/// Every change of one command (several rules piped in, say) is checked first and saved together at its end, against
/// the version read, so the policy is never left half changed and a change made meanwhile elsewhere is not overwritten.
/// </remarks>
[Cmdlet(VerbsCommon.Set, "SuggestionDeadlinePolicy", SupportsShouldProcess = true, DefaultParameterSetName = WorkingDaysSet)]
[OutputType(typeof(DeadlinePolicyView))]
public sealed class SetSuggestionDeadlinePolicyCommand : SuggestionCmdlet
{
    private const string WorkingDaysSet = "WorkingDays", MonthsSet = "Months", EndOfYearSet = "EndOfYear", RemoveSet = "Remove",
        ExtensionLimitSet = "ExtensionLimit", ResetSet = "Reset";

    private StoredDeadlinePolicy? read;
    private string? expectedVersion;
    private DeadlinePolicy? changed;
    private bool refused;

    /// <summary>The clock, in English or Chinese: SignFor 签收, Return 申请退回, Reply 答复, JointOpinion 会办意见, Rehandling 重新办理答复, Disclosure 答复公开, FollowUp 跟踪反馈.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = WorkingDaysSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = MonthsSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = EndOfYearSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = RemoveSet, ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(DeadlineClock))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<DeadlineClock>))]
    public string Clock { get; set; } = string.Empty;

    /// <summary>Only for this kind (Suggestion 建议 or Proposal 提案); every kind when left out.</summary>
    [Parameter(ParameterSetName = WorkingDaysSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = MonthsSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = EndOfYearSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = RemoveSet, ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(ItemKind))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemKind>))]
    public string? Kind { get; set; }

    /// <summary>Only for this handling role (Lead 主办, Sole 承办, Split 分办, Joint 会办); every role when left out.</summary>
    [Parameter(ParameterSetName = WorkingDaysSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = MonthsSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = EndOfYearSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = RemoveSet, ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(HandlingRole))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<HandlingRole>))]
    public string? Role { get; set; }

    /// <summary>The clock runs this many working days (1 to 1000) from its start.</summary>
    [Parameter(Mandatory = true, ParameterSetName = WorkingDaysSet)]
    public int WorkingDays { get; set; }

    /// <summary>The clock runs this many calendar months (1 to 1000) from its start.</summary>
    [Parameter(Mandatory = true, ParameterSetName = MonthsSet)]
    public int Months { get; set; }

    /// <summary>The clock runs to December 31 of the year it starts in (the follow-up clock's default).</summary>
    [Parameter(Mandatory = true, ParameterSetName = EndOfYearSet)]
    public SwitchParameter EndOfYear { get; set; }

    /// <summary>Removes the clock's rule for -Kind and/or -Role, so the less specific one applies again.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RemoveSet)]
    public SwitchParameter Remove { get; set; }

    /// <summary>An extended reply may be due at the latest this many months (1 to 1000) after the assignment.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ExtensionLimitSet)]
    public int ExtensionLimitMonths { get; set; }

    /// <summary>Puts back the defaults of docs/domain.md.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ResetSet)]
    public SwitchParameter Reset { get; set; }

    /// <summary>
    /// The version the policy was read at (from Get-SuggestionDeadlinePolicy; empty when none was stored then); a policy
    /// changed since is not overwritten. Without it, the version this command reads.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Version { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        try
        {
            if (read is null)
            {
                read = Run(CurrentConnection.Storage.DeadlinePolicies.GetAsync(Cancellation));
                // A copy read before any policy was stored has no version: it is stale once one is.
                expectedVersion = MyInvocation.BoundParameters.ContainsKey(nameof(Version))
                    ? (string.IsNullOrEmpty(Version) ? null : Version)
                    : read.Version;
            }

            var current = changed ?? read.Policy;
            var (policy, action) = Change(current);
            if (ShouldChange(Messages.TargetDeadlinePolicy, action))
            {
                changed = policy;
            }
        }
        catch (Exception) when (!Stopping)
        {
            refused = true;
            throw;
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (changed is null || read is null)
        {
            return;
        }

        if (refused)
        {
            WriteWarning(Messages.WarnDeadlinePolicyUnchanged);
            return;
        }

        try
        {
            WriteObject(new DeadlinePolicyView(Run(CurrentConnection.Storage.DeadlinePolicies.SaveAsync(changed, expectedVersion, Cancellation))));
        }
        catch (Exception e) when (ErrorRecordFor(e) is { } record)
        {
            WriteError(record);
        }
    }

    private (DeadlinePolicy Policy, string Action) Change(DeadlinePolicy current)
    {
        if (Reset)
        {
            return (DeadlinePolicy.Default, Messages.PolicyReset);
        }

        if (ParameterSetName == ExtensionLimitSet)
        {
            var limit = DeadlineRule.Months(ExtensionLimitMonths);
            return (current.WithExtensionLimit(limit), MessageText.Format(Messages.PolicyExtensionLimit, limit, limit.ToChinese()));
        }

        var clock = EnumWordsAttribute.Parse<DeadlineClock>(Clock);
        var kind = Kind is null ? (ItemKind?)null : EnumWordsAttribute.Parse<ItemKind>(Kind);
        var role = Role is null ? (HandlingRole?)null : EnumWordsAttribute.Parse<HandlingRole>(Role);
        var scope = (kind, role) switch
        {
            (null, null) => Messages.PolicyScopeEvery,
            ({ } k, { } r) => MessageText.Format(Messages.PolicyScopeKindRole, ItemKindNames.Words.Shown(k), HandlingRoleRules.Words.Shown(r)),
            ({ } k, null) => MessageText.Format(Messages.PolicyScopeItems, ItemKindNames.Words.Shown(k)),
            (null, { } r) => MessageText.Format(Messages.PolicyScopeItems, HandlingRoleRules.Words.Shown(r)),
        };
        if (Remove)
        {
            return (current.Without(clock, kind, role), MessageText.Format(Messages.PolicyRemoveRule, clock.EnglishName(), clock.ChineseName(), scope));
        }

        var rule = ParameterSetName switch
        {
            MonthsSet => DeadlineRule.Months(Months),
            EndOfYearSet => DeadlineRule.EndOfYear,
            _ => DeadlineRule.WorkingDays(WorkingDays),
        };
        return (current.With(clock, rule, kind, role), MessageText.Format(Messages.PolicySetRule, clock.EnglishName(), clock.ChineseName(), scope, rule, rule.ToChinese()));
    }
}
