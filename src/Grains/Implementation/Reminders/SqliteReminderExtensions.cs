using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Grains.Reminders;

public static class SqliteReminderExtensions
{
    /// <summary>Orleans reminders with their table in the SQLite file <paramref name="databasePath"/> (durable across restarts).</summary>
    public static ISiloBuilder UseSqliteReminders(this ISiloBuilder builder, string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        builder.AddReminders();
        builder.Services.AddSingleton<IReminderTable>(_ => new SqliteReminderTable(databasePath));
        return builder;
    }
}
