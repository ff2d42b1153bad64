using System.Management.Automation;
using System.Net;
using System.Security;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets a string parameter that carries a secret (a connection string with its account key) take a SecureString as
/// well, so <c>Get-Secret</c> output or <c>Read-Host -AsSecureString</c> passes straight in and the secret never
/// lands in the command history. The plain text lives only as long as the command needs it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecretTextAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData) =>
        (inputData is PSObject wrapped ? wrapped.BaseObject : inputData) switch
        {
            SecureString secure => new NetworkCredential(string.Empty, secure).Password,
            _ => inputData!,
        };
}
