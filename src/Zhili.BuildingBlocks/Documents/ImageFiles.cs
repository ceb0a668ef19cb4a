namespace Zhili.BuildingBlocks.Documents;

/// <summary>An uploaded image is judged by its content, never by its name or the client's word.</summary>
public static class ImageFiles
{
    /// <summary>The media type from the file's first bytes: JPEG, PNG or WebP, otherwise null.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> b) =>
        b is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg"
        : b is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] ? "image/png"
        : b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
