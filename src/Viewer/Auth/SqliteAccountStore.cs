using DroneInspect.Viewer.Hosting;
using Microsoft.Data.Sqlite;

namespace DroneInspect.Viewer.Auth;

/// <summary>The embedded default's <see cref="IAccountStore"/>: tables in <see cref="ViewerDatabase"/>. Times as UTC ticks.</summary>
public sealed class SqliteAccountStore(ViewerDatabase database) : IAccountStore
{
    private const string UserColumns = "name, password_hash, roles, failed_sign_ins, locked_until_ticks";
    private const string TokenColumns = "id, user_name, label, token_hash, created_ticks, revoked_ticks";

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return Convert.ToInt64(await Command(connection, "SELECT COUNT(*) FROM users").ExecuteScalarAsync(cancellationToken)) > 0;
    }

    public async Task<Account?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var accounts = await ReadAccounts(Command(connection, $"SELECT {UserColumns} FROM users WHERE name = $name", ("$name", userName)), cancellationToken);
        return accounts.SingleOrDefault();
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await ReadAccounts(Command(connection, $"SELECT {UserColumns} FROM users ORDER BY name"), cancellationToken);
    }

    public async Task<bool> TryCreateAsync(Account account, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = Command(connection,
            "INSERT INTO users (name, password_hash, roles) VALUES ($name, $hash, $roles) ON CONFLICT(name) DO NOTHING",
            ("$name", account.UserName), ("$hash", account.PasswordHash), ("$roles", string.Join(',', account.Roles)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> SetRolesAsync(string userName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = Command(connection, "UPDATE users SET roles = $roles WHERE name = $name",
            ("$name", userName), ("$roles", string.Join(',', roles)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = Command(connection,
            "UPDATE users SET password_hash = $hash, failed_sign_ins = 0, locked_until_ticks = NULL WHERE name = $name",
            ("$name", userName), ("$hash", passwordHash));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task SetSignInStateAsync(string userName, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = Command(connection, "UPDATE users SET failed_sign_ins = $failed, locked_until_ticks = $locked WHERE name = $name",
            ("$name", userName), ("$failed", failedSignIns), ("$locked", lockedUntil?.UtcTicks));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AddTokenAsync(ApiTokenRecord token, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = Command(connection,
            $"INSERT INTO api_tokens ({TokenColumns}) VALUES ($id, $user, $label, $hash, $created, NULL)",
            ("$id", token.Id), ("$user", token.UserName), ("$label", token.Label), ("$hash", token.TokenHash),
            ("$created", token.Created.UtcTicks));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ApiTokenRecord?> FindTokenByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var tokens = await ReadTokens(Command(connection, $"SELECT {TokenColumns} FROM api_tokens WHERE token_hash = $hash", ("$hash", tokenHash)), cancellationToken);
        return tokens.SingleOrDefault();
    }

    public async Task<IReadOnlyList<ApiTokenRecord>> ListTokensAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await ReadTokens(Command(connection, $"SELECT {TokenColumns} FROM api_tokens WHERE user_name = $user ORDER BY created_ticks", ("$user", userName)), cancellationToken);
    }

    public async Task<bool> RevokeTokenAsync(string userName, string tokenId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var command = Command(connection,
            "UPDATE api_tokens SET revoked_ticks = $at WHERE id = $id AND user_name = $user AND revoked_ticks IS NULL",
            ("$id", tokenId), ("$user", userName), ("$at", at.UtcTicks));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<IReadOnlyList<Account>> ReadAccounts(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new Account(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries),
                reader.GetInt32(3),
                Time(reader, 4)));
        }

        return accounts;
    }

    private static async Task<IReadOnlyList<ApiTokenRecord>> ReadTokens(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tokens = new List<ApiTokenRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(new ApiTokenRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Time(reader, 4) ?? throw new InvalidDataException("api_tokens.created_ticks is null."), Time(reader, 5)));
        }

        return tokens;
    }

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);
}
