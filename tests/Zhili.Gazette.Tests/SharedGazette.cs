namespace Zhili.Gazette.Tests;

/// <summary>The July 2018 gazette, read at test time from the shared folder beside the repository (never copied in).</summary>
public static class SharedGazette
{
    public const string FileName = "zhengzhou-gazette-2018-07.txt";

    public static string Path { get; } = Find();

    public static string Text => File.ReadAllText(Path);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "gazette", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/gazette/{FileName} not found above {AppContext.BaseDirectory}");
    }
}
