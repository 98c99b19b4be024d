using DigestBot.Discord.Gateway;
using DigestBot.Discord.Models;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests;

/// <summary>Discord resets a bot's token after 1000 Identifies in 24 h: no loop of ours may come near that.</summary>
public class IdentifyBudgetTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_identify_loop_as_fast_as_the_budget_allows_stays_at_a_tenth_of_the_daily_limit_in_every_24_hours()
    {
        var budget = new IdentifyBudget(new DiscordGatewayOptions { Token = "t" }, _clock);
        var sent = new List<DateTimeOffset>();
        for (var i = 0; i < 1000; i++)
        {
            _clock.Advance(budget.Delay());
            Assert.Equal(TimeSpan.Zero, budget.Delay());
            budget.Record();
            sent.Add(_clock.GetUtcNow());
        }

        var busiestDay = sent.Max(start => sent.Count(t => t >= start && t < start.AddHours(24)));
        Assert.Equal(100, busiestDay);
        Assert.All(sent.Zip(sent.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void When_discord_reports_few_identifies_left_the_next_waits_for_its_reset()
    {
        var budget = new IdentifyBudget(new DiscordGatewayOptions { Token = "t" }, _clock);

        budget.Observe(new SessionStartLimit(1000, 500, 3_600_000, 1));
        var plenty = budget.Delay();
        budget.Observe(new SessionStartLimit(1000, 10, 3_600_000, 1));

        Assert.Equal(TimeSpan.Zero, plenty);
        Assert.Equal(TimeSpan.FromHours(1), budget.Delay());
    }
}
