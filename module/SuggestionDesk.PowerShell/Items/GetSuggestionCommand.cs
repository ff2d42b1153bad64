using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Items;

/// <summary>
/// <para type="synopsis">Gets suggestions by number, session, status, department, owner or what is due.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "Suggestion")]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class GetSuggestionCommand : SuggestionCmdlet
{
    /// <summary>The numbers to get; all items when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    public string[]? Number { get; set; }

    /// <summary>Only this session.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <summary>Only these statuses, in English or Chinese (SignedFor or 已签收).</summary>
    [Parameter]
    [EnumWords(typeof(ItemStatus))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemStatus>))]
    public string[]? Status { get; set; }

    /// <summary>Only this department.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(DepartmentCompleter))]
    public string? Department { get; set; }

    /// <summary>Only this handling officer's items (承办人), by name, exactly as recorded.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OwnerCompleter))]
    public string? Owner { get; set; }

    /// <summary>Only this owner's items, by e-mail.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OwnerEmailCompleter))]
    public string? OwnerEmail { get; set; }

    /// <summary>Only items marked with any of these priorities: Key (重点), Difficult (难点), Hot (热点).</summary>
    [Parameter]
    [PriorityWords]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemPriority>))]
    public string[]? Priority { get; set; }

    /// <summary>Only items this leader takes up in person (领办领导), exactly as recorded.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LeadingOfficialCompleter))]
    public string? LeadingOfficial { get; set; }

    /// <summary>Only items with a clock due within this many days of -AsOf (today included).</summary>
    [Parameter]
    [ValidateRange(0, 3660)]
    public int? DueWithinDays { get; set; }

    /// <summary>Only items with a clock past its due date on -AsOf (with -DueWithinDays: either).</summary>
    [Parameter]
    public SwitchParameter Overdue { get; set; }

    /// <summary>The day the items are seen as of: each as it stood then (later events taken back, later items left out), its status and deadlines judged on it; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var asOf = AsOf is { } date ? DateOnly.FromDateTime(date) : Today;
        var filter = new ItemFilter
        {
            Numbers = Number?.Select(ParseNumber).ToArray(),
            Session = Session,
            Statuses = Status?.Select(EnumWordsAttribute.Parse<ItemStatus>).ToArray(),
            Department = Department,
            Owner = Owner,
            OwnerEmail = OwnerEmail,
            Priorities = Priority?.Select(EnumWordsAttribute.Parse<ItemPriority>).ToArray(),
            LeadingOfficial = LeadingOfficial,
            DueWithinDays = DueWithinDays,
            Overdue = Overdue,
            AsOf = asOf,
        };
        var service = Service;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in service.QueryAsync(filter, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            found.Add(item.Number.Value);
            // The deadlines are read once, with the first item: the items' request goes first.
            WriteObject(ItemColumns.Output(item, service.Deadlines, asOf));
        }

        // A number asked for by name and not found is reported, as Get-Item does, so a script sees which.
        // (A number that exists but fails another filter is simply not listed.)
        if (filter.Numbers is null || filter.Statuses is not null || filter.Session is not null || filter.Department is not null
            || filter.Owner is not null || filter.OwnerEmail is not null || filter.FiltersByDeadline || filter.FiltersByPractice)
        {
            return;
        }

        var when = AsOf is null ? string.Empty : MessageText.Format(Messages.ItemNotFoundAsOf, asOf);
        foreach (var missing in filter.Numbers.Where(n => !found.Contains(n.Value)))
        {
            WriteError(new ErrorRecord(
                new SuggestionNotFoundException(missing, MessageText.Format(Messages.ItemNotFound, missing, when)),
                "SuggestionNotFound", ErrorCategory.ObjectNotFound, missing.Value));
        }
    }
}
