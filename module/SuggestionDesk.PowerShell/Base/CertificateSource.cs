using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

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
                $"-CertificateThumbprint '{thumbprint}' is not a certificate thumbprint: without spaces it should be 40 hexadecimal characters (0-9, A-F), e.g. 3A6F5C0E2B7D41A98C6E0F1D2B3C4A5E6F708192. Copy it from the certificate's Details tab (指纹 Thumbprint), or from Get-ChildItem Cert:\\CurrentUser\\My.",
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
                searched.Add($"{name} (not available on this computer)");
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
            $"No certificate with the thumbprint {thumbprint} is in {string.Join(" or ", searched)} (the stores searched, in that order). Import the application's certificate with its private key (certmgr.msc, or Import-PfxCertificate -CertStoreLocation Cert:\\CurrentUser\\My), or give -CertificatePath with its PFX or PEM file.",
            "CertificateThumbprint");
    }

    /// <summary>The certificate and key in the PFX or PEM file <paramref name="path"/>, opened with <paramref name="password"/> if given.</summary>
    public static X509Certificate2 FromFile(string path, SecureString? password)
    {
        if (!File.Exists(path))
        {
            throw new PSArgumentException($"The certificate file '{path}' does not exist. Give the path of a PFX or PEM file with the application's certificate and private key.", "CertificatePath");
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
                ? $"The certificate file '{path}' could not be opened without a password: if it is a PFX with a password, add -CertificatePassword (Read-Host '证书密码' -AsSecureString); otherwise it is not a certificate file with its key ({e.Message})."
                : $"The certificate file '{path}' could not be opened with the -CertificatePassword given: the password is wrong, or the file is not a PFX or PEM file. Type the password again, or export the certificate again with its private key.",
                "CertificatePath");
        }
    }

    /// <summary>
    /// Refuses a certificate that cannot sign in (no private key, a key this account may not use, not valid at
    /// <paramref name="now"/>); returns a warning for one that ends within <see cref="RenewWithin"/>, else null.
    /// </summary>
    public static string? Check(X509Certificate2 certificate, string source, DateTimeOffset now)
    {
        var name = $"'{certificate.Subject}' ({certificate.Thumbprint}, from {source})";
        if (!certificate.HasPrivateKey)
        {
            throw new PSArgumentException(
                $"The certificate {name} has no private key here, and signing in needs it. Import it again from its PFX file with the key (Import-PfxCertificate), or give -CertificatePath with the PFX.",
                "Certificate");
        }

        try
        {
            using var key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey();
            if (key is null)
            {
                throw new PSArgumentException($"The certificate {name} has neither an RSA nor an ECDSA private key; Microsoft Entra ID signs in with RSA certificates. Make an RSA certificate for the application.", "Certificate");
            }
        }
        catch (CryptographicException e)
        {
            throw new PSArgumentException(
                $"This account cannot use the private key of the certificate {name} ({e.Message.TrimEnd('.')}). For a certificate in LocalMachine\\My, give this account read access to its key (certlm.msc, the certificate, All Tasks, Manage Private Keys), or run as an administrator.",
                "Certificate");
        }

        var notAfter = new DateTimeOffset(certificate.NotAfter);
        var notBefore = new DateTimeOffset(certificate.NotBefore);
        if (now > notAfter)
        {
            throw new PSArgumentException(
                $"The certificate {name} expired on {Show(notAfter)}, and Microsoft Entra ID refuses an expired certificate. Make a new one, upload it to the application's registration (证书和密码 Certificates & secrets), and import it.",
                "Certificate");
        }

        if (now < notBefore)
        {
            throw new PSArgumentException(
                $"The certificate {name} is valid only from {Show(notBefore)}: check this computer's clock, or use the certificate in force now.",
                "Certificate");
        }

        return notAfter - now < RenewWithin
            ? $"The certificate {name} expires on {Show(notAfter)}, in {Math.Max(1, (int)(notAfter - now).TotalDays)} days: after that, signing in fails. Upload a new one to the application's registration and import it before then."
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
