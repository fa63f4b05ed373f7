Console.Error.WriteLine("droneinspect: commands are being wired up.");
return 2;
