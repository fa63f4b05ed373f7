using DroneInspect.Cli.Commands;

return await CommandLineApp.RunAsync(args, CliContext.ForConsole(), CommandRegistry.All);
