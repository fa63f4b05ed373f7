using System.Text;

namespace DroneInspect.Synthetic.SideFiles;

/// <summary>Writes customers.csv: fictional customers of transformer T-F3-05 and around (names, numbers invented).</summary>
internal static class CustomersCsvWriter
{
    public const string Header = "account,name,type,phone,email,preferredChannel,serviceTransformer,specialNeeds,language";

    private static readonly string[] Rows =
    [
        "C-10001,Anna Keller,household,+41 44 555 01 01,anna.keller@example.ch,sms,T-F3-05,,de",
        "C-10002,Marco Brunner,household,+41 44 555 01 02,marco.brunner@example.ch,email,T-F3-05,,de",
        "C-10003,Elisabeth Huber,household,+41 44 555 01 03,,phone,T-F3-05,elderly,de",
        "C-10004,James Carter,household,+41 44 555 01 04,james.carter@example.com,email,T-F3-05,,en",
        "C-10005,Sofia Meier,household,+41 44 555 01 05,sofia.meier@example.ch,sms,T-F3-05,life-support,de",
        "C-10006,Bäckerei Sonnenberg GmbH,small-business,+41 44 555 02 01,info@baeckerei-sonnenberg.example.ch,phone,T-F3-05,,de",
        "C-10007,Lukas Graf,household,+41 44 555 01 07,lukas.graf@example.ch,visit,T-F3-05,,de",
        "C-10008,Priya Natarajan,household,+41 44 555 01 08,priya.n@example.com,email,T-F3-05,,en",
        "C-10009,Hans Widmer,household,+41 44 555 01 09,,visit,T-F3-05,elderly,de",
        "C-10010,Chiara Rossi,household,+41 44 555 01 10,chiara.rossi@example.ch,sms,T-F3-05,,en",
        "C-20001,Limmat Präzisionsguss AG,industrial,+41 44 555 03 01,energie@limmat-guss.example.ch,email,,critical-process,de",
        "C-20002,Glattal Kühlhaus AG,industrial,+41 44 555 03 02,betrieb@glattal-kuehlhaus.example.ch,phone,,critical-process,en",
        "C-10011,Thomas Frei,household,+41 44 555 01 11,thomas.frei@example.ch,email,,,de",
        "C-10012,Olivia Baumann,household,+41 44 555 01 12,olivia.baumann@example.ch,sms,T-F3-05,,de",
    ];

    public static void Write(string path)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var row in Rows) sb.Append(row).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
