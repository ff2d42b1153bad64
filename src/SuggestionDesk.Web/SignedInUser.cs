using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SuggestionDesk.Actions;

namespace SuggestionDesk.Web;

/// <summary>
/// The signed-in user as App Service Authentication tells the app: <c>X-MS-CLIENT-PRINCIPAL-NAME</c> (the sign-in name,
/// usually the address) and <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON of the token's claims, whose address claims may
/// differ from the sign-in name, e.g. a mail alias).
/// </summary>
internal static class SignedInUser
{
    public const string NameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    // The claims that carry an address in Entra ID tokens (v1 and v2), short and long forms.
    private static readonly HashSet<string> AddressClaims = new(StringComparer.OrdinalIgnoreCase)
    {
        "preferred_username", "email", "upn", "unique_name",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
    };

    /// <summary>The caller the headers name; nobody when there are none or they cannot be read.</summary>
    public static ActionCaller Read(HttpRequest request)
    {
        var addresses = new List<string>();
        if (request.Headers[NameHeader].ToString() is { Length: > 0 } name)
        {
            addresses.Add(name.Trim());
        }

        if (request.Headers[PrincipalHeader].ToString() is { Length: > 0 } principal)
        {
            addresses.AddRange(Claims(principal));
        }

        return new ActionCaller(addresses.Where(a => a.Contains('@', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    private static IEnumerable<string> Claims(string principal)
    {
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(principal)));
            if (!json.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return claims.EnumerateArray()
                .Where(c => c.TryGetProperty("typ", out var type) && AddressClaims.Contains(type.GetString() ?? string.Empty))
                .Select(c => c.TryGetProperty("val", out var value) ? value.GetString()?.Trim() : null)
                .OfType<string>()
                .ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return [];
        }
    }
}
