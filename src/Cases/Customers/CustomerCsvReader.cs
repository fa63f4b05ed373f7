using System.Text;
using CsvHelper;

namespace DroneInspect.Cases.Customers;

/// <summary>
/// Reads customers.csv with CsvHelper: columns by header name (see <see cref="CustomerCsvHeader"/>), RFC 4180 quoting
/// (quoted fields may hold commas, doubled quotes and line breaks). A bad row is reported with the line it starts on
/// and why, and the rest loads; a header that lacks a required column refuses the whole file.
/// </summary>
public static class CustomerCsvReader
{
    /// <summary>The header customers.csv is written with (any order is read; see <see cref="CustomerCsvHeader"/> for the old names).</summary>
    public static IReadOnlyList<string> Header => CustomerCsvHeader.Columns;

    /// <summary>
    /// Reads <paramref name="path"/> as UTF-8 (a byte-order mark is honoured), or in <paramref name="encoding"/> when the
    /// file states one (see <see cref="CustomerCsvEncodings.Named"/>). A file that is not valid UTF-8 and states no
    /// encoding is refused with the byte that gave it away, never read with replacement characters: a Latin-1 or GB18030
    /// export read as UTF-8 would turn every accented or Chinese name into question marks without a word.
    /// </summary>
    /// <exception cref="InvalidDataException">The header lacks a column, or the bytes are not UTF-8 and no encoding was stated.</exception>
    public static CustomerList Read(string path, Encoding? encoding = null)
    {
        string text;
        try
        {
            using var reader = new StreamReader(path, encoding ?? CustomerCsvEncodings.StrictUtf8, detectEncodingFromByteOrderMarks: encoding is null);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            var bytes = e.BytesUnknown is { Length: > 0 } unknown ? string.Join(' ', unknown.Select(b => $"0x{b:X2}")) : "a byte";
            throw new InvalidDataException(
                $"{Path.GetFileName(path)} is not UTF-8 ({bytes} cannot be read as UTF-8). Save it as UTF-8, or state its " +
                $"encoding ({string.Join(", ", CustomerCsvEncodings.Known)}).", e);
        }

        return Read(new StringReader(text));
    }

    /// <summary>
    /// Reads CSV text. A row whose quote is never closed runs on into the lines after it; it is reported on its own line
    /// and reading starts again on the next line: one stray quote must not swallow every customer after it.
    /// </summary>
    /// <exception cref="InvalidDataException">The text has no header, or the header lacks a required column.</exception>
    public static CustomerList Read(TextReader text)
    {
        var all = text.ReadToEnd();
        using var records = new CustomerCsvRecords(all);
        var headerRecord = records.Next() ?? throw new InvalidDataException(
            $"customers.csv is empty; it must start with the header {string.Join(',', Header)}.");
        var header = CustomerCsvHeader.Map(headerRecord.Fields);

        var customers = new List<Customer>();
        var problems = new List<CustomerCsvProblem>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var accounts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.Next() is { } record)
        {
            var wrongCount = record.Fields.Count != header.Count;
            if ((record.Malformed is not null || wrongCount) && record.SpansLines)
            {
                problems.Add(new CustomerCsvProblem(record.Line, "a quoted field is not closed on this row (its quote runs on into the next lines); the row is skipped and reading goes on at the next line"));
                records.RestartAfter(record.Line);
                continue;
            }

            var reasons = new List<string>();
            if (record.Malformed is { } malformed)
            {
                reasons.Add(malformed);
            }
            else if (wrongCount)
            {
                reasons.Add($"expected {header.Count} fields, found {record.Fields.Count}");
            }

            var customer = reasons.Count == 0 ? CustomerRow.Read(header, record.Fields, reasons) : null;
            var account = header.Field(record.Fields, "account")?.Trim();
            if (!string.IsNullOrEmpty(account) && !accounts.TryAdd(account, record.Line))
            {
                reasons.Insert(0, $"account {account} appears twice (first on line {accounts[account]})");
            }

            if (reasons.Count > 0 || customer is null)
            {
                problems.Add(new CustomerCsvProblem(record.Line, string.Join("; ", reasons)));
                continue;
            }

            customers.Add(customer);
            lines[customer.Account] = record.Line;
        }

        return new CustomerList(customers, problems) { LineNumbers = lines };
    }
}
