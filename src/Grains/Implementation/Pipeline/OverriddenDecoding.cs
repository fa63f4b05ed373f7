using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// Decodes a thermal file with the capture's effective overrides and says in the notes what they did: FLIR maps are
/// recomputed from raw signal under them; radiometric TIFFs (already object temperatures) and DJI maps (counts, or the
/// DJI SDK's own conversion) do not use them, and the note says so rather than pretending.
/// </summary>
public static class OverriddenDecoding
{
    /// <summary>The format name of FLIR maps, the only ones recomputed from overrides.</summary>
    public const string FlirFormat = "flir-fff";

    public static ThermalImage Decode(PipelineStages stages, string thermalPath, ThermalOverrides? overrides, List<string> notes)
    {
        if (overrides is null || overrides.IsEmpty)
        {
            return stages.DecodeThermal(thermalPath);
        }

        var described = OverrideText.Describe(overrides);
        if (stages.DecodeThermalWithOverrides is not { } decode)
        {
            notes.Add($"{OverrideText.NotAppliedPrefix} this pipeline's decoder takes no overrides ({described} given)");
            return stages.DecodeThermal(thermalPath);
        }

        var image = decode(thermalPath, OverrideText.ToRadiometric(overrides));
        notes.Add(image.Format == FlirFormat
            ? $"overrides: {described}; the map was computed with them"
            : $"{OverrideText.NotAppliedPrefix} {image.Format} maps are not computed from measurement conditions, so the file's values stand{OverrideText.GivenMarker}{described})");
        return image;
    }
}
