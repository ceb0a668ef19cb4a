using Zhili.Bench.Intake;

return await Cli.RunAsync(args);
