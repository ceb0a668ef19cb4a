using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Zhili.Web.Hosting;

/// <summary>
/// One schema name per type: a type whose name another module also uses (two <c>NoticeRequest</c>s, two
/// <c>ListingRequest</c>s) is named with its module in front (<c>HotlineNoticeRequest</c>, <c>WageArrearsNoticeRequest</c>),
/// so that each operation shows its own body; every other name is the generator's own.
/// </summary>
public static class OpenApiSchemaNames
{
    // Every module's assembly (the kernel's and the building blocks' among them) and the host's.
    private static readonly Lazy<Assembly[]> Ours = new(() =>
        ModuleRegistry.All.Select(m => m.GetType().Assembly).Append(typeof(Program).Assembly).Distinct().ToArray());

    private static readonly Lazy<HashSet<string>> Shared = new(() => Ours.Value
        .SelectMany(a => a.GetExportedTypes().Select(t => (t.Name, Assembly: a)))
        .GroupBy(t => t.Name, StringComparer.Ordinal)
        .Where(g => g.Select(t => t.Assembly).Distinct().Count() > 1)
        .Select(g => g.Key).ToHashSet(StringComparer.Ordinal));

    public static string? Of(JsonTypeInfo type)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return id is not null && Module(type.Type) is { } module ? module + id : id;
    }

    /// <summary>The module of a type (or of a type argument) whose name is not unique across modules; null otherwise.</summary>
    private static string? Module(Type type)
    {
        var shared = type.GetGenericArguments().Select(Module).FirstOrDefault(m => m is not null);
        if (shared is not null || !Shared.Value.Contains(type.Name) || !Ours.Value.Contains(type.Assembly))
        {
            return shared;
        }

        return type.Assembly.GetName().Name!.Replace("Zhili.", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
    }
}
