using System.Security.Cryptography;
using DroneInspect.Ingestion.Store;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Store;

public sealed class FileCaptureStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public void ContentIsHeldOnceUnderItsHash()
    {
        var store = new FileCaptureStore(Path.Combine(_temp.Path, "store"));
        var bytes = "capture"u8.ToArray();

        var first = store.Put(Sha(bytes), _temp.Write("a.jpg", bytes));
        var second = store.Put(Sha(bytes), _temp.Write("b.jpg", bytes));

        Assert.Equal(StorePutOutcome.Stored, first.Outcome);
        Assert.Equal(StorePutOutcome.AlreadyHeld, second.Outcome);
        Assert.Equal([Sha(bytes)], store.List());
        Assert.Equal(Path.Combine(store.Root, Sha(bytes)[..2], Sha(bytes)[2..4], Sha(bytes)), store.PathOf(Sha(bytes)));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "a.jpg")));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "b.jpg")));
        using var read = store.Open(Sha(bytes));
        Assert.Equal(bytes.Length, read.Length);
    }

    [Fact]
    public void WrongHashStoresNothingAndLeavesTheFile()
    {
        var store = new FileCaptureStore(Path.Combine(_temp.Path, "store"));
        var file = _temp.Write("a.jpg", "real"u8.ToArray());

        var put = store.Put(Sha("claimed"u8.ToArray()), file);

        Assert.Equal(StorePutOutcome.HashMismatch, put.Outcome);
        Assert.Equal(Sha("real"u8.ToArray()), put.ActualSha256);
        Assert.Empty(store.List());
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void MaterializedFileReadsAsTheHeldContentAndIsNoSymbolicLink()
    {
        var store = new FileCaptureStore(Path.Combine(_temp.Path, "store"));
        var bytes = "capture"u8.ToArray();
        store.Put(Sha(bytes), _temp.Write("a.jpg", bytes));
        var destination = Path.Combine(_temp.Path, "flight", "sub", "IMG_1.jpg");

        store.Materialize(Sha(bytes), destination);
        store.Materialize(Sha(bytes), destination); // again: replaced, not refused

        Assert.Equal(bytes, File.ReadAllBytes(destination));
        Assert.Null(new FileInfo(destination).LinkTarget);
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(destination)!));
    }

    [Fact]
    public void HashThatIsNotSha256HexIsRefused()
    {
        var store = new FileCaptureStore(Path.Combine(_temp.Path, "store"));

        Assert.Throws<ArgumentException>(() => store.PathOf("../../etc/passwd"));
        Assert.False(ContentHash.IsSha256(new string('A', 64)));
    }

    public void Dispose() => _temp.Dispose();
}
