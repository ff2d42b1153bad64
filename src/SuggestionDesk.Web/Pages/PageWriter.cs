using System.Security.Cryptography;
using System.Text;
using static System.Net.WebUtility;

namespace SuggestionDesk.Web.Pages;

/// <summary>
/// Writes one self-contained page: its only style is inline with a per-response nonce, there is no script, font, image or
/// anything fetched from elsewhere (offices are on intranets), and it reads on a phone. Every text is HTML-encoded.
/// </summary>
internal sealed class PageWriter
{
    // System fonts only: YaHei on Windows, PingFang on phones, Noto on Linux; nothing downloaded.
    private const string Style = """
        *{box-sizing:border-box}
        body{margin:0;padding:16px;font-family:system-ui,"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;font-size:17px;line-height:1.5;color:#1f1f1f;background:#f6f6f4}
        main{max-width:34em;margin:0 auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px}
        h1{font-size:1.3em;margin:0 0 12px}
        .item{border-left:4px solid #b22222;padding:4px 0 4px 12px;margin:0 0 16px}
        .item p{margin:0}
        .number{color:#555;font-size:.9em}
        dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:8px 0 0;font-size:.95em}
        dt{color:#555}
        dd{margin:0}
        label{display:block;margin:12px 0 4px;font-weight:600}
        input,select,textarea{width:100%;font:inherit;padding:8px;border:1px solid #999;border-radius:4px;background:#fff}
        textarea{min-height:7em}
        button{margin-top:16px;width:100%;font:inherit;font-weight:600;padding:12px;border:0;border-radius:4px;background:#b22222;color:#fff}
        .error{border:1px solid #b22222;background:#fff0f0;padding:8px 12px;border-radius:4px}
        .done{border:1px solid #2e7d32;background:#f0fff0;padding:8px 12px;border-radius:4px}
        .note{color:#555;font-size:.9em;margin-top:16px}
        a{color:#0b57a4}
        """;

    private readonly StringBuilder body = new();

    public PageWriter(PageText text, string title)
    {
        Text = text;
        Title = title;
    }

    /// <summary>The nonce the page's style element carries and the Content-Security-Policy allows.</summary>
    public string Nonce { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    public PageText Text { get; }

    public string Title { get; }

    /// <summary>The policy: nothing but this page's own style, forms posted back to this site, no framing, no base.</summary>
    public string ContentSecurityPolicy =>
        $"default-src 'none'; style-src 'nonce-{Nonce}'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public PageWriter Heading(string text) => Raw($"<h1>{HtmlEncode(text)}</h1>\n");

    public PageWriter Paragraph(string text, string? cssClass = null) =>
        Raw(cssClass is null ? $"<p>{HtmlEncode(text)}</p>\n" : $"<p class=\"{cssClass}\">{HtmlEncode(text)}</p>\n");

    public PageWriter Link(string text, string href) => Raw($"<p><a href=\"{HtmlEncode(href)}\">{HtmlEncode(text)}</a></p>\n");

    public PageWriter Raw(string html)
    {
        body.Append(html);
        return this;
    }

    public string Build() =>
        $"""
        <!DOCTYPE html>
        <html lang="{Text.HtmlLanguage}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="robots" content="noindex, nofollow">
        <title>{HtmlEncode(Title)}</title>
        <style nonce="{Nonce}">
        {Style}
        </style>
        </head>
        <body>
        <main>
        {body}</main>
        </body>
        </html>

        """;
}
