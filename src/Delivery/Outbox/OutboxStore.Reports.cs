namespace DroneInspect.Delivery.Outbox;

/// <summary>Delivery reports and replies that arrive after a message was sent.</summary>
public sealed partial class OutboxStore
{
    /// <summary>Keeps <paramref name="report"/> on the message under <paramref name="idempotencyKey"/>; null (nothing kept) when the key is unknown.</summary>
    public async Task<OutboxMessage?> RecordReportAsync(string idempotencyKey, DeliveryReport report, CancellationToken cancellationToken = default)
    {
        if (report.Status is not (DeliveryStatus.Delivered or DeliveryStatus.Failed or DeliveryStatus.Replied))
        {
            throw new ArgumentException($"A report is Delivered, Failed or Replied, not {report.Status}.", nameof(report));
        }
        if (await FindAsync(idempotencyKey, cancellationToken) is not { } message) return null;
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO reports (message_id, status, detail, at_ms) VALUES ($id, $status, $detail, $at);";
        command.Parameters.AddWithValue("$id", message.Id);
        command.Parameters.AddWithValue("$status", OutboxRows.Text(report.Status));
        command.Parameters.AddWithValue("$detail", (object?)report.Detail ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", OutboxRows.Ms(report.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return message;
    }

    /// <summary>The reports on a message, in the order they were recorded.</summary>
    public async Task<IReadOnlyList<DeliveryReport>> ReportsAsync(long messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, detail, at_ms FROM reports WHERE message_id = $id ORDER BY id;";
        command.Parameters.AddWithValue("$id", messageId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reports = new List<DeliveryReport>();
        while (await reader.ReadAsync(cancellationToken)) reports.Add(OutboxRows.Report(reader));
        return reports;
    }
}
