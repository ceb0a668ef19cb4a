namespace Zhili.Roads.Pages.Roads.Problems;

/// <summary>A photo posted from a phone's camera, read for the command; the validator judges its content and size.</summary>
public static class PhotoUpload
{
    public static byte[]? Read(IFormFile? file)
    {
        if (file is not { Length: > 0 })
        {
            return null;
        }

        // Larger than allowed: only its size is passed on, as bytes the check refuses, so that nothing big is read.
        if (file.Length > ProblemLimits.PhotoBytes)
        {
            return new byte[ProblemLimits.PhotoBytes + 1];
        }

        using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>The report form (R-3BAO).</summary>
public sealed class ReportForm : IForm<ReportRequest>
{
    public string? SegmentCode { get; set; }

    public string? CategoryCode { get; set; }

    public string? Description { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public IFormFile? Photo { get; set; }

    public ReportRequest ToCommand() => new(SegmentCode, CategoryCode, Description, Latitude, Longitude, PhotoUpload.Read(Photo));
}

/// <summary>The handling form (R-LOOP 处理).</summary>
public sealed class HandleForm : IForm<HandleRequest>
{
    public int? Version { get; set; }

    public string? Note { get; set; }

    public IFormFile? Photo { get; set; }

    public HandleRequest ToCommand() => new(Version, Note, PhotoUpload.Read(Photo));
}
