namespace Zhili.BuildingBlocks.Security;

/// <summary>Authorization policy and role names shared by every module.</summary>
public static class Policies
{
    /// <summary>Administrators: directory, calendar arrangements, users.</summary>
    public const string Administrator = "zhili.admin";

    public const string AdministratorRole = "admin";

    /// <summary>Auditors (and administrators): the audit trail, its search and its verification.</summary>
    public const string Auditor = "zhili.auditor";

    public const string AuditorRole = "auditor";
}
