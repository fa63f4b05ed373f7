namespace DroneInspect.Cases.Customers;

/// <summary>
/// Where each column of customers.csv sits, found by header name (case and surrounding spaces ignored, any order,
/// unknown columns ignored). The old names <c>serviceTransformer</c> (for <c>transformer</c>) and <c>specialNeeds</c>
/// (free text, for <c>flags</c>) are still read, so files written before the flags column existed load.
/// </summary>
internal sealed class CustomerCsvHeader
{
    /// <summary>The header customers.csv is written with.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["account", "name", "type", "phone", "email", "preferredChannel", "language", "flags", "transformer", "meter"];

    /// <summary>Columns every file must have (their values may still be empty where the row rules allow it).</summary>
    public static readonly IReadOnlyList<string> Required = ["account", "name", "type", "phone", "email", "preferredChannel", "language"];

    private readonly Dictionary<string, int> _index;

    private CustomerCsvHeader(Dictionary<string, int> index, int count)
    {
        _index = index;
        Count = count;
    }

    /// <summary>How many fields the header has: every row must have as many.</summary>
    public int Count { get; }

    /// <summary>
    /// Maps a header row; <see cref="InvalidDataException"/> naming every missing column (or a column named twice):
    /// without them no row can be read, so the whole file is refused.
    /// </summary>
    public static CustomerCsvHeader Map(IReadOnlyList<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = Canonical(names[i].Trim());
            if (name.Length > 0 && !index.TryAdd(name, i))
            {
                throw new InvalidDataException($"customers.csv names the column '{name}' twice; each column may appear once.");
            }
        }

        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        if (!index.ContainsKey("transformer") && !index.ContainsKey("meter"))
        {
            missing.Add("transformer or meter");
        }

        return missing.Count == 0
            ? new CustomerCsvHeader(index, names.Count)
            : throw new InvalidDataException(
                $"customers.csv lacks the column{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)}; " +
                $"its header must name: {string.Join(',', Columns)} (any order).");
    }

    /// <summary>The field of <paramref name="column"/> (a name of <see cref="Columns"/> or "specialNeeds"), or null when the file has no such column.</summary>
    public string? Field(IReadOnlyList<string> row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Count ? row[i] : null;

    private static string Canonical(string name) => name.ToLowerInvariant() switch
    {
        "servicetransformer" => "transformer",
        _ => name,
    };
}
