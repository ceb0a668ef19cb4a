using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhili.BuildingBlocks.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider, with its migrations in the provider's
    /// migrations assembly and its own history table (several contexts share one database).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TContext : DbContext
    {
        // Options are read when the first context is made, so test hosts and the CLI can set them late.
        services.TryAddSingleton(sp => ReadOptions(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // Every save passes the data-scope guard, then the audit trail (ARCHITECTURE rule 11), then the versions of the aggregates it
        // changes (rule 16), then the module's own, in this order.
        services.TryAddSingleton<ScopeGuardInterceptor>();
        services.TryAddSingleton<WriterGate>();
        services.AddBackgroundLoop<SqliteCheckpointer>();
        // Pooled: the options are built once and contexts are reused, which matters on the intake path. A module's
        // context takes nothing but its options; the data scope and the actor are ambient and read at each query and save.
        services.AddDbContextPool<TContext>((sp, o) => Configure(o, sp.GetRequiredService<DatabaseOptions>(), module)
            .AddInterceptors(sp.GetRequiredService<ScopeGuardInterceptor>())
            .AddInterceptors(sp.GetServices<IAuditingInterceptor>())
            .AddInterceptors(VersionInterceptor.Instance)
            .AddInterceptors(sp.GetServices<IModuleInterceptor<TContext>>()));
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Zhili:Database:Provider is Postgres but Zhili:Database:ConnectionString is empty.");
            }

            // The embedded default: data/zhili.db under the content root, created on first start.
            options.ConnectionString = $"Data Source={Path.Combine(contentRoot, "data", "zhili.db")}";
        }

        return options;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string module)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(options.ConnectionString!);
                // One statement per command: SQLite finds each named parameter by a linear search of the statement's
                // names, and Microsoft.Data.Sqlite binds every parameter of a command to each of its statements, so a
                // batch of n inserts costs n² name comparisons (a third of the intake's CPU at 256 appeals a batch).
                // In-process, batching saves no round trips, and SqlitePreparedCommands compiles each statement once per
                // open connection. A list parameter (the data scope's units) goes as one JSON parameter: expanded into one
                // parameter per element, EF's default, the SQL of every query that names a list is generated again at
                // every run (QueryCacheTests).
                builder.UseSqlite(options.ConnectionString, x => x
                    .MaxBatchSize(1)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                    .MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly)
                    .MigrationsHistoryTable($"__ef_migrations_{module}"));
                // A migration that rebuilds a table turns foreign keys off, which SQLite allows only outside a transaction;
                // EF warns of it at every fresh start. Those rebuilds are in the past; new ones are avoided (no new keys).
                builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
                builder.AddInterceptors(SqlitePreparedCommands.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(AutoPrepared(options.ConnectionString!), x => x
                    .MigrationsAssembly(DatabaseOptions.PostgresMigrationsAssembly)
                    .MigrationsHistoryTable("__ef_migrations", module));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        // Tables and columns in snake_case (ModelConventions keeps the SQLite prefix and the constraints' names).
        return builder.UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Npgsql's automatic preparation, unless the connection string sets its own: a statement run twice on a connection
    /// is prepared there, so the server parses the frequent reads (the intake's duplicate suggestions) once per
    /// connection and may keep one generic plan for them.
    /// </summary>
    private static string AutoPrepared(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
