using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace DroneInspect.Grains.Abstractions.Cases;

/// <summary>
/// How the case types of DroneInspect.Cases travel through grain calls: as System.Text.Json, the same JSON their stored
/// history is written in. Chosen over [GenerateSerializer] copies in this project because the Cases library must stay
/// free of Orleans, and a second set of DTOs for the same events would have to be kept field for field in step with the
/// records the lifecycle folds (and the storage already needs these records' JSON contract, discriminators included).
/// The cost: every silo and client that calls case grains registers this (<see cref="AddCaseJson"/>); the silo does so
/// in AddDroneInspectGrains.
/// </summary>
public static class CaseSerialization
{
    /// <summary>Web names, enums as their names: the wire and the stored JSON read alike.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// True for the types of the plain DroneInspect.Cases library and its sub-namespaces, except exceptions: those keep
    /// Orleans' exception codec (JSON cannot write a stack trace's reflection types).
    /// </summary>
    public static bool IsCaseType(Type type) =>
        type.Namespace is { } name
        && (name == "DroneInspect.Cases" || name.StartsWith("DroneInspect.Cases.", StringComparison.Ordinal))
        && !typeof(Exception).IsAssignableFrom(type);

    /// <summary>
    /// Serializes and copies DroneInspect.Cases types with System.Text.Json, and lets their exceptions (a refused step's
    /// <see cref="DroneInspect.Cases.Lifecycle.CaseTransitionException"/>) reach the caller as themselves, with message and data.
    /// </summary>
    public static ISerializerBuilder AddCaseJson(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("DroneInspect.Cases"));
        return builder.AddJsonSerializer(IsCaseType, Json);
    }
}
