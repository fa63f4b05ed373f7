using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Storage;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace DroneInspect.Grains.Tests.Storage;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("di-sqlite-").FullName;
    private readonly SqliteGrainStorage _storage;
    private readonly GrainId _grainId = GrainId.Create("flight", "F-1");

    public SqliteGrainStorageTests()
    {
        _storage = new SqliteGrainStorage("inspect", new SqliteGrainStorageOptions { DatabasePath = DatabasePath });
    }

    private string DatabasePath => Path.Combine(_folder, "nested", "state.db");

    [Fact]
    public async Task WrittenStateReadsBackEqualInAFreshStorage()
    {
        var written = new GrainState<FlightGrainState>(SampleState());
        await _storage.WriteStateAsync("flight", _grainId, written);

        var fresh = new SqliteGrainStorage("inspect", new SqliteGrainStorageOptions { DatabasePath = DatabasePath });
        var read = new GrainState<FlightGrainState>(new FlightGrainState());
        await fresh.ReadStateAsync("flight", _grainId, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(FlightState.Running, read.State!.State);
        Assert.Equal(written.State!.Request, read.State.Request);
        var capture = Assert.Single(read.State.Captures);
        Assert.Equal(CaptureStage.Parked, capture.Stage);
        Assert.Equal("decode thermal: not radiometric", capture.FailureReason);
        Assert.Equal(["a.JPG: unreadable"], read.State.Problems);
    }

    [Fact]
    public async Task MissingRowLeavesStateAndReportsNoRecord()
    {
        var state = new GrainState<FlightGrainState>(new FlightGrainState());
        await _storage.ReadStateAsync("flight", GrainId.Create("flight", "never"), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(FlightState.NotStarted, state.State!.State);
    }

    [Fact]
    public async Task WriteWithStaleEtagThrowsInconsistentState()
    {
        var first = new GrainState<FlightGrainState>(SampleState());
        await _storage.WriteStateAsync("flight", _grainId, first);
        var stale = new GrainState<FlightGrainState>(SampleState(), first.ETag);
        await _storage.WriteStateAsync("flight", _grainId, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("flight", _grainId, stale));
    }

    [Fact]
    public async Task InsertOverAnExistingRowThrowsInconsistentState()
    {
        await _storage.WriteStateAsync("flight", _grainId, new GrainState<FlightGrainState>(SampleState()));

        var second = new GrainState<FlightGrainState>(SampleState());
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("flight", _grainId, second));
    }

    [Fact]
    public async Task ClearRemovesTheRowAndAStaleClearIsRefused()
    {
        var state = new GrainState<FlightGrainState>(SampleState());
        await _storage.WriteStateAsync("flight", _grainId, state);
        var stale = new GrainState<FlightGrainState>(SampleState(), "not-the-etag");
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync("flight", _grainId, stale));

        await _storage.ClearStateAsync("flight", _grainId, state);
        var read = new GrainState<FlightGrainState>(new FlightGrainState());
        await _storage.ReadStateAsync("flight", _grainId, read);

        Assert.Null(state.ETag);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task PayloadIsPlainJsonWithoutTypeNames()
    {
        await _storage.WriteStateAsync("flight", _grainId, new GrainState<FlightGrainState>(SampleState()));

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_type, grain_id, payload FROM grain_state";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var payload = reader.GetString(2);

        Assert.Equal("flight", reader.GetString(0));
        Assert.Equal("F-1", reader.GetString(1));
        Assert.DoesNotContain("$type", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("DroneInspect", payload, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"Running\"", payload, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static FlightGrainState SampleState() => new FlightGrainState() with
    {
        Request = new FlightRequest("/flights/a", "/assets.geojson", null, "/out"),
        State = FlightState.Running,
        Inventoried = true,
        Captures = [new CaptureRecord("DJI_0001", null, "/flights/a/DJI_0001_T.JPG", CaptureStage.Parked, 2, "decode thermal: not radiometric", [], [])],
        Problems = ["a.JPG: unreadable"],
    };
}
