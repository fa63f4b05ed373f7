namespace DroneInspect.Cases.Customers;

/// <summary>
/// Reads customers.csv (header account,name,type,phone,email,preferredChannel,serviceTransformer,specialNeeds,language).
/// A bad row is reported with its line number and the rest loads; a wrong header is an error for the whole file.
/// </summary>
public static class CustomerCsvReader
{
    public static readonly IReadOnlyList<string> Header =
        ["account", "name", "type", "phone", "email", "preferredChannel", "serviceTransformer", "specialNeeds", "language"];

    public static CustomerList Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Throws <see cref="InvalidDataException"/> when the header is missing or not the expected columns.</summary>
    public static CustomerList Read(TextReader text)
    {
        var csv = new CsvRecordReader(text);
        var header = csv.ReadRecord(out _, out _);
        if (header is null || !header.Select(h => h.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"customers.csv must start with the header: {string.Join(',', Header)}");
        }

        var customers = new List<Customer>();
        var problems = new List<CustomerCsvProblem>();
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        while (csv.ReadRecord(out var line, out var error) is { } fields)
        {
            if (fields is [""])
            {
                continue;
            }

            var reason = error
                ?? (fields.Count != Header.Count ? $"expected {Header.Count} fields, found {fields.Count}" : null)
                ?? (string.IsNullOrWhiteSpace(fields[0]) ? "the account is empty" : null)
                ?? (string.IsNullOrWhiteSpace(fields[1]) ? "the name is empty" : null)
                ?? (!accounts.Add(fields[0].Trim()) ? $"account {fields[0].Trim()} appears twice" : null);
            if (reason is not null)
            {
                problems.Add(new CustomerCsvProblem(line, reason));
                continue;
            }

            customers.Add(new Customer(
                fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), Opt(fields[3]), Opt(fields[4]), Opt(fields[5]),
                Opt(fields[6]), Opt(fields[7]), Opt(fields[8])));
        }

        return new CustomerList(customers, problems);
    }

    private static string? Opt(string field) => string.IsNullOrWhiteSpace(field) ? null : field.Trim();
}
