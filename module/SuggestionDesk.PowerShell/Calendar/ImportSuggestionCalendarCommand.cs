using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>
/// <para type="synopsis">Loads a newer holiday calendar year (holiday-cn JSON) into the store and reports the provisional due dates it moves.</para>
/// </summary>
[Cmdlet(VerbsData.Import, "SuggestionCalendar", SupportsShouldProcess = true)]
[OutputType(typeof(DueDateMove))]
public sealed class ImportSuggestionCalendarCommand : SuggestionCmdlet
{
    /// <summary>The year's file, e.g. 2027.json from holiday-cn.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string Path { get; set; } = string.Empty;

    /// <summary>Who loads it, for the record.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(MessageText.Format(Messages.CalendarFileNotFound, path), path);
        }

        if (!ShouldChange(path, Messages.ActionLoadCalendar))
        {
            return;
        }

        var connection = CurrentConnection;
        var import = Run(connection.Services.Calendars.ImportAsync(File.ReadAllText(path), System.IO.Path.GetFileName(path), ChangeBy(By), Cancellation));
        connection.ReloadCalendar();
        WriteVerbose(MessageText.Format(Messages.VerboseCalendarLoaded, import.Year, import.DaysListed, import.Changes.Count));
        foreach (var change in import.Changes)
        {
            WriteObject(new DueDateMove(change));
        }
    }
}
