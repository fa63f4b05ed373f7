using System.Security.Cryptography;
using System.Text;
using Jint;

namespace DroneInspect.Viewer.Tests.Pages;

/// <summary>sha256.js (as embedded), the upload page's hash where crypto.subtle is absent, against FIPS 180-4 vectors and .NET's SHA-256.</summary>
public sealed class Sha256ScriptTests
{
    private const string Helpers = """
        function fromHex(hex) {
          const bytes = new Uint8Array(hex.length / 2);
          for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
          return bytes;
        }
        // Feeds the bytes in slices of the given sizes, round and round, as a file read slice by slice would.
        function hashInSlices(hex, sizes) {
          const bytes = fromHex(hex);
          const hash = window.droneInspectSha256.create();
          let offset = 0, i = 0;
          while (offset < bytes.length) {
            const size = Math.min(sizes[i++ % sizes.length], bytes.length - offset);
            hash.update(bytes.subarray(offset, offset + size));
            offset += size;
          }
          return hash.hex();
        }
        """;

    private static readonly Engine Engine = Loaded();

    private static Engine Loaded()
    {
        var engine = PageScripts.NewEngine();
        engine.Execute(PageScripts.Browser);
        engine.Execute(PageScripts.Text("sha256.js"));
        engine.Execute(Helpers);
        return engine;
    }

    private static string HashInJs(byte[] bytes, params int[] sliceSizes)
    {
        lock (Engine)
        {
            Engine.SetValue("input", Convert.ToHexStringLower(bytes));
            Engine.SetValue("sizes", sliceSizes.Select(s => (double)s).ToArray());
            return Engine.Evaluate("hashInSlices(input, Array.from(sizes))").AsString();
        }
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    [InlineData("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
    public void KnownVectorsHashAsTheStandardSays(string message, string expected)
    {
        Assert.Equal(expected, HashInJs(Encoding.ASCII.GetBytes(message), 1_000_000));
        Assert.Equal(expected, HashInJs(Encoding.ASCII.GetBytes(message), 1, 7, 64));
    }

    [Theory]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(119)]
    [InlineData(128)]
    [InlineData(20_011)]
    public void LengthsAroundThePaddingBoundariesMatchDotNet(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.Equal(expected, HashInJs(bytes, 1_000_000));
        Assert.Equal(expected, HashInJs(bytes, 3, 61, 64, 200));
    }

    [Fact]
    public void HexIsStableOnceTaken()
    {
        lock (Engine)
        {
            Assert.Equal(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Engine.Evaluate("(() => { const h = window.droneInspectSha256.create(); h.update(fromHex('616263')); h.hex(); return h.hex(); })()").AsString());
        }
    }
}
