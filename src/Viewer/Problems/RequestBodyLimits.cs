using Microsoft.AspNetCore.Http.Metadata;

namespace DroneInspect.Viewer.Problems;

/// <summary>
/// How large a request body may be. Every JSON or form body the API reads is a few hundred bytes, so the server-wide
/// limit is small (a client cannot make it buffer megabytes of JSON); only an upload chunk is larger, and its endpoint
/// says so with <see cref="RequestBodyLimit"/>. Over a limit the answer is 413 problem details.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Any request without its own limit: 1 MiB.</summary>
    public const long DefaultBytes = 1024 * 1024;

    /// <summary>One upload chunk: 32 MiB, four times what `droneinspect upload` and the upload page send (8 MiB).</summary>
    public const long UploadChunkBytes = 32L * 1024 * 1024;
}

/// <summary>Endpoint metadata that routing applies as the request's body limit (<see cref="IRequestSizeLimitMetadata"/>).</summary>
public sealed record RequestBodyLimit(long Bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => Bytes;
}
