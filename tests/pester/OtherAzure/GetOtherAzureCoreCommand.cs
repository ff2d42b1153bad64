using System.Management.Automation;

namespace OtherAzure;

/// <summary>Touches Azure.Core so that this module's copy is loaded, and returns its version.</summary>
[Cmdlet(VerbsCommon.Get, "OtherAzureCore")]
public sealed class GetOtherAzureCoreCommand : PSCmdlet
{
    protected override void ProcessRecord() =>
        WriteObject(typeof(Azure.Core.TokenCredential).Assembly.GetName().Version!.ToString());
}
