using DroneInspect.Viewer.Hosting;

namespace DroneInspect.Viewer.Flights;

/// <summary>The embedded default's <see cref="IFlightOwners"/>: the flight_owners table of <see cref="ViewerDatabase"/>.</summary>
public sealed class SqliteFlightOwners(ViewerDatabase database) : IFlightOwners
{
    public async Task SetOwnerAsync(string flightId, string userName, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO flight_owners (flight_id, owner) VALUES ($id, $owner) ON CONFLICT(flight_id) DO UPDATE SET owner = $owner";
        command.Parameters.AddWithValue("$id", flightId);
        command.Parameters.AddWithValue("$owner", userName);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> FindOwnerAsync(string flightId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT owner FROM flight_owners WHERE flight_id = $id";
        command.Parameters.AddWithValue("$id", flightId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
