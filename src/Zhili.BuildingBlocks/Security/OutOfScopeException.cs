namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// A command touched a record outside the caller's data scope. Answered as 404, like a record that does not exist,
/// so that nobody learns that it does.
/// </summary>
public sealed class OutOfScopeException(string message) : Exception(message);

/// <summary>A read-only role (the auditor) tried to change something. Answered as 403.</summary>
public sealed class ReadOnlyScopeException(string message) : Exception(message);

