using System.Text;

namespace DroneInspect.Cli.Running;

/// <summary>Derives a flight id (grain key and output folder name) from a flight folder's name.</summary>
public static class FlightIds
{
    public static string FromFolder(string flightFolder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(flightFolder)));
        var id = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return id.Length == 0 || id.ToString().Trim('.').Length == 0 ? "flight" : id.ToString();
    }
}
