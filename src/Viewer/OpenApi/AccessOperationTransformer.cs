using System.Text.Json.Nodes;
using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DroneInspect.Viewer.OpenApi;

/// <summary>
/// Writes each operation's access as <c>x-droneinspect-access</c>: <c>{"policy": "...", "roles": [...]}</c> (roles
/// empty for "signed-in" and "anonymous"); an operation without declared access gets <c>{"policy": "undeclared"}</c>,
/// which the OpenAPI walk test refuses.
/// </summary>
public sealed class AccessOperationTransformer : IOpenApiOperationTransformer
{
    public const string ExtensionName = "x-droneinspect-access";

    public const string Undeclared = "undeclared";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var access = context.Description.ActionDescriptor.EndpointMetadata.OfType<ViewerAccessMetadata>().LastOrDefault();
        var node = new JsonObject
        {
            ["policy"] = access?.Policy ?? Undeclared,
            ["roles"] = new JsonArray((access?.Roles ?? []).Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        };
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[ExtensionName] = new JsonNodeExtension(node);
        return Task.CompletedTask;
    }
}
