namespace Zhili.BuildingBlocks.Security;

/// <summary>Who is acting now, for the audit trail: a person, a partner system, the CLI or a scheduled job.</summary>
public interface ICurrentActor
{
    /// <summary>The user name, <c>partner:&lt;key name&gt;</c>, <c>anonymous</c>, or <c>system</c> outside a request.</summary>
    string Name { get; }

    /// <summary>The unit the person acts for (K-UNITS code), if any.</summary>
    string? UnitCode { get; }

    /// <summary>The request's id (also in logs and problem details), if any.</summary>
    string? RequestId { get; }
}
