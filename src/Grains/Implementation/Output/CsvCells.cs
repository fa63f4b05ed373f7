using System.Text.RegularExpressions;

namespace DroneInspect.Grains.Output;

/// <summary>
/// Makes a CSV cell safe to open in a spreadsheet (CSV or formula injection): a cell starting with '=', '+', '-', '@',
/// a tab or a carriage return is prefixed with an apostrophe, so Excel or LibreOffice show it as text instead of
/// running it as a formula. The one exception is a lone number such as "-2" or "-2.5" (what the invariant numeric
/// columns write): it stays a number, so negative temperatures, longitudes and counts still sum in a spreadsheet, and
/// a number cannot run anything. "-2+3", "-cmd" or "+41" are not lone numbers and are neutralised.
/// </summary>
public static partial class CsvCells
{
    public const char TextMarker = '\'';

    public static string Neutralise(string cell)
    {
        if (cell.Length == 0 || !StartsLikeAFormula(cell[0]) || LoneNumber().IsMatch(cell))
        {
            return cell;
        }

        return TextMarker + cell;
    }

    /// <summary>The cell neutralised, then quoted as RFC 4180 asks (commas, quotes, line breaks); empty for null.</summary>
    public static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var safe = Neutralise(cell);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static bool StartsLikeAFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex LoneNumber();
}
