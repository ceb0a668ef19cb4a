namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// The appeal's description as Open311 fills it: the requester's text, then the answers that have no field of their
/// own (the PERIOD attribute) and the media_url on lines of their own, so that the handling unit reads them all in one
/// place; GET answers split the media_url off again.
/// </summary>
public static class Open311Text
{
    /// <summary>GeoReport v2 limits a description to 4,000 characters, as does the appeal.</summary>
    public const int Limit = 4000;

    private const string PeriodLabel = "【发生时段】";
    private const string MediaLabel = "【附件】";

    public static string Compose(string text, IReadOnlyList<string> periods, string? mediaUrl)
    {
        var lines = new List<string> { text.Trim() };
        if (periods.Count > 0)
        {
            lines.Add(PeriodLabel + string.Join("、", periods));
        }

        if (mediaUrl is not null)
        {
            lines.Add(MediaLabel + mediaUrl);
        }

        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    /// <summary>The description without its media line, and the media_url from it (null when there is none).</summary>
    public static (string Description, string? MediaUrl) Split(string stored)
    {
        var at = stored.LastIndexOf('\n');
        var last = stored[(at + 1)..];
        return last.StartsWith(MediaLabel, StringComparison.Ordinal) && Uri.IsWellFormedUriString(last[MediaLabel.Length..], UriKind.Absolute)
            ? (at < 0 ? "" : stored[..at], last[MediaLabel.Length..])
            : (stored, null);
    }
}
