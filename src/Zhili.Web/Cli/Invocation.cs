namespace Zhili.Web.Cli;

/// <summary>
/// The command line split in three: Zhili's command words (<c>migrate</c>, <c>calendar check 2018-09-21 20</c>),
/// the <c>--demo</c> switch, and everything else, which goes to the host as configuration
/// (<c>--Zhili:Database:Provider Postgres</c>, <c>--urls http://127.0.0.1:5080</c>).
/// </summary>
public sealed record Invocation(IReadOnlyList<string> Command, bool Demo, string[] HostArgs)
{
    public static Invocation Parse(string[] args)
    {
        var command = new List<string>();
        var host = new List<string>();
        var demo = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--demo")
            {
                demo = true;
            }
            else if (arg.StartsWith('-') && !int.TryParse(arg, out _))
            {
                host.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith('-'))
                {
                    host.Add(args[++i]);
                }
            }
            else if (host.Count == 0)
            {
                command.Add(arg);
            }
            else
            {
                host.Add(arg);
            }
        }

        return new Invocation(command, demo, [.. host]);
    }
}
