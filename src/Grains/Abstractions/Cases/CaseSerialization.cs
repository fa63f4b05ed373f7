using System.Text.Json;
using System.Text.Json.Serialization;

namespace DroneInspect.Grains.Abstractions.Cases;

/// <summary>
/// How the case types of DroneInspect.Cases travel through grain calls: as the same System.Text.Json their stored history
/// is written in, wrapped in one Orleans surrogate (<see cref="CaseJson"/>, one converter per type in CaseJsonConverters.cs).
/// Chosen over [GenerateSerializer] copies of every event because the Cases library must stay free of Orleans, and a
/// second set of DTOs would have to be kept field for field in step with the records the lifecycle folds, while the
/// storage already fixes these records' JSON contract (discriminators included). Chosen over registering Orleans' JSON
/// codec for the namespace because converters here are found by Orleans' code generation: every silo and client that
/// references these contracts can call case grains without configuring anything.
/// </summary>
public static class CaseSerialization
{
    /// <summary>Web names, enums as their names: the wire and the stored JSON read alike.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The namespace prefix of the case library, whose exceptions silos let through to callers as themselves.</summary>
    public const string NamespacePrefix = "DroneInspect.Cases";
}

/// <summary>A DroneInspect.Cases value as JSON text on the wire.</summary>
[GenerateSerializer, Immutable]
public readonly record struct CaseJson([property: Id(0)] string Text);

/// <summary>Converts a DroneInspect.Cases type to and from <see cref="CaseJson"/>; one sealed subclass per type registers it.</summary>
public abstract class CaseJsonConverter<T> : IConverter<T, CaseJson>
{
    public T ConvertFromSurrogate(in CaseJson surrogate) =>
        JsonSerializer.Deserialize<T>(surrogate.Text, CaseSerialization.Json)
        ?? throw new InvalidDataException($"A {typeof(T).Name} arrived as JSON null.");

    public CaseJson ConvertToSurrogate(in T value) => new(JsonSerializer.Serialize(value, CaseSerialization.Json));
}
