using DroneInspect.Train;

return Cli.Run(args, Console.Out);
