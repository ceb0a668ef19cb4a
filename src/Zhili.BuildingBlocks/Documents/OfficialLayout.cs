using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhili.BuildingBlocks.Documents;

/// <summary>The GB/T 9704-2012 measures and the paragraphs of <see cref="OfficialDocument"/>; lengths in twips (1 mm ≈ 56.7).</summary>
public static class OfficialLayout
{
    public const int PageWidth = 11906;   // A4: 210 mm
    public const int PageHeight = 16838;  // 297 mm
    public const int MarginTop = 2098;    // 37 mm (天头)
    public const int MarginBottom = 1984; // 35 mm
    public const int MarginLeft = 1587;   // 28 mm (订口)
    public const int MarginRight = 1474;  // 26 mm

    /// <summary>22 lines on the 225 mm text block: 28.95 pt a line.</summary>
    public const int LinePitch = 579;

    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋";
    public const string PageNumberFont = "宋体";
    public const string Red = "FF0000";

    /// <summary>Font sizes in half-points: 三号 16 pt body, 二号 22 pt title, 四号 14 pt page numbers.</summary>
    public const int BodySize = 32, TitleSize = 44, PageNumberSize = 28;

    private const int BodyCharWidth = 320; // one 三号 character

    /// <summary>版头: red, centred, 35 mm below the top of the text block, as large as fits one line (at most 36 pt).</summary>
    public static Paragraph Masthead(string text)
    {
        var halfPoints = Math.Min(72, 880 / Math.Max(1, text.Length)) / 2 * 2;
        return Para(Props(JustificationValues.Center, before: 1984, exact: false), Run(text, TitleFont, halfPoints, Red));
    }

    /// <summary>发文字号, centred, with the red rule (版头中的分隔线) 4 mm below it across the text block.</summary>
    public static Paragraph NumberLine(string number)
    {
        var props = Props(JustificationValues.Center);
        props.PrependChild(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12, Space = 11 }));
        return Para(props, Run(number, BodyFont, BodySize));
    }

    public static Paragraph Title(string text) => Para(Props(JustificationValues.Center), Run(text, TitleFont, TitleSize));

    /// <summary>A body line; <paramref name="indent"/> sets the two-character first-line indent.</summary>
    public static Paragraph Line(string text, bool indent)
    {
        var props = Props(JustificationValues.Both);
        if (indent)
        {
            props.InsertAfter(new Indentation { FirstLineChars = 200, FirstLine = Tw(2 * BodyCharWidth) }, props.SpacingBetweenLines);
        }

        return Para(props, Run(text, BodyFont, BodySize));
    }

    /// <summary>署名 and 成文日期 at the right, <paramref name="rightChars"/> characters from the edge (右空四字 for the date).</summary>
    public static Paragraph Signature(string text, int rightChars)
    {
        var props = Props(JustificationValues.Right);
        props.InsertAfter(new Indentation { RightChars = rightChars * 100, Right = Tw(rightChars * BodyCharWidth) }, props.SpacingBetweenLines);
        return Para(props, Run(text, BodyFont, BodySize));
    }

    public static Paragraph Blank() => Para(Props(null), Run("", BodyFont, BodySize));

    /// <summary>A4, the margins, the 22-line grid, and the page-number footers (odd pages right, even pages left, 空一字).</summary>
    public static SectionProperties Section(MainDocumentPart main)
    {
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = PageNumberFooter(JustificationValues.Right);
        var even = main.AddNewPart<FooterPart>();
        even.Footer = PageNumberFooter(JustificationValues.Left);
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 1304, Gutter = 0 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });
    }

    /// <summary>Odd and even footers differ; fonts missing on the reader's machine fall back to ones Word has.</summary>
    public static void AddSettingsAndFonts(MainDocumentPart main)
    {
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders());
        main.AddNewPart<FontTablePart>().Fonts = new Fonts(
            new Font(new AltName { Val = "SimSun" }, new FontCharSet { Val = "86" }) { Name = TitleFont },
            new Font(new AltName { Val = "FangSong" }, new FontCharSet { Val = "86" }) { Name = BodyFont },
            new Font(new AltName { Val = "SimSun" }, new FontCharSet { Val = "86" }) { Name = PageNumberFont });
    }

    /// <summary>页码: 4号 半角 Arabic numerals between em dashes, "— 1 —".</summary>
    private static Footer PageNumberFooter(JustificationValues side)
    {
        var indent = side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
        var props = new ParagraphProperties(indent, new Justification { Val = side });
        var page = new SimpleField(Run("1", PageNumberFont, PageNumberSize)) { Instruction = " PAGE " };
        return new Footer(new Paragraph(props, Run("— ", PageNumberFont, PageNumberSize), page, Run(" —", PageNumberFont, PageNumberSize)));
    }

    private static ParagraphProperties Props(JustificationValues? align, int before = 0, bool exact = true)
    {
        var spacing = exact
            ? new SpacingBetweenLines { Before = Tw(before), After = "0", Line = Tw(LinePitch), LineRule = LineSpacingRuleValues.Exact }
            : new SpacingBetweenLines { Before = Tw(before), After = "0" };
        var props = new ParagraphProperties(spacing);
        if (align is { } a)
        {
            props.Append(new Justification { Val = a });
        }

        return props;
    }

    private static string Tw(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Paragraph Para(ParagraphProperties props, Run run) => new(props, run);

    private static Run Run(string text, string font, int halfPoints, string? color = null)
    {
        var props = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font, Hint = FontTypeHintValues.EastAsia });
        if (color is not null)
        {
            props.Append(new Color { Val = color });
        }

        props.Append(new FontSize { Val = Tw(halfPoints) }, new FontSizeComplexScript { Val = Tw(halfPoints) });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
