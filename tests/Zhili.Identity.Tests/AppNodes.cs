namespace Zhili.Identity.Tests;

/// <summary>Several app nodes on one database, as behind a load balancer.</summary>
public static class AppNodes
{
    /// <summary>Starts another node on <paramref name="database"/> (migrated already by the first); the caller disposes it.</summary>
    public static ZhiliFactory Start(DatabaseInstance database, Action<ZhiliFactory> configure)
    {
        var node = new ZhiliFactory(database);
        configure(node);
        node.StartServer();
        return node;
    }
}
