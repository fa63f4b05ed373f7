using System.Text;
using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

/// <summary>A customers file in another encoding is refused plainly unless its encoding is stated, then read exactly.</summary>
public sealed class CustomerCsvEncodingTests : IDisposable
{
    private const string Header = "account,name,type,phone,email,preferredChannel,language,flags,transformer,meter";

    private readonly string _folder = Directory.CreateTempSubdirectory("di-customers-").FullName;

    [Fact]
    public void Latin1FileIsRefusedNamingTheByteUnlessItsEncodingIsStated()
    {
        var path = Write("latin1.csv", Encoding.Latin1, Header + "\n2001,Jürg Müller,household,,jürg@example.ch,email,en,,TR-7,\n");

        var refused = Assert.Throws<InvalidDataException>(() => CustomerCsvReader.Read(path));
        var read = CustomerCsvReader.Read(path, CustomerCsvEncodings.Named("latin1"));

        Assert.Contains("latin1.csv is not UTF-8 (0xFC cannot be read as UTF-8)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("gb18030", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Jürg Müller", Assert.Single(read.Customers).Name);
    }

    [Fact]
    public void Gb18030FileReadsItsChineseNamesWhenStated()
    {
        var path = Write("gb.csv", GbEncoding(), Header + "\n3001,张伟,household,13800138000,,sms,zh-CN,elderly,TR-7,\n");

        var read = CustomerCsvReader.Read(path, CustomerCsvEncodings.Named("GB18030"));

        var customer = Assert.Single(read.Customers);
        Assert.Equal(("张伟", CustomerNeeds.Elderly, "zh-CN"), (customer.Name, customer.Needs, customer.Language));
    }

    [Fact]
    public void Utf8WithOrWithoutBomReadsAsIs()
    {
        var plain = Write("plain.csv", new UTF8Encoding(false), Header + "\n4001,José Núñez,household,,,visit,en,,TR-7,\n");
        var bom = Write("bom.csv", new UTF8Encoding(true), Header + "\n4001,José Núñez,household,,,visit,en,,TR-7,\n");

        Assert.Equal("José Núñez", Assert.Single(CustomerCsvReader.Read(plain).Customers).Name);
        Assert.Equal("José Núñez", Assert.Single(CustomerCsvReader.Read(bom).Customers).Name);
    }

    [Fact]
    public void UnknownEncodingNameIsRefusedWithTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => CustomerCsvEncodings.Named("ebcdic"));

        Assert.Contains("unknown encoding 'ebcdic'; use one of utf-8, latin1, windows-1252, gb18030, gbk", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Encoding GbEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb18030");
    }

    private string Write(string name, Encoding encoding, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }
}
