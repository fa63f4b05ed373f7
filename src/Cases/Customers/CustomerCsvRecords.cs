using CsvHelper;

namespace DroneInspect.Cases.Customers;

/// <summary>One record of customers.csv as CsvHelper split it.</summary>
/// <param name="Line">The 1-based line of the text where the record starts.</param>
/// <param name="Malformed">What is wrong with its quoting, in words; null when nothing is.</param>
/// <param name="SpansLines">Whether the record runs over more than one line (a quoted line break, or a quote never closed).</param>
internal sealed record CustomerCsvRecord(int Line, IReadOnlyList<string> Fields, string? Malformed, bool SpansLines);

/// <summary>
/// The records of CSV text, read by CsvHelper, that can start again on any line: after a row whose quote was never
/// closed, the caller starts over on the line after it instead of losing everything the open quote ran over.
/// </summary>
internal sealed class CustomerCsvRecords : IDisposable
{
    private readonly string[] _lines;
    private CsvReader _reader;
    private int _lineOffset;
    private string? _malformed;

    public CustomerCsvRecords(string text)
    {
        _lines = text.Split('\n');
        _reader = Open(text);
    }

    /// <summary>The next record, or null at the end of the text. Empty lines are passed over.</summary>
    public CustomerCsvRecord? Next()
    {
        _malformed = null;
        if (!_reader.Read())
        {
            return null;
        }

        var raw = _reader.RawRecord;
        var spansLines = raw.IndexOfAny((byte)'\n', (byte)'\r') >= 0;
        return new CustomerCsvRecord((int)_reader.LineNumber + _lineOffset, _reader.Current.ToArray(), _malformed, spansLines);
    }

    /// <summary>Reads on from the line after <paramref name="line"/> (1-based), forgetting the record that started there.</summary>
    public void RestartAfter(int line)
    {
        _reader.Dispose();
        _reader = Open(string.Join('\n', _lines[Math.Min(line, _lines.Length)..]));
        _lineOffset = line;
    }

    public void Dispose() => _reader.Dispose();

    private CsvReader Open(string csv) => CsvReader.FromText(csv, new CsvReaderOptions
    {
        Separator = ',',
        HasHeader = false,
        DetectSeparatorHint = false,
        TrackLineNumbers = true,
        OnMalformedRecord = record => _malformed = Describe(record.Reason),
    });

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "broken quoting: a quote inside a field that does not start with one",
        CsvMalformedReason.TextAfterClosingQuote => "broken quoting: text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "broken quoting: a quoted field is not closed before the end of the file",
        _ => $"broken quoting ({reason})",
    };
}
