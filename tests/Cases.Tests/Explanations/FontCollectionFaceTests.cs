using System.Buffers.Binary;
using DroneInspect.Cases.Explanations.Pdf;

namespace DroneInspect.Cases.Tests.Explanations;

public sealed class FontCollectionFaceTests
{
    [Fact]
    public void AFaceIsTakenOutOfACollectionByFamily()
    {
        var collection = File.ReadAllBytes(ExplanationSamples.Fonts.Cjk.Path);
        Assert.True(FontCollectionFace.IsCollection(collection));
        Assert.Contains("WenQuanYi Micro Hei", FontCollectionFace.FamilyNames(collection));

        var face = FontCollectionFace.Extract(collection, "WenQuanYi Micro Hei");

        Assert.False(FontCollectionFace.IsCollection(face));
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = face.AsSpan(12 + 16 * i);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            Assert.True(offset + length <= face.Length, "every table lies inside the extracted face");
            Assert.Equal(0u, offset % 4);
        }
    }

    [Fact]
    public void AnUnknownFamilyIsAnErrorListingTheFaces()
    {
        var collection = File.ReadAllBytes(ExplanationSamples.Fonts.Cjk.Path);
        var error = Assert.Throws<InvalidDataException>(() => FontCollectionFace.Extract(collection, "Comic Sans"));
        Assert.Contains("WenQuanYi Micro Hei", error.Message);
    }
}
