namespace Zhili.Roads.Pages.Roads.Patrols;

/// <summary>The patrol form (R-PATROL): the segment picked by name, the time in Beijing time, findings and a camera photo.</summary>
public sealed class PatrolForm : IForm<PatrolRequest>
{
    public string? Segment { get; set; }

    public ChiefLevel? Level { get; set; }

    /// <summary>Beijing time as the phone's date-time field gives it; empty is now.</summary>
    public DateTime? At { get; set; }

    public string? Findings { get; set; }

    public IFormFile? Photo { get; set; }

    public PatrolRequest ToCommand() => new(Segment, Beijing(At), Findings, PhotoBytes(), Level);

    private static DateTimeOffset? Beijing(DateTime? at) =>
        at is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), Zhili.Kernel.Civil.ShanghaiOffset) : null;

    /// <summary>The upload's bytes (already buffered by the form reader); an oversize file is not read, only refused.</summary>
    private byte[]? PhotoBytes()
    {
        if (Photo is not { Length: > 0 } file)
        {
            return null;
        }

        if (file.Length > PatrolRules.PhotoBytes)
        {
            return new byte[PatrolRules.PhotoBytes + 1];
        }

        using var stream = new MemoryStream((int)file.Length);
        file.CopyTo(stream);
        return stream.ToArray();
    }
}
