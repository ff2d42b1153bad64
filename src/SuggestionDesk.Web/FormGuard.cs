using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SuggestionDesk.Web;

/// <summary>
/// The anti-forgery check of a link's form (double submit): the page sets a random value in an HttpOnly, SameSite=Strict
/// cookie and puts in the form an HMAC of it keyed by the link's token; a POST is taken only with both, matching. Another
/// site can neither read nor set the cookie, and without the token cannot make the field. Keyed by the token rather than a
/// key ring, so any number of app instances check it without sharing keys.
/// </summary>
internal static class FormGuard
{
    public const string Field = "af";
    private const string Cookie = "sd-form";

    /// <summary>The form field's value for this request's page, setting the cookie when the browser holds none (or a bad one).</summary>
    public static string Issue(HttpContext context, string token)
    {
        var nonce = context.Request.Cookies[Cookie];
        if (nonce is not { Length: 43 })
        {
            nonce = Base64Url(RandomNumberGenerator.GetBytes(32));
            context.Response.Cookies.Append(Cookie, nonce, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
        }

        return Mac(token, nonce);
    }

    /// <summary>Whether a POST carries the cookie and the matching field, and came from a page of this site.</summary>
    public static bool Check(HttpContext context, string token, string? field)
    {
        // Browsers say where a request comes from; a form posted from another site is refused whatever it carries.
        var site = context.Request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var nonce = context.Request.Cookies[Cookie];
        return nonce is { Length: 43 } && field is { Length: > 0 }
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(token, nonce)), Encoding.ASCII.GetBytes(field));
    }

    private static string Mac(string token, string nonce) =>
        Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(nonce)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
