using Zhili.Identity.Sessions;

namespace Zhili.Identity.Tests.Sessions;

/// <summary>Demo accounts, with the data-protection keys encrypted under a key file the test made and configured.</summary>
public sealed class SessionKeyFixture : AppFixture
{
    private readonly string folder = Directory.CreateTempSubdirectory("zhili-keys-").FullName;

    public SessionKeyFixture()
    {
        KeyFilePath = NewKeyFile("shared.key");
    }

    public string KeyFilePath { get; }

    /// <summary>A fresh key file in the fixture's folder.</summary>
    public string NewKeyFile(string name)
    {
        var path = Path.Combine(folder, name);
        KeyFile.CreateIfMissing(path).ShouldBeTrue();
        return path;
    }

    /// <summary>The settings of this fixture's app, for another node with <paramref name="keyFile"/>.</summary>
    public static void Apply(ZhiliFactory factory, string keyFile)
    {
        factory.Settings["Zhili:Demo"] = "true";
        factory.Settings[KeyEncryptionKeys.KeyFileSetting] = keyFile;
    }

    protected override void Configure(ZhiliFactory factory) => Apply(factory, KeyFilePath);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
