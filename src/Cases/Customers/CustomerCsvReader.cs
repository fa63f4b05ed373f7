using System.Text;

namespace DroneInspect.Cases.Customers;

/// <summary>
/// Reads customers.csv (header account,name,type,phone,email,preferredChannel,serviceTransformer,specialNeeds,language).
/// A bad row is reported with its line number and the rest loads; a wrong header is an error for the whole file.
/// </summary>
public static class CustomerCsvReader
{
    public static readonly IReadOnlyList<string> Header =
        ["account", "name", "type", "phone", "email", "preferredChannel", "serviceTransformer", "specialNeeds", "language"];

    /// <summary>
    /// Reads <paramref name="path"/> as UTF-8 (a byte-order mark is honoured), or in <paramref name="encoding"/> when the
    /// file states one (see <see cref="CustomerCsvEncodings.Named"/>). A file that is not valid UTF-8 and states no
    /// encoding is refused with the byte that gave it away, never read with replacement characters: a Latin-1 or GB18030
    /// export read as UTF-8 would turn every accented or Chinese name into question marks without a word.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is wrong, or the bytes are not UTF-8 and no encoding was stated.</exception>
    public static CustomerList Read(string path, Encoding? encoding = null)
    {
        try
        {
            using var reader = new StreamReader(path, encoding ?? CustomerCsvEncodings.StrictUtf8, detectEncodingFromByteOrderMarks: encoding is null);
            return Read(reader);
        }
        catch (DecoderFallbackException e)
        {
            var bytes = e.BytesUnknown is { Length: > 0 } unknown ? string.Join(' ', unknown.Select(b => $"0x{b:X2}")) : "a byte";
            throw new InvalidDataException(
                $"{Path.GetFileName(path)} is not UTF-8 ({bytes} cannot be read as UTF-8). Save it as UTF-8, or state its " +
                $"encoding ({string.Join(", ", CustomerCsvEncodings.Known)}).", e);
        }
    }

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> when the header is missing or not the expected columns. A bad row that
    /// ran over several lines because a quote in it was never closed is reported on its own line, and reading goes on
    /// from the line after it: one stray quote must not swallow every customer after it.
    /// </summary>
    public static CustomerList Read(TextReader text)
    {
        var all = text.ReadToEnd();
        var lines = all.Split('\n'); // where to start again after a row with a stray quote
        var csv = new CsvRecordReader(new StringReader(all));
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

            var wrongCount = fields.Count != Header.Count;
            if ((error is not null || wrongCount) && csv.Line > line + 1)
            {
                problems.Add(new CustomerCsvProblem(line, "a quoted field is not closed on this row (its quote runs on into the next lines); the row is skipped and reading goes on at the next line"));
                csv = new CsvRecordReader(new StringReader(string.Join('\n', lines[line..])), firstLine: line + 1);
                continue;
            }

            var reason = error
                ?? (wrongCount ? $"expected {Header.Count} fields, found {fields.Count}" : null)
                ?? (string.IsNullOrWhiteSpace(fields[0]) ? "the account is empty" : null)
                ?? (string.IsNullOrWhiteSpace(fields[1]) ? "the name is empty" : null)
                ?? (!accounts.Add(fields[0].Trim()) ? $"account {fields[0].Trim()} appears twice" : null);
            if (reason is not null)
            {
                problems.Add(new CustomerCsvProblem(line, reason));
                continue;
            }

            customers.Add(new Customer(
                fields[0].Trim(), fields[1].Trim(), TypeOf(fields[2]), Opt(fields[3]), Opt(fields[4]), ChannelOf(fields[5]),
                CaseLanguages.Normalize(fields[8]) ?? CaseLanguages.English, NeedsOf(fields[7]), Opt(fields[6]), null));
        }

        return new CustomerList(customers, problems);
    }

    private static CustomerType TypeOf(string field) => field.Trim().ToLowerInvariant() switch
    {
        "industrial" => CustomerType.Industrial,
        "commercial" or "small-business" => CustomerType.Commercial,
        "critical" => CustomerType.Critical,
        _ => CustomerType.Household,
    };

    private static ContactChannel ChannelOf(string field)
        => Enum.TryParse<ContactChannel>(field.Trim(), ignoreCase: true, out var channel) ? channel : ContactChannel.Phone;

    private static CustomerNeeds NeedsOf(string field)
    {
        var text = field.ToLowerInvariant();
        var needs = CustomerNeeds.None;
        if (text.Contains("elderly") || text.Contains("老人")) needs |= CustomerNeeds.Elderly;
        if (text.Contains("continuous") || text.Contains("life-support") || text.Contains("critical-process")) needs |= CustomerNeeds.ContinuousSupply;
        if (text.Contains("medical") || text.Contains("life-support")) needs |= CustomerNeeds.MedicalEquipment;
        return needs;
    }

    private static string? Opt(string field) => string.IsNullOrWhiteSpace(field) ? null : field.Trim();
}
