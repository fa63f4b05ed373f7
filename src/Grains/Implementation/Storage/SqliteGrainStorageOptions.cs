namespace DroneInspect.Grains.Storage;

/// <summary>Where the embedded grain-state database lives.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>The SQLite file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "grains.db");
}
