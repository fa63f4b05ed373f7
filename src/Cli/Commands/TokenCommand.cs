using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Remote;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `token create --server URL --user NAME [--label TEXT]`: signs in to a viewer and prints a new API token for that
/// user, once. The password is read from DRONEINSPECT_PASSWORD or else the first line of standard input, never from
/// the command line (where other users of the machine could see it in the process list).
/// </summary>
public sealed class TokenCommand(Func<string?> readPassword) : ICliCommand
{
    public const string PasswordVariable = "DRONEINSPECT_PASSWORD";

    private const string Action = "create";

    private static readonly OptionSpec Server = new("--server", "URL", "The viewer, e.g. http://127.0.0.1:5080.", Required: true);
    private static readonly OptionSpec User = new("--user", "NAME", "The user to sign in as; the token acts as this user.", Required: true);
    private static readonly OptionSpec Label = new("--label", "TEXT", "What the token is for (default: droneinspect CLI on this machine).");

    public TokenCommand()
        : this(() => Environment.GetEnvironmentVariable(PasswordVariable) ?? Console.In.ReadLine())
    {
    }

    public string Name => "token";

    public string Summary => "Sign in to a viewer and print a new API token (password from DRONEINSPECT_PASSWORD or standard input).";

    public CommandSyntax Syntax { get; } = new([Action], [Server, User, Label]);

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context)
    {
        if (arguments.Positionals[0] != Action)
        {
            throw new UsageException($"unknown token action '{arguments.Positionals[0]}'; the one action is '{Action}'.");
        }

        var serverText = arguments.GetRequiredString(Server.Name);
        if (!Uri.TryCreate(serverText, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"{Server.Name} expects an http or https URL, got '{serverText}'.");
        }

        var password = readPassword();
        if (string.IsNullOrEmpty(password))
        {
            context.Error.WriteLine($"droneinspect: no password: set {PasswordVariable} or give it on standard input.");
            return 1;
        }

        var label = arguments.GetString(Label.Name) ?? $"droneinspect CLI on {Environment.MachineName}";
        using var client = new ViewerTokenClient(server);
        try
        {
            var token = await client.CreateTokenAsync(arguments.GetRequiredString(User.Name), password, label, CancellationToken.None);
            context.Out.WriteLine(token.Token);
            context.Error.WriteLine($"Token '{token.Label}' (id {token.Id}) is shown once; send it as 'Authorization: Bearer <token>'.");
            return 0;
        }
        catch (Exception e) when (e is ViewerRequestException or HttpRequestException or TaskCanceledException)
        {
            context.Error.WriteLine($"droneinspect: could not get a token from {server}: {e.Message}");
            return 1;
        }
    }
}
