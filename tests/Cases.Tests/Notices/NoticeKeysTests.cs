using DroneInspect.Cases.Notices;

namespace DroneInspect.Cases.Tests.Notices;

public sealed class NoticeKeysTests
{
    private static readonly DateTimeOffset StartUtc = new(2026, 12, 10, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SameMomentInAnotherOffsetGivesTheSameKey()
    {
        Assert.Equal(
            NoticeKeys.For("c1", "a1", "repair-notice", StartUtc),
            NoticeKeys.For("c1", "a1", "repair-notice", StartUtc.ToOffset(TimeSpan.FromHours(8))));
    }

    [Fact]
    public void SeparatorsInsidePartsCannotMakeTwoInputsShareAKey()
    {
        Assert.NotEqual(NoticeKeys.For("c:1", "a", "k", StartUtc), NoticeKeys.For("c", "1:a", "k", StartUtc));
    }

    [Fact]
    public void KindIsPartOfTheKey()
    {
        Assert.NotEqual(NoticeKeys.For("c", "a", "repair-notice", StartUtc), NoticeKeys.For("c", "a", "phone-call", StartUtc));
    }
}
