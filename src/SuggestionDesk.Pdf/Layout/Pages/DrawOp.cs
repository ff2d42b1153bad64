using PdfSharp.Drawing;
using SuggestionDesk.Pdf.Layout.Fonts;

namespace SuggestionDesk.Pdf.Layout.Pages;

/// <summary>One thing drawn on a laid-out page, in points from the page's top-left corner.</summary>
internal abstract record DrawOp;

/// <summary>A run of text in one face, drawn from its baseline's left end.</summary>
internal sealed record TextOp(double X, double Baseline, string Text, FontFace Face, double Size, XColor Color) : DrawOp;

/// <summary>A straight line.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, double Width, XColor Color) : DrawOp;

/// <summary>A rectangle, filled, stroked or both.</summary>
internal sealed record RectOp(double X, double Y, double Width, double Height, XColor? Fill, XColor? Stroke = null, double StrokeWidth = 0.5) : DrawOp;
