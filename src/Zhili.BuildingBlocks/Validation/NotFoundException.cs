namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// The record a request names does not exist, or not in the caller's data scope (the two are told apart to nobody):
/// answered 404 by the one error mapping (<see cref="ErrorAnswer"/>), with <see cref="Exception.Message"/> as the detail.
/// </summary>
public sealed class NotFoundException(string what) : Exception(what);

public static class Found
{
    /// <summary>The record the lookup found, or a 404 naming <paramref name="what"/>: the "load or 404" of every command endpoint.</summary>
    public static async Task<T> OrNotFound<T>(this Task<T?> lookup, string what)
        where T : class => await lookup ?? throw new NotFoundException(what);
}
