using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.Testing.Graph;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>
/// Signing in to Graph with a certificate as an administrator's machine holds it: by thumbprint from CurrentUser\My
/// (on Linux .NET's own store, where the test puts a certificate it makes and takes it out again), or from a PFX with a
/// password. The sign-in goes through the real Azure.Identity and MSAL to the local recorder (the sign-in host's
/// requests are sent there), which checks that the client assertion is signed by that certificate.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class GraphCertificateCmdletTests(AzuriteFixture module) : IAsyncLifetime
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Client = "66666666-7777-8888-9999-000000000000";
    private const string Send = "Send-SuggestionReminder -AsOf 2026-10-09 -Transport Graph -GraphEndpoint $args[0] -TenantId " + Tenant + " -ClientId " + Client + " ";

    private const string Setup = """
        Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
        New-Suggestion -Number '2026/0001' -Title '关于加强城市更新的建议' -Session '市八届人大三次会议' -LeadProposer '王代表' `
            -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
        Confirm-SuggestionReceipt '2026/0001' -On 2026-07-02
        """;

    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string folder = Directory.CreateTempSubdirectory("sd-certificates-").FullName;
    private readonly List<X509Certificate2> added = [];

    public Task InitializeAsync()
    {
        // Microsoft Entra ID's token endpoint, as the recorder plays it: the token for any client assertion.
        graph.Respond(r => r.Is("POST", "/oauth2/v2.0/token")
            ? new RecordedResponse(200, JsonSerializer.Serialize(new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = "token-from-certificate" }))
            : null);
        MailTransport.SignInHandler = new ToRecorder(graph.Root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        MailTransport.SignInHandler = null;
        using (var store = new X509Store(StoreName.My, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            foreach (var certificate in added)
            {
                store.Remove(certificate);
                certificate.Dispose();
            }
        }

        Directory.Delete(folder, recursive: true);
        await graph.DisposeAsync();
    }

    [Fact]
    public void ACertificateInCurrentUserMyFoundByItsThumbprintAsCopiedFromTheDialogSignsIn()
    {
        var certificate = InCurrentUserMy(Make("CN=SuggestionDesk 督办 test", TimeSpan.FromDays(365)));
        // As copied from the certificate dialog's Details tab: a left-to-right mark first, spaces, lower case.
        var copied = "\u200E" + string.Join(' ', certificate.Thumbprint.ToLowerInvariant().Chunk(2).Select(c => new string(c)));
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var sent = ps.RunClean(Send + "-CertificateThumbprint $args[1]", graph.Root, copied);

        Assert.Equal("Sent", Assert.Single(sent).Properties["Status"].Value);
        AssertSignedInWith(certificate);
    }

    [Fact]
    public void APfxWithAPasswordSignsInAndAWrongPasswordIsRefusedNamingTheFileNotThePassword()
    {
        using var certificate = Make("CN=SuggestionDesk pfx test", TimeSpan.FromDays(365));
        var pfx = Path.Combine(folder, "督办应用.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "正确的密码-1"));
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run(Send + "-CertificatePath $args[1] -CertificatePassword (ConvertTo-SecureString 'wrong-password-9' -AsPlainText -Force)", graph.Root, pfx);
        var wrong = Assert.Single(ps.Errors).Exception.Message;
        ps.Run(Send + "-CertificatePath $args[1]", graph.Root, pfx);
        var none = Assert.Single(ps.Errors).Exception.Message;
        var sent = ps.RunClean(Send + "-CertificatePath $args[1] -CertificatePassword (ConvertTo-SecureString '正确的密码-1' -AsPlainText -Force)", graph.Root, pfx);

        Assert.Contains($"'{pfx}' could not be opened with the -CertificatePassword given", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-9", wrong, StringComparison.Ordinal);
        Assert.Contains("add -CertificatePassword", none, StringComparison.Ordinal);
        Assert.Equal("Sent", Assert.Single(sent).Properties["Status"].Value);
        AssertSignedInWith(certificate);
    }

    [Fact]
    public void AThumbprintInNoStoreIsRefusedNamingTheStoresSearched()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run(Send + "-CertificateThumbprint 00112233445566778899AABBCCDDEEFF00112233", graph.Root);

        var error = Assert.Single(ps.Errors);
        Assert.Contains("No certificate with the thumbprint 00112233445566778899AABBCCDDEEFF00112233 is in CurrentUser\\My or LocalMachine\\My", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("3A 6F 5C", "'3A6F5C' is not a certificate thumbprint")]
    [InlineData("zz00112233445566778899AABBCCDDEEFF001122", "'ZZ00112233445566778899AABBCCDDEEFF001122' is not a certificate thumbprint")]
    public void AThumbprintThatIsNotOneIsRefusedShowingWhatWasRead(string given, string expected)
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run(Send + "-CertificateThumbprint $args[1]", graph.Root, given);

        Assert.Contains(expected, Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void AnExpiredCertificateIsRefusedAndOneNearItsEndIsWarnedAbout()
    {
        var expired = InCurrentUserMy(Make("CN=SuggestionDesk expired test", TimeSpan.FromDays(-2)));
        var ending = InCurrentUserMy(Make("CN=SuggestionDesk ending test", TimeSpan.FromDays(10)));
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run(Send + "-CertificateThumbprint $args[1]", graph.Root, expired.Thumbprint);
        var refused = Assert.Single(ps.Errors).Exception.Message;
        var output = ps.RunClean(Send + "-CertificateThumbprint $args[1] 3>&1", graph.Root, ending.Thumbprint);

        Assert.Contains($"({expired.Thumbprint}, from CurrentUser\\My\\{expired.Thumbprint}) expired on", refused, StringComparison.Ordinal);
        Assert.Contains("Microsoft Entra ID refuses an expired certificate", refused, StringComparison.Ordinal);
        var warning = Assert.Single(output.Select(o => o.BaseObject).OfType<WarningRecord>()).Message;
        Assert.Contains("expires on", warning, StringComparison.Ordinal);
        Assert.Contains("in 9 days", warning, StringComparison.Ordinal);
        AssertSignedInWith(ending);
    }

    [Fact]
    public void ACertificateWithoutItsPrivateKeyIsRefused()
    {
        using var withKey = Make("CN=SuggestionDesk public only", TimeSpan.FromDays(365));
        var certificate = InCurrentUserMy(X509CertificateLoader.LoadCertificate(withKey.Export(X509ContentType.Cert)));
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run(Send + "-CertificateThumbprint $args[1]", graph.Root, certificate.Thumbprint);

        Assert.Contains("has no private key here", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("-CertificateThumbprint 00112233445566778899AABBCCDDEEFF00112233 -CertificatePath ./app.pfx")]
    [InlineData("-CertificateThumbprint 00112233445566778899AABBCCDDEEFF00112233 -ClientSecret (ConvertTo-SecureString 's' -AsPlainText -Force)")]
    [InlineData("-CertificatePath ./app.pfx -AccessToken (ConvertTo-SecureString 't' -AsPlainText -Force)")]
    [InlineData("-CertificatePassword (ConvertTo-SecureString 'p' -AsPlainText -Force) -CertificateThumbprint 00112233445566778899AABBCCDDEEFF00112233")]
    public void TwoWaysOfSigningInAtOnceAreRefusedByPowerShell(string parameters)
    {
        using var ps = module.Connect();

        ps.Run(Send + parameters, graph.Root);

        Assert.Equal("AmbiguousParameterSet,SuggestionDesk.PowerShell.Reminders.SendSuggestionReminderCommand", Assert.Single(ps.Errors).FullyQualifiedErrorId);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void APasswordWithoutAFileIsRefusedByPowerShell()
    {
        using var ps = module.Connect();

        ps.Run("$p = ConvertTo-SecureString 'p' -AsPlainText -Force; Send-SuggestionReminder -Transport Graph -CertificatePassword $p", graph.Root);

        Assert.Contains("CertificatePath", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
    }

    private void AssertSignedInWith(X509Certificate2 certificate)
    {
        var token = Assert.Single(graph.Requests, r => r.Is("POST", "/oauth2/v2.0/token"));
        Assert.Equal($"/{Tenant}/oauth2/v2.0/token", token.Path);
        var form = token.BodyText.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal(Client, form["client_id"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        var parts = form["client_assertion"].Split('.');
        var header = JsonDocument.Parse(Base64Url(parts[0])).RootElement;
        // The assertion names the certificate (x5t: its SHA-1 thumbprint; x5t#S256 its SHA-256) and its signature checks with its public key.
        var named = header.TryGetProperty("x5t#S256", out var s256)
            ? s256.GetString() == Base64UrlText(certificate.GetCertHash(HashAlgorithmName.SHA256))
            : header.GetProperty("x5t").GetString() == Base64UrlText(certificate.GetCertHash());
        Assert.True(named, $"The client assertion's header {header} does not name the certificate {certificate.Thumbprint}.");
        using var key = certificate.GetRSAPublicKey()!;
        var padding = header.GetProperty("alg").GetString() == "PS256" ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url(parts[2]), HashAlgorithmName.SHA256, padding));
        var sendMail = Assert.Single(graph.Requests, r => r.Is("POST", "/sendMail"));
        Assert.Equal("Bearer token-from-certificate", sendMail.Header("Authorization"));
    }

    private X509Certificate2 InCurrentUserMy(X509Certificate2 certificate)
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        // Through a PFX so that the store keeps the private key (a key made in memory is ephemeral).
        var stored = certificate.HasPrivateKey
            ? X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.PersistKeySet | X509KeyStorageFlags.Exportable)
            : certificate;
        store.Add(stored);
        added.Add(stored);
        return stored;
    }

    private static X509Certificate2 Make(string subject, TimeSpan validFor)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        return validFor > TimeSpan.Zero
            ? request.CreateSelfSigned(now.AddDays(-1), now + validFor)
            : request.CreateSelfSigned(now.AddDays(-30), now + validFor);
    }

    private static byte[] Base64Url(string text) => Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));

    private static string Base64UrlText(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Sends the sign-in host's requests (https://login.microsoftonline.com/...) to the recorder, path and query kept.
    private sealed class ToRecorder(Uri root) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(root, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
