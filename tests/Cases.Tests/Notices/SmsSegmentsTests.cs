using DroneInspect.Cases.Notices;

namespace DroneInspect.Cases.Tests.Notices;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData('a', 160, 1)]
    [InlineData('a', 161, 2)]
    [InlineData('a', 306, 2)]
    [InlineData('a', 307, 3)]
    [InlineData('电', 70, 1)]
    [InlineData('电', 71, 2)]
    [InlineData('电', 134, 2)]
    [InlineData('电', 135, 3)]
    public void MessagesAreCountedByAlphabet(char c, int length, int parts)
    {
        Assert.Equal(parts, SmsSegments.Count(new string(c, length)));
    }

    [Fact]
    public void EnDashMakesEnglishTextUcs2()
    {
        Assert.Equal(2, SmsSegments.Count(new string('a', 70) + "–"));
    }

    [Fact]
    public void ExtensionCharactersCountTwice()
    {
        Assert.Equal(2, SmsSegments.Count(new string('a', 159) + "€"));
    }
}
