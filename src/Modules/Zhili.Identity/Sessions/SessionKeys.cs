using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Hosting;

namespace Zhili.Identity.Sessions;

public static class SessionKeys
{
    /// <summary>
    /// The keys that protect cookies and antiforgery tokens live in the database, so every app node reads every other
    /// node's cookies; each is encrypted at rest with the key file (<see cref="KeyEncryptionKeys"/>).
    /// </summary>
    public static IServiceCollection AddSessionKeys(this IServiceCollection services)
    {
        services.AddSingleton(sp => KeyEncryptionKeys.Load(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<DatabaseOptions>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<KeyEncryptionKeys>()));
        services.AddHostedService<KeyEncryptionCheck>();
        services.AddDataProtection().SetApplicationName("Zhili").PersistKeysToDbContext<IdentityDbContext>();
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) => o.XmlEncryptor = new KeyFileXmlEncryptor(sp));
        return services;
    }
}

/// <summary>Loads the key files before anything else starts, so that a real deployment without one refuses to start.</summary>
internal sealed class KeyEncryptionCheck(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<KeyEncryptionKeys>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
