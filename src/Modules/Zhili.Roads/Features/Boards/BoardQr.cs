using QRCoder;

namespace Zhili.Roads.Features.Boards;

/// <summary>R-BOARD: the board's QR code, an inline SVG that scales with its box (no style attribute: the site's CSP allows none).</summary>
public static class BoardQr
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>The board's absolute address: the configured public address, or the one the reader used.</summary>
    public static string Url(HttpRequest request, string publicBaseUrl, string code)
    {
        var root = publicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{root}/roads/{Uri.EscapeDataString(code)}";
    }
}
