using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Grains.Tests.Cases;

/// <summary>A <see cref="CaseCluster"/> in a scratch folder, shared by one test class; the clock starts 2026-12-01 08:00 UTC.</summary>
public sealed class CaseClusterFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("di-cases-").FullName;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    public CaseCluster Cases { get; private set; } = null!;

    public IClusterClient Client => Cases.Client;

    public string DatabasePath => Path.Combine(Folder, "inspect.db");

    public async Task InitializeAsync() => Cases = await CaseCluster.StartAsync(Folder, Time);

    public async Task DisposeAsync()
    {
        await Cases.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
