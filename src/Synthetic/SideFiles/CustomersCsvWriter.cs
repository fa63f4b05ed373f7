using System.Text;

namespace DroneInspect.Synthetic.SideFiles;

/// <summary>A customer of the sample; every name, number and address is invented (example.com/.ch, +41 44 555).</summary>
/// <param name="Flags">Special needs, ';'-separated (elderly, continuous-supply, medical-equipment); empty when none.</param>
internal sealed record SampleCustomer(
    string Account, string Name, string Type, string Phone, string Email, string PreferredChannel, string Language,
    string Flags, string Transformer, string Meter);

/// <summary>
/// Writes customers.csv: the fictional customers of transformer T-F3-05, a mix of English and Chinese speakers,
/// households with elderly members and one on home medical equipment, a bakery and a noodle shop, a cold store that
/// cannot lose supply and a clinic.
/// </summary>
internal static class CustomersCsvWriter
{
    public const string Header = "account,name,type,phone,email,preferredChannel,language,flags,transformer,meter";

    private const string T = Scene.FeederBuilder.TransformerId;

    public static IReadOnlyList<SampleCustomer> Customers { get; } =
    [
        new("C-10001", "Anna Keller", "household", "+41 44 555 01 01", "anna.keller@example.ch", "sms", "en", "", T, ""),
        new("C-10002", "王秀英", "household", "+41 44 555 01 02", "", "phone", "zh-CN", "elderly", T, ""),
        new("C-10003", "Elisabeth Huber", "household", "+41 44 555 01 03", "", "phone", "en", "elderly", T, ""),
        new("C-10004", "James Carter", "household", "+41 44 555 01 04", "james.carter@example.com", "email", "en", "", T, ""),
        new("C-10005", "Sofia Meier", "household", "+41 44 555 01 05", "sofia.meier@example.ch", "sms", "en", "medical-equipment", T, ""),
        new("C-10006", "李明", "household", "+41 44 555 01 06", "li.ming@example.com", "sms", "zh-CN", "", T, ""),
        new("C-10007", "Bäckerei Sonnenberg GmbH", "commercial", "+41 44 555 02 01", "info@baeckerei-sonnenberg.example.ch", "phone", "en", "", T, ""),
        new("C-10008", "陈静", "household", "+41 44 555 01 08", "chen.jing@example.com", "email", "zh-CN", "", T, ""),
        new("C-10009", "Hans Widmer", "household", "+41 44 555 01 09", "", "visit", "en", "elderly", T, ""),
        new("C-10010", "张建华", "household", "+41 44 555 01 10", "", "phone", "zh-CN", "elderly", T, ""),
        new("C-10011", "Olivia Baumann", "household", "+41 44 555 01 11", "olivia.baumann@example.ch", "email", "en", "", T, ""),
        new("C-10012", "王记面馆 (王磊)", "commercial", "+41 44 555 02 02", "wang.lei@example.com", "sms", "zh-CN", "", T, ""),
        new("C-20001", "Glattal Kühlhaus AG", "industrial", "+41 44 555 03 01", "betrieb@glattal-kuehlhaus.example.ch", "email", "en", "continuous-supply", T, ""),
        new("C-30001", "Praxis am Sonnenberg", "critical", "+41 44 555 04 01", "praxis@sonnenberg-praxis.example.ch", "phone", "en", "continuous-supply", T, ""),
    ];

    public static void Write(string path)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var c in Customers)
        {
            string[] fields = [c.Account, c.Name, c.Type, c.Phone, c.Email, c.PreferredChannel, c.Language, c.Flags, c.Transformer, c.Meter];
            if (fields.Any(f => f.IndexOfAny([',', '"', '\n', '\r']) >= 0))
            {
                throw new InvalidOperationException($"Sample customer {c.Account} has a field that would need quoting.");
            }

            sb.AppendJoin(',', fields).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
