using Zhili.BuildingBlocks.Documents;

namespace Zhili.Roads.Features.StreetProblems;

/// <summary>A problem's photo is judged by its content, not by its name or declared type: JPEG, PNG or WebP, at most 5 MB.</summary>
public static class Photos
{
    public const string Refusal = "照片应为 JPEG、PNG 或 WebP 图片，不超过 5 MB";

    /// <summary>The image's media type from its first bytes, or null when it is not an accepted image or too large.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> data) =>
        data.Length is 0 or > ProblemLimits.PhotoBytes ? null : ImageFiles.TypeOf(data);
}
