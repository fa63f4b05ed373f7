using DroneInspect.Grains.Abstractions;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Uploads;

/// <summary>
/// Closing: the stored files appear in <c>flights/{flight id}</c> as hard links into the store (copies where links
/// cannot be made), and the flight starts through its grain with the server's asset network, as `analyze` starts one.
/// Hard links keep the pipeline's one code path (it reads a folder) without a second copy of the bytes.
/// </summary>
public sealed partial class UploadService
{
    private const int NamesShown = 10;

    /// <summary>
    /// Closes the upload and starts its flight. Refused while declared files still miss bytes (409), when the server
    /// has no asset network (409) or nothing was stored (422). Closing again answers the flight's state again.
    /// </summary>
    public async Task<UploadOutcome<CloseUploadResponse>> CloseAsync(string uploadId, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(uploadId, out var session))
        {
            return UploadProblem.NotFound($"no upload {uploadId}");
        }

        return await WithLockAsync<UploadOutcome<CloseUploadResponse>>(session, async () =>
        {
            var incomplete = session.Files.Where(f => f.State is UploadFileState.Missing or UploadFileState.Partial).Select(f => f.Name).ToList();
            if (incomplete.Count > 0)
            {
                return UploadProblem.Conflict(
                    $"{incomplete.Count} declared file(s) still miss bytes: {string.Join(", ", incomplete.Take(NamesShown))}{(incomplete.Count > NamesShown ? ", ..." : "")}");
            }

            if (_options.AssetNetworkPath is not { } assets)
            {
                return UploadProblem.Conflict("this server has no asset network to place findings on; start it with --assets FILE");
            }

            var stored = session.Files.Where(f => f.State == UploadFileState.Stored).ToList();
            if (stored.Count == 0)
            {
                return UploadProblem.Unprocessable("no file of this upload was stored, so there is no flight to start");
            }

            var folder = _folders.FlightFolder(session.FlightId);
            foreach (var file in stored)
            {
                _store.Materialize(file.Sha256, Path.Combine(folder, file.Name));
            }

            var output = _folders.OutputFolder(session.FlightId);
            Directory.CreateDirectory(output);
            var request = new FlightRequest(folder, assets, _options.CustomersPath, output);
            FlightStatus status;
            try
            {
                status = await _grains.GetGrain<IFlightGrain>(session.FlightId).Start(request).WaitAsync(cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                return UploadProblem.Conflict(e.Message);
            }

            session.Closed = true;
            _folders.RecordClosed(session.UploadId);
            _progress.FlightStarted(session, status);
            _logger.LogInformation("Upload {UploadId} closed: flight {FlightId} started with {Count} file(s)", uploadId, session.FlightId, stored.Count);
            return new CloseUploadResponse(uploadId, session.FlightId, status, Snapshot(session).Files);
        }, cancellationToken);
    }
}
