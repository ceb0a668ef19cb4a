using Microsoft.Extensions.Time.Testing;

namespace Zhili.Kernel.Tests;

public sealed class CivilTests
{
    [Fact]
    public void K_TZ_today_is_the_beijing_date()
    {
        // 2024-02-09T15:59:59Z is still 23:59:59 on 2024-02-09 in Beijing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 2, 9, 15, 59, 59, TimeSpan.Zero));
        Civil.Today(clock).ShouldBe(new DateOnly(2024, 2, 9));

        // 2024-02-09T16:30Z is 2024-02-10 00:30 in Beijing.
        clock.SetUtcNow(new DateTimeOffset(2024, 2, 9, 16, 30, 0, TimeSpan.Zero));
        Civil.Today(clock).ShouldBe(new DateOnly(2024, 2, 10));
    }

    [Theory]
    [InlineData(2024, 2, 9, 16, 0, 2024, 2, 10)]
    [InlineData(2024, 2, 9, 15, 59, 2024, 2, 9)]
    [InlineData(2026, 12, 31, 16, 0, 2027, 1, 1)] // New Year arrives in Beijing at 16:00 UTC
    [InlineData(2024, 7, 1, 0, 0, 2024, 7, 1)]    // no DST in summer: still +8
    public void K_TZ_date_of_a_utc_instant(int y, int mo, int d, int h, int mi, int ey, int em, int ed)
    {
        Civil.DateOf(new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Utc)).ShouldBe(new DateOnly(ey, em, ed));
    }

    [Fact]
    public void K_TZ_unspecified_kind_is_read_as_utc()
    {
        Civil.DateOf(new DateTime(2024, 2, 9, 16, 30, 0, DateTimeKind.Unspecified)).ShouldBe(new DateOnly(2024, 2, 10));
    }

    [Fact]
    public void K_TZ_to_shanghai_adds_eight_hours_with_offset()
    {
        var local = Civil.ToShanghai(new DateTime(2024, 2, 9, 16, 30, 0, DateTimeKind.Utc));
        local.Offset.ShouldBe(TimeSpan.FromHours(8));
        local.DateTime.ShouldBe(new DateTime(2024, 2, 10, 0, 30, 0));
        local.UtcDateTime.ShouldBe(new DateTime(2024, 2, 9, 16, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void K_TZ_start_and_end_of_a_beijing_day_in_utc()
    {
        Civil.StartOfDayUtc(new DateOnly(2024, 2, 10)).ShouldBe(new DateTime(2024, 2, 9, 16, 0, 0, DateTimeKind.Utc));
        Civil.EndOfDayUtc(new DateOnly(2024, 2, 10)).ShouldBe(new DateTime(2024, 2, 10, 16, 0, 0, DateTimeKind.Utc));
    }
}
