using Zhili.Web.Cli;
using Zhili.Web.Hosting;

// One program: serves Zhili, or runs a command against the same configuration and database (see Cli/).
var invocation = Invocation.Parse(args);
var app = ZhiliApp.Build(invocation);
if (invocation.Command.Count > 0)
{
    return await CliCommands.RunAsync(app, invocation.Command, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the app.</summary>
public partial class Program;
