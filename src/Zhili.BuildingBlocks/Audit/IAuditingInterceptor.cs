namespace Zhili.BuildingBlocks.Audit;

/// <summary>The save-changes interceptor that writes audit records; registered once by the host, added to every module's context.</summary>
public interface IAuditingInterceptor : ISaveChangesInterceptor;
