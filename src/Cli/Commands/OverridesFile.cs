using System.Text.Json;
using DroneInspect.Cli.Parsing;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Commands;

/// <summary>
/// `analyze --overrides FILE.json`: per-file measurement overrides, optionally a flight-wide set, e.g.
/// {"flight": {"humidity": 0.6}, "files": {"DJI_0001_T.JPG": {"emissivity": 0.8}}}. Keys are the option names without
/// dashes (emissivity, distance, reflected, ambient, humidity); file names are relative to the flight folder. Anything
/// else, or a value out of range, is a usage error naming where it is.
/// </summary>
public static class OverridesFile
{
    public static (ThermalOverrides? Flight, IReadOnlyDictionary<string, ThermalOverrides> Files) Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--overrides: cannot read '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            throw new UsageException($"--overrides: '{path}' is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException("--overrides: the file must hold one JSON object with \"files\" (and optionally \"flight\").");
            }

            ThermalOverrides? flight = null;
            var files = new Dictionary<string, ThermalOverrides>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "flight":
                        flight = Overrides(property.Value, "--overrides flight");
                        break;
                    case "files" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var file in property.Value.EnumerateObject())
                        {
                            files[file.Name.Replace('\\', '/')] = Overrides(file.Value, $"--overrides files[\"{file.Name}\"]");
                        }

                        break;
                    default:
                        throw new UsageException($"--overrides: unexpected \"{property.Name}\"; expected \"files\" (an object of file name to overrides) and optionally \"flight\".");
                }
            }

            return (flight, files);
        }
    }

    private static ThermalOverrides Overrides(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{where} must be an object such as {{\"emissivity\": 0.8}}.");
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!OverrideRanges.Names.Contains(property.Name))
            {
                throw new UsageException($"{where}: unknown override \"{property.Name}\"; known: {string.Join(", ", OverrideRanges.Names)}.");
            }

            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                throw new UsageException($"{where}.{property.Name} must be a number, got {property.Value.GetRawText()}.");
            }

            values[property.Name] = value;
        }

        double? Get(string name) => values.TryGetValue(name, out var v) ? v : null;
        var overrides = new ThermalOverrides(Get("emissivity"), Get("distance"), Get("reflected"), Get("ambient"), Get("humidity"));
        OverrideRanges.Check(overrides.Emissivity, overrides.ObjectDistanceMeters, overrides.ReflectedTemperatureCelsius,
            overrides.AtmosphericTemperatureCelsius, overrides.RelativeHumidity, name => $"{where}.{name}");
        return overrides;
    }
}
