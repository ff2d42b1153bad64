using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Items;

/// <summary>
/// <para type="synopsis">Registers a newly assigned suggestion or proposal.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "Suggestion", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class NewSuggestionCommand : SuggestionCmdlet
{
    /// <summary>The number the congress gave it, kept exactly as given.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string Number { get; set; } = string.Empty;

    /// <summary>The title.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string Title { get; set; } = string.Empty;

    /// <summary>The session it was filed at, e.g. 市七届人大一次会议.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string Session { get; set; } = string.Empty;

    /// <summary>Suggestion (人大代表建议, default) or Proposal (政协委员提案).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(ItemKind))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemKind>))]
    public string Kind { get; set; } = nameof(ItemKind.Suggestion);

    /// <summary>The lead deputy or member.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string LeadProposer { get; set; } = string.Empty;

    /// <summary>Co-signers.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string[] CoSigners { get; set; } = [];

    /// <summary>Topics, e.g. 智慧城市.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string[] Topics { get; set; } = [];

    /// <summary>The points of the suggestion, in order.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string[] SubPoints { get; set; } = [];

    /// <summary>Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(HandlingRole))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<HandlingRole>))]
    public string Role { get; set; } = nameof(HandlingRole.Lead);

    /// <summary>For Joint items, the unit that leads.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? LeadUnit { get; set; }

    /// <summary>The department handling it.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(DepartmentCompleter))]
    public string Department { get; set; } = string.Empty;

    /// <summary>The handling officer.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OwnerCompleter))]
    public string Owner { get; set; } = string.Empty;

    /// <summary>The handling officer's e-mail, where reminders go.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OwnerEmailCompleter))]
    public string? OwnerEmail { get; set; }

    /// <summary>The assignment date (交办); by default today.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [DateTransformation]
    public DateTime? AssignedOn { get; set; }

    /// <summary>The leader who takes it up in person (领办领导), e.g. 张局长.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(LeadingOfficialCompleter))]
    public string? LeadingOfficial { get; set; }

    /// <summary>Key (重点), Difficult (难点), Hot (热点), any combination.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Priorities")]
    [AllowEmptyCollection]
    [PriorityWords]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemPriority>))]
    public string[] Priority { get; set; } = [];

    /// <summary>Who registers it, for the history; by default the signed-in user.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var spec = new NewItem
        {
            Number = ParseNumber(Number),
            Kind = EnumWordsAttribute.Parse<ItemKind>(Kind),
            Session = Session,
            Title = Title,
            Proposers = new Proposers(LeadProposer, CoSigners),
            Topics = Topics,
            SubPoints = SubPoints.Select(p => new SubPoint(p)).ToArray(),
            Role = EnumWordsAttribute.Parse<HandlingRole>(Role),
            LeadUnit = LeadUnit,
            Department = Department,
            Owner = Owner,
            OwnerEmail = OwnerEmail,
            AssignedOn = AssignedOn is { } date ? DateOnly.FromDateTime(date) : Today,
            LeadingOfficial = LeadingOfficial,
            Priorities = Priority.Select(EnumWordsAttribute.Parse<ItemPriority>).ToArray(),
        };
        if (ShouldChange(MessageText.Format(Messages.TargetSuggestion, spec.Number), MessageText.Format(Messages.ActionRegister, Session)))
        {
            var service = Service;
            var item = Run(service.AddAsync(spec, ChangeBy(By), Cancellation));
            WriteObject(ItemColumns.Output(item, service.Deadlines, Today));
        }
    }
}
