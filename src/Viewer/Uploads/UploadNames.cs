namespace DroneInspect.Viewer.Uploads;

/// <summary>Checks a file's path in the flight and flight ids: nothing may lead outside the flight folder.</summary>
public static class UploadNames
{
    public const int MaxNameLength = 400;

    /// <summary>The name with '/' separators, or null with the reason it is refused.</summary>
    public static string? Normalize(string? name, out string? refusal)
    {
        refusal = null;
        var normalized = name?.Replace('\\', '/') ?? "";
        if (normalized.Length == 0 || normalized.Length > MaxNameLength || normalized.Any(char.IsControl))
        {
            refusal = $"a file name must have 1 to {MaxNameLength} characters and no control characters";
        }
        else if (normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':'))
        {
            refusal = $"'{normalized}' is an absolute path; names are relative to the flight folder";
        }
        else if (normalized.Split('/').Any(s => s is "" or "." or ".."))
        {
            refusal = $"'{normalized}' has an empty, '.' or '..' segment";
        }
        else if (normalized.Split('/').Any(s => s.StartsWith('.')))
        {
            refusal = $"'{normalized}' is hidden (a segment starts with '.')";
        }

        return refusal is null ? normalized : null;
    }

    /// <summary>True for 1 to 100 letters, digits, '-', '_' and '.', starting with a letter or digit.</summary>
    public static bool IsFlightId(string? id) =>
        id is { Length: > 0 and <= 100 } && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public static bool IsZip(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
