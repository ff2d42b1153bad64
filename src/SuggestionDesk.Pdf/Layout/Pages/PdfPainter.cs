using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using SuggestionDesk.Pdf.Layout.Fonts;

namespace SuggestionDesk.Pdf.Layout.Pages;

/// <summary>The document's metadata (the PDF's Info dictionary and XMP).</summary>
/// <param name="Title">The title.</param>
/// <param name="Author">The issuing unit.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Language">The text's language, e.g. <c>zh-CN</c>.</param>
/// <param name="Created">When it was made.</param>
/// <param name="Keywords">Keywords, if any.</param>
internal sealed record DocumentInfo(string Title, string Author, string Subject, string Language, DateTime Created, string? Keywords = null);

/// <summary>Writes laid-out pages to a PDF with PDFsharp: fonts embedded as subsets with Unicode maps, PDF/A-2b metadata.</summary>
internal static class PdfPainter
{
    /// <summary>Writes <paramref name="pages"/> to <paramref name="output"/> (left open).</summary>
    public static void Write(IReadOnlyList<LaidOutPage> pages, DocumentInfo info, Stream output)
    {
        _ = FontLibrary.Shared;
        using var document = new PdfDocument();
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Creator = "SuggestionDesk";
        document.Info.CreationDate = info.Created;
        document.Info.ModificationDate = info.Created;
        if (info.Keywords is { } keywords)
        {
            document.Info.Keywords = keywords;
        }

        document.Language = info.Language;
        // PDFsharp 6.2.4 ends compressed page contents without the deflate stream's final block (qpdf --check warns),
        // so pages are compressed here instead (CompressPageContents).
        document.Options.CompressContentStreams = false;
        // PDF/A: XMP metadata and an sRGB output intent. PDFsharp then asks for the content to be tagged, so each
        // page's text is one paragraph of the structure tree, under a Document element.
        document.SetPdfA();
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(info.Language);
        var structure = accessibility.StructureBuilder;
        var fonts = new Dictionary<(string, double), XFont>();
        var brushes = new Dictionary<XColor, XSolidBrush>();
        foreach (var laidOut in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(laidOut.Setup.Width);
            page.Height = XUnit.FromPoint(laidOut.Setup.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
            foreach (var op in laidOut.Ops)
            {
                switch (op)
                {
                    case TextOp text:
                        graphics.DrawString(text.Text, Font(fonts, text), Brush(brushes, text.Color), text.X, text.Baseline);
                        break;
                    case LineOp line:
                        graphics.DrawLine(new XPen(line.Color, line.Width), line.X1, line.Y1, line.X2, line.Y2);
                        break;
                    case RectOp rect:
                        var pen = rect.Stroke is { } stroke ? new XPen(stroke, rect.StrokeWidth) : null;
                        var brush = rect.Fill is { } fill ? Brush(brushes, fill) : null;
                        if (pen is not null && brush is not null)
                        {
                            graphics.DrawRectangle(pen, brush, rect.X, rect.Y, rect.Width, rect.Height);
                        }
                        else if (brush is not null)
                        {
                            graphics.DrawRectangle(brush, rect.X, rect.Y, rect.Width, rect.Height);
                        }
                        else if (pen is not null)
                        {
                            graphics.DrawRectangle(pen, rect.X, rect.Y, rect.Width, rect.Height);
                        }

                        break;
                }
            }

            structure.End();
            graphics.Dispose();
            CompressPageContents(page);
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        ClaimPdfA2b(bytes);
        output.Write(bytes);
    }

    /// <summary>
    /// PDFsharp's XMP claims PDF/A-1a; the file is PDF 1.7 with PDF/A-2's requirements met for level B (fonts
    /// embedded, output intent, XMP matching the Info dictionary, no transparency or encryption). The claim is
    /// corrected in place: the same number of bytes, so the cross-reference offsets stay right.
    /// </summary>
    private static void ClaimPdfA2b(Span<byte> pdf)
    {
        Replace(pdf, "<pdfaid:part>1</pdfaid:part>"u8, "<pdfaid:part>2</pdfaid:part>"u8);
        Replace(pdf, "<pdfaid:conformance>A</pdfaid:conformance>"u8, "<pdfaid:conformance>B</pdfaid:conformance>"u8);
    }

    private static void Replace(Span<byte> pdf, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        int at = pdf.IndexOf(from);
        if (at >= 0)
        {
            to.CopyTo(pdf[at..]);
        }
    }

    /// <summary>The PDFsharp font for a text run: Unicode encoding (a ToUnicode map, so text extracts exactly), embedded as a subset.</summary>
    internal static XFont Font(Dictionary<(string, double), XFont> fonts, TextOp text)
    {
        var key = (text.Face.Name, text.Size);
        if (!fonts.TryGetValue(key, out var font))
        {
            var options = new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
            font = new XFont(text.Face.Name, text.Size, XFontStyleEx.Regular, options);
            fonts[key] = font;
        }

        return font;
    }

    /// <summary>Deflates the page's content streams with a complete zlib stream (final block and checksum).</summary>
    private static void CompressPageContents(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            if ((item as PdfReference)?.Value is PdfDictionary { Stream: { } stream } content && !content.Elements.ContainsKey("/Filter"))
            {
                using var packed = new MemoryStream();
                using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
                {
                    zlib.Write(stream.Value);
                }

                stream.Value = packed.ToArray();
                content.Elements.SetName("/Filter", "/FlateDecode");
            }
        }
    }

    private static XSolidBrush Brush(Dictionary<XColor, XSolidBrush> brushes, XColor color)
    {
        if (!brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(color);
            brushes[color] = brush;
        }

        return brush;
    }
}
