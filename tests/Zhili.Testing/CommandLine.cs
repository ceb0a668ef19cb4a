using Zhili.Web.Cli;
using Zhili.Web.Hosting;

namespace Zhili.Testing;

/// <summary>Runs a command of the program as `dotnet Zhili.Web.dll ...` would, against a test database.</summary>
public static class CommandLine
{
    public static async Task<(int Exit, string Output)> RunAsync(DatabaseInstance database, params string[] args)
    {
        var invocation = Invocation.Parse([.. args, .. database.HostArgs]);
        await using var app = ZhiliApp.Build(invocation);
        using var output = new StringWriter();
        var exit = await CliCommands.RunAsync(app, invocation.Command, output);
        return (exit, output.ToString());
    }
}
