using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Items;

/// <summary>
/// <para type="synopsis">Changes a suggestion's description or assignment; each change is recorded in its history.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "Suggestion", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class SetSuggestionCommand : ItemChangeCmdlet
{
    /// <summary>A new title.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>A new kind.</summary>
    [Parameter]
    [EnumWords(typeof(ItemKind))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemKind>))]
    public string? Kind { get; set; }

    /// <summary>A new lead proposer (co-signers stay unless -CoSigners is given too).</summary>
    [Parameter]
    public string? LeadProposer { get; set; }

    /// <summary>New co-signers.</summary>
    [Parameter]
    public string[]? CoSigners { get; set; }

    /// <summary>New topics, replacing the old ones.</summary>
    [Parameter]
    public string[]? Topics { get; set; }

    /// <summary>New sub-points, replacing the old ones (their measures are cleared).</summary>
    [Parameter]
    public string[]? SubPoints { get; set; }

    /// <summary>A new role; refused once a reply is recorded.</summary>
    [Parameter]
    [EnumWords(typeof(HandlingRole))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<HandlingRole>))]
    public string? Role { get; set; }

    /// <summary>A new lead unit (Joint items).</summary>
    [Parameter]
    public string? LeadUnit { get; set; }

    /// <summary>A corrected assignment date; refused once signed for.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AssignedOn { get; set; }

    /// <summary>A new department.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(DepartmentCompleter))]
    public string? Department { get; set; }

    /// <summary>A new handling officer.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(OwnerCompleter))]
    public string? Owner { get; set; }

    /// <summary>A new handling officer's e-mail.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(OwnerEmailCompleter))]
    public string? OwnerEmail { get; set; }

    /// <summary>A new leading official (领办领导), e.g. 张局长; an empty string clears it.</summary>
    [Parameter]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(LeadingOfficialCompleter))]
    public string? LeadingOfficial { get; set; }

    /// <summary>New priorities, replacing the old ones: Key (重点), Difficult (难点), Hot (热点), any combination; @() clears them.</summary>
    [Parameter]
    [AllowEmptyCollection]
    [PriorityWords]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemPriority>))]
    public string[]? Priority { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() => Change(Messages.ActionSetSuggestion, (item, by) =>
    {
        var proposers = LeadProposer is null && CoSigners is null
            ? null
            : new Proposers(LeadProposer ?? item.Proposers.Lead, CoSigners ?? item.Proposers.CoSigners);
        item.Edit(new ItemEdit
        {
            Title = Title,
            Kind = Kind is null ? null : EnumWordsAttribute.Parse<ItemKind>(Kind),
            Proposers = proposers,
            Topics = Topics,
            SubPoints = SubPoints?.Select(p => new SubPoint(p)).ToArray(),
            Role = Role is null ? null : EnumWordsAttribute.Parse<HandlingRole>(Role),
            LeadUnit = LeadUnit,
            AssignedOn = AssignedOn is { } date ? DateOnly.FromDateTime(date) : null,
            LeadingOfficial = LeadingOfficial,
            Priorities = Priority?.Select(EnumWordsAttribute.Parse<ItemPriority>).ToArray(),
        }, by);
        if (Department is not null || Owner is not null || OwnerEmail is not null)
        {
            item.Assign(Department, Owner, OwnerEmail, by);
        }
    });

    /// <inheritdoc />
    /// <remarks>
    /// An item made Joint (会办) without the unit that leads it has nobody to send its opinion to, and its opinion's clock
    /// (a month from the assignment) may already have run out: say so, rather than let the item turn overdue unnoticed.
    /// </remarks>
    protected override void Changed(SuggestionItem item)
    {
        if (Role is not null && item.Role == HandlingRole.Joint && string.IsNullOrWhiteSpace(item.LeadUnit))
        {
            WriteWarning(MessageText.Format(Messages.WarnJointWithoutLeadUnit, item.Number.Value));
        }
    }
}
