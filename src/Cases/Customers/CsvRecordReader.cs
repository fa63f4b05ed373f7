using System.Text;

namespace DroneInspect.Cases.Customers;

/// <summary>Splits RFC 4180 CSV into records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal sealed class CsvRecordReader(TextReader reader, int firstLine = 1)
{
    private int _line = firstLine;

    /// <summary>The line the next record starts on (1-based): how far the records read so far reached.</summary>
    public int Line => _line;

    /// <summary>The next record and the line it starts on; null at the end. An unclosed quote is reported in <paramref name="error"/>.</summary>
    public List<string>? ReadRecord(out int startLine, out string? error)
    {
        startLine = _line;
        error = null;
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    error = "a quoted field is not closed before the end of the file";
                }

                fields.Add(field.ToString());
                return fields;
            }

            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    _line += c == '\n' ? 1 : 0;
                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    _line++;
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}
