using DigestBot.DiscordBot;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.DiscordBot;

/// <summary>Fresh gateway logins, kept far from Discord's 1,000 a day: spaced, and capped per 24 h.</summary>
public class IdentifyBudgetTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Logins_asked_for_at_once_go_out_five_seconds_apart_and_a_later_one_at_once()
    {
        var budget = new IdentifyBudget(_clock);

        var waits = new[] { budget.Reserve(), budget.Reserve(), budget.Reserve() };
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal<TimeSpan?>([TimeSpan.Zero, IdentifyBudget.Spacing, 2 * IdentifyBudget.Spacing], waits);
        Assert.Equal(TimeSpan.Zero, budget.Reserve());
    }

    [Fact]
    public void The_hundred_and_first_login_in_24_hours_is_refused_and_allowed_again_once_the_first_is_a_day_old()
    {
        var budget = new IdentifyBudget(_clock);
        for (var i = 0; i < IdentifyBudget.PerDay; i++)
        {
            Assert.Equal(TimeSpan.Zero, budget.Reserve());
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        var spent = budget.Reserve();
        _clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10 * IdentifyBudget.PerDay));

        Assert.Null(spent);
        Assert.Equal(TimeSpan.Zero, budget.Reserve());
        Assert.Null(budget.Reserve());
    }
}
