using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;

namespace DroneInspect.Grains.Storage;

public static class SqliteGrainStorageExtensions
{
    /// <summary>Registers <see cref="SqliteGrainStorage"/> as the grain storage named <paramref name="name"/>.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Services.AddOptions<SqliteGrainStorageOptions>(name).Configure(configure);
        builder.Services.AddGrainStorage(name, (services, storageName) =>
            new SqliteGrainStorage(storageName, services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(storageName)));
        return builder;
    }
}
