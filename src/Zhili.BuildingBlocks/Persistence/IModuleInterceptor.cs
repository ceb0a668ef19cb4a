namespace Zhili.BuildingBlocks.Persistence;

/// <summary>An interceptor a module adds to its own context only (registered in DI, added when the context is registered).</summary>
public interface IModuleInterceptor<TContext> : IInterceptor
    where TContext : DbContext;
