using Microsoft.Extensions.Options;

namespace Zhili.Roads.Pages.Roads;

/// <summary>
/// R-BOARD: a segment's 道路管理责任公示牌 — its chiefs' names and posts (public by the rule), duties, work content and office
/// lines — with a QR code of this page's own address, printable on one A4 page. An unknown or retired segment is 404.
/// </summary>
[PublicEndpoint]
public sealed class BoardModel(BoardQueries boards, IOptions<RoadsOptions> options) : PageModel
{
    public BoardDto Board { get; private set; } = null!;

    public string QrSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string segmentCode, CancellationToken ct)
    {
        var code = RoadCodes.Normalize(segmentCode);
        if (!RoadCodes.IsValid(code) || await boards.FindAsync(code, BoardQr.Url(Request, options.Value.PublicBaseUrl, code), ct) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        QrSvg = BoardQr.Svg(board.Url);
        return Page();
    }
}
