namespace DroneInspect.Cli.Commands;

/// <summary>Every subcommand, in the order the usage text lists them. A new command is a new file and one line here.</summary>
public static class CommandRegistry
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new DemoCommand(),
        new GenerateSampleCommand(),
        new ServeCommand(),
        new TokenCommand(),
        new AnalyzeCommand(),
        new UploadCommand(),
        new ThermalCommand(),
        new HotspotsCommand(),
        new GalleryCommand(),
        new DetectCommand(),
        new MetadataCommand(),
        new LocateCommand(),
    ];

    public static ICliCommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
