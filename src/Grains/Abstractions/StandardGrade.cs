using System.Text.Json.Serialization;

namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// A grade on one standard's scale (NETA over-ambient, NETA similar-component, DL/T 664, the visual defect scale): the
/// level, the rule row that gave it and its citation, and where the level stands on that scale as the rules file (or
/// the visual defect table) lists its levels. Levels of different standards are never compared by name: within a
/// standard by <see cref="Rank"/>, across standards by <see cref="Severity"/>.
/// </summary>
/// <param name="Standard">The scale's name, e.g. "NETA-MTS-100.18-ambient", "DL/T 664-2016", "visual-defects".</param>
/// <param name="RuleId">The rules file's row (or "visual:{class}"); null when no row applied.</param>
/// <param name="Rank">The level's index on the scale, 0 = least severe; -1 when the scale does not list it.</param>
/// <param name="LevelCount">How many levels the scale has (0 when unknown).</param>
[GenerateSerializer, Immutable]
public sealed record class StandardGrade(
    [property: Id(0)] string Standard,
    [property: Id(1)] string Level,
    [property: Id(2)] string? RuleId,
    [property: Id(3)] string? Citation,
    [property: Id(4)] int Rank,
    [property: Id(5)] int LevelCount)
{
    /// <summary>
    /// The level's place on its scale from 0 (the scale's first level: no defect) to 1 (its most severe), i.e.
    /// <see cref="Rank"/> / (<see cref="LevelCount"/> - 1): how thermal and visual findings and different standards sort
    /// against each other. Null when the scale does not rank the level (e.g. "relative-only" on a counts map).
    /// </summary>
    [JsonIgnore]
    public double? Severity => Rank >= 0 && LevelCount > 1 ? Rank / (double)(LevelCount - 1) : null;

    /// <summary>"monitor (NETA-MTS-100.18-ambient)": a level is never shown without its standard.</summary>
    public string Describe() => Standard == Level ? Level : $"{Level} ({Standard})";
}
