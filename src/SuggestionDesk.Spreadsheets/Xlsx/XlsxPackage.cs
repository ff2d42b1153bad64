using System.IO.Compression;
using System.Xml;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// The parts of a workbook a ledger needs — its worksheets by name (the first holds the ledger, one named 办理措施 its
/// measures), the shared texts, the styles, the 1904 flag — found through the workbook's own relationships, each opened
/// through a <see cref="CountedStream"/>. XML is read with DTDs prohibited and no resolver, so a part cannot reach
/// outside the file.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private readonly ZipArchive archive;
    private readonly XlsxLimits limits;
    private readonly CancellationToken cancellationToken;

    private XlsxPackage(ZipArchive archive, XlsxLimits limits, CancellationToken cancellationToken)
    {
        this.archive = archive;
        this.limits = limits;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The first worksheet's part, e.g. <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string SheetPart => Sheets[0].Part;

    /// <summary>The worksheets in the workbook's order, each with its name and part.</summary>
    public IReadOnlyList<(string Name, string Part)> Sheets { get; private set; } = [];

    /// <summary>The shared texts' part, if the workbook has one.</summary>
    public string? SharedStringsPart { get; private set; }

    /// <summary>The styles' part, if the workbook has one.</summary>
    public string? StylesPart { get; private set; }

    /// <summary>Whether dates count from 1904 (older Mac workbooks) rather than 1900.</summary>
    public bool Date1904 { get; private set; }

    /// <summary>Opens the workbook in <paramref name="stream"/> (seekable) and finds its parts.</summary>
    public static XlsxPackage Open(Stream stream, XlsxLimits limits, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(NotAWorkbook(e.Message), e);
        }

        var package = new XlsxPackage(archive, limits, cancellationToken);
        try
        {
            package.FindParts();
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>A reader over <paramref name="part"/>, counted against the part limit.</summary>
    public XmlReader Read(string part)
    {
        var entry = archive.GetEntry(part) ?? throw new InvalidDataException(MessageText.Format(Localization.Messages.SheetPartMissing, part));
        var stream = new CountedStream(entry.Open(), limits.MaxPartBytes, part, cancellationToken);
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
    }

    public void Dispose() => archive.Dispose();

    // Sheets named in the workbook that are listed at all: a ledger has one or two, a workbook rarely a dozen.
    private const int MaxSheets = 1_000;

    /// <summary>The refusal of a file that is no workbook, with what to do.</summary>
    public static string NotAWorkbook(string reason) =>
        MessageText.Format(Localization.Messages.SheetNotAWorkbook, Items.TextRules.Shorten(reason));

    private void FindParts()
    {
        const string workbook = "xl/workbook.xml";
        if (archive.GetEntry(workbook) is null)
        {
            throw new InvalidDataException(NotAWorkbook(MessageText.Format(Localization.Messages.SheetNoPart, workbook)));
        }

        var sheetIds = new List<(string Name, string Id)>();
        using (var reader = Read(workbook))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "workbookPr")
                {
                    Date1904 = reader.GetAttribute("date1904") is "1" or "true";
                }
                else if (reader.LocalName == "sheet" && Attribute(reader, "id") is { } id && sheetIds.Count < MaxSheets)
                {
                    sheetIds.Add((reader.GetAttribute("name") ?? string.Empty, id));
                }
            }
        }

        var targets = Relationships("xl/_rels/workbook.xml.rels");
        Sheets = sheetIds.Where(s => targets.ContainsKey(s.Id)).Select(s => (s.Name, targets[s.Id].Target)).ToArray();
        if (sheetIds.Count == 0 || !targets.ContainsKey(sheetIds[0].Id))
        {
            throw new InvalidDataException(Localization.Messages.SheetNoWorksheet);
        }
        SharedStringsPart = targets.Values.FirstOrDefault(t => t.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        StylesPart = targets.Values.FirstOrDefault(t => t.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
    }

    private Dictionary<string, (string Target, string Type)> Relationships(string part)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (archive.GetEntry(part) is null)
        {
            return found;
        }

        using var reader = Read(part);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                found.TryAdd(id, (Resolve(target), reader.GetAttribute("Type") ?? string.Empty));
            }
        }

        return found;
    }

    // Targets are relative to xl/ (worksheets/sheet1.xml) or absolute within the package (/xl/worksheets/sheet1.xml).
    private static string Resolve(string target) => target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;

    // The relationship id attribute is r:id in the relationships namespace, whatever its prefix.
    private static string? Attribute(XmlReader reader, string localName)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == localName && reader.NamespaceURI.Length > 0)
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return null;
    }
}
