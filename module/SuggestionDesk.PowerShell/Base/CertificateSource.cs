using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The application's certificate for signing in to Graph, as an administrator's machine holds it: in the Windows
/// certificate store by thumbprint (CurrentUser\My, then LocalMachine\My), or in a PFX or PEM file, with a password or
/// without. Each is checked before the run starts: a private key this account can use, and dates Microsoft Entra ID
/// accepts; every refusal names what was given and what to do, and never shows a password.
/// </summary>
internal static class CertificateSource
{
    /// <summary>How long before its end a certificate is warned about.</summary>
    public static readonly TimeSpan RenewWithin = TimeSpan.FromDays(30);

    private static readonly (StoreLocation Location, string Name)[] Stores =
        [(StoreLocation.CurrentUser, @"CurrentUser\My"), (StoreLocation.LocalMachine, @"LocalMachine\My")];

    /// <summary>
    /// A thumbprint as copied from anywhere, made plain: spaces, colons and invisible marks (the U+200E the Windows
    /// certificate dialog puts first) removed, letters upper case. Refuses anything that is not then 40 hex digits.
    /// </summary>
    public static string Thumbprint(string given)
    {
        var plain = new StringBuilder(given.Length);
        foreach (var c in given)
        {
            if (!char.IsWhiteSpace(c) && c is not (':' or '-') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                plain.Append(char.ToUpperInvariant(c));
            }
        }

        var thumbprint = plain.ToString();
        if (thumbprint.Length != 40 || !thumbprint.All(char.IsAsciiHexDigit))
        {
            throw new PSArgumentException(
                MessageText.Format(Messages.CertThumbprintInvalid, thumbprint),
                "CertificateThumbprint");
        }

        return thumbprint;
    }

    /// <summary>The certificate with <paramref name="given"/>'s thumbprint in CurrentUser\My, else LocalMachine\My, checked.</summary>
    public static X509Certificate2 FromStore(string given, out string source)
    {
        var thumbprint = Thumbprint(given);
        var searched = new List<string>();
        foreach (var (location, name) in Stores)
        {
            X509Certificate2Collection found;
            try
            {
                using var store = new X509Store(StoreName.My, location);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            }
            catch (CryptographicException)
            {
                searched.Add(MessageText.Format(Messages.CertStoreNotAvailable, name));
                continue;
            }

            if (found.Count > 0)
            {
                source = $"{name}\\{thumbprint}";
                return found[0];
            }

            searched.Add(name);
        }

        throw new PSArgumentException(
            MessageText.Format(Messages.CertNotFound, thumbprint, string.Join(Messages.WordOr, searched)),
            "CertificateThumbprint");
    }

    /// <summary>The certificate and key in the PFX or PEM file <paramref name="path"/>, opened with <paramref name="password"/> if given.</summary>
    public static X509Certificate2 FromFile(string path, SecureString? password)
    {
        if (!File.Exists(path))
        {
            throw new PSArgumentException(MessageText.Format(Messages.CertFileNotFound, path), "CertificatePath");
        }

        var plain = password is null ? null : new NetworkCredential(string.Empty, password).Password;
        try
        {
            if (IsPem(path))
            {
                return plain is null ? X509Certificate2.CreateFromPemFile(path) : X509Certificate2.CreateFromEncryptedPemFile(path, plain);
            }

            return new X509Certificate2(path, plain, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new PSArgumentException(plain is null
                ? MessageText.Format(Messages.CertFileNeedsPassword, path, e.Message)
                : MessageText.Format(Messages.CertFileWrongPassword, path),
                "CertificatePath");
        }
    }

    /// <summary>
    /// Refuses a certificate that cannot sign in (no private key, a key this account may not use, not valid at
    /// <paramref name="now"/>); returns a warning for one that ends within <see cref="RenewWithin"/>, else null.
    /// </summary>
    public static string? Check(X509Certificate2 certificate, string source, DateTimeOffset now)
    {
        var name = MessageText.Format(Messages.CertName, certificate.Subject, certificate.Thumbprint, source);
        if (!certificate.HasPrivateKey)
        {
            throw new PSArgumentException(
                MessageText.Format(Messages.CertNoPrivateKey, name),
                "Certificate");
        }

        try
        {
            using var key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey();
            if (key is null)
            {
                throw new PSArgumentException(MessageText.Format(Messages.CertKeyNotRsa, name), "Certificate");
            }
        }
        catch (CryptographicException e)
        {
            throw new PSArgumentException(
                MessageText.Format(Messages.CertKeyNotUsable, name, e.Message.TrimEnd('.')),
                "Certificate");
        }

        var notAfter = new DateTimeOffset(certificate.NotAfter);
        var notBefore = new DateTimeOffset(certificate.NotBefore);
        if (now > notAfter)
        {
            throw new PSArgumentException(
                MessageText.Format(Messages.CertExpired, name, Show(notAfter)),
                "Certificate");
        }

        if (now < notBefore)
        {
            throw new PSArgumentException(
                MessageText.Format(Messages.CertNotYetValid, name, Show(notBefore)),
                "Certificate");
        }

        return notAfter - now < RenewWithin
            ? MessageText.Format(Messages.CertExpiresSoon, name, Show(notAfter), Math.Max(1, (int)(notAfter - now).TotalDays))
            : null;
    }

    private static string Show(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture);

    private static bool IsPem(string path)
    {
        using var file = File.OpenRead(path);
        var start = new byte[64];
        int read = file.Read(start, 0, start.Length);
        return Encoding.ASCII.GetString(start, 0, read).Contains("-----BEGIN", StringComparison.Ordinal);
    }
}
