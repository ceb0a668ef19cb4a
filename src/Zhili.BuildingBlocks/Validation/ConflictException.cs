namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// The record changed since the reader saw it, or another user did the same thing at the same moment (ARCHITECTURE
/// rule 16): answered 409 with the message (<see cref="ConflictProblem"/>), and nothing changes.
/// </summary>
public sealed class ConflictException(string? message = null, string? rule = null) : Exception(message ?? ConflictProblem.Stale)
{
    public string? Rule { get; } = rule;
}
