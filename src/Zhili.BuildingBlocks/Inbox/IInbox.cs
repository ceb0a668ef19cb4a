namespace Zhili.BuildingBlocks.Inbox;

/// <summary>
/// The notification inbox every module posts to: deadline warnings, supervision notices, decisions awaiting a person.
/// A message goes to one user, or to everyone of a unit.
/// </summary>
public interface IInbox
{
    Task PostAsync(InboxMessage message, CancellationToken cancellationToken);
}

/// <param name="UnitCode">The unit the message belongs to (and, without a user, is addressed to).</param>
/// <param name="UserName">One person, or null for everyone of the unit.</param>
/// <param name="Kind">What sort of notice: <c>deadline</c>, <c>supervision</c>, <c>decision</c>, <c>system</c>.</param>
/// <param name="Link">Where the record is, e.g. <c>/hotline/appeals/123</c>.</param>
/// <param name="Rule">The RULES.md id behind the notice, if any.</param>
public sealed record InboxMessage(string UnitCode, string? UserName, string Kind, string Title, string? Body, string? Link, string? Rule = null);
