using DigestBot.Commands;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Safety;

/// <summary>The cooldown step: per user and per channel, by command, on a fake clock; the console is exempt.</summary>
public sealed class CommandCooldownsTests
{
    private const ulong Channel = 700, OtherChannel = 701, Alice = 1, Bob = 2, Carol = 3;

    private static readonly CommandDefinition Search = new("search", "Search");
    private static readonly CommandDefinition Paper = new("paper", "One paper");
    private static readonly CommandDefinition WatchTest = new("watch test", "Preview a watch");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_user_repeating_a_search_within_the_cooldown_is_told_how_long_to_wait_then_may_search_again()
    {
        var cooldowns = Cooldowns();

        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, Channel)));
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        var refusal = cooldowns.TryBegin(Search, Discord(Alice, Channel));
        _clock.Advance(TimeSpan.FromSeconds(3.5));
        var after = cooldowns.TryBegin(Search, Discord(Alice, Channel));

        Assert.NotNull(refusal);
        Assert.Equal(ReplyKind.Invalid, refusal.Kind);
        Assert.True(refusal.Ephemeral);
        Assert.Equal("slow down: try /search again in 4 s", refusal.Text);
        Assert.Null(after);
    }

    [Fact]
    public void The_channel_cooldown_holds_back_other_users_and_the_user_cooldown_follows_a_user_to_other_channels()
    {
        var cooldowns = Cooldowns();
        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, Channel)));

        Assert.Equal("slow down: try /search again in 2 s", cooldowns.TryBegin(Search, Discord(Bob, Channel))?.Text);
        Assert.Equal("slow down: try /search again in 5 s", cooldowns.TryBegin(Search, Discord(Alice, OtherChannel))?.Text);
        Assert.Null(cooldowns.TryBegin(Search, Discord(Bob, OtherChannel)));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(cooldowns.TryBegin(Search, Discord(Carol, Channel)));
    }

    [Fact]
    public void A_refused_use_does_not_restart_the_cooldown()
    {
        var cooldowns = Cooldowns();
        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, Channel)));
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            Assert.NotNull(cooldowns.TryBegin(Search, Discord(Alice, Channel)));
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, Channel)));
    }

    [Fact]
    public void Cooldowns_are_per_command_and_cheap_commands_have_none()
    {
        var cooldowns = Cooldowns();
        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, Channel)));

        Assert.Null(cooldowns.TryBegin(WatchTest, Discord(Alice, Channel)));
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(cooldowns.TryBegin(Paper, Discord(Alice, Channel)));
        }
    }

    [Fact]
    public void The_console_and_the_cli_are_never_slowed_down()
    {
        var cooldowns = Cooldowns();
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(cooldowns.TryBegin(Search, CommandOrigin.Cli));
            Assert.Null(cooldowns.TryBegin(Search, CommandOrigin.Prompt));
        }
    }

    [Fact]
    public void Dashboard_members_outside_any_channel_each_have_their_own_cooldown_and_share_none()
    {
        var cooldowns = Cooldowns();
        Assert.Null(cooldowns.TryBegin(Search, Member(Alice)));

        Assert.Equal("slow down: try /search again in 5 s", cooldowns.TryBegin(Search, Member(Alice))?.Text);
        Assert.Null(cooldowns.TryBegin(Search, Member(Bob)));
        Assert.Null(cooldowns.TryBegin(Search, Member(Carol)));
    }

    [Fact]
    public void Configured_seconds_replace_the_defaults_and_zero_turns_a_cooldown_off()
    {
        var cooldowns = Cooldowns(("Search:UserSeconds", "0"), ("Search:ChannelSeconds", "30"), ("WatchTest:UserSeconds", "0"), ("WatchTest:ChannelSeconds", "0"));

        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, Channel)));
        Assert.Equal("slow down: try /search again in 30 s", cooldowns.TryBegin(Search, Discord(Alice, Channel))?.Text);
        Assert.Null(cooldowns.TryBegin(Search, Discord(Alice, OtherChannel)));
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(cooldowns.TryBegin(WatchTest, Discord(Alice, Channel)));
        }
    }

    [Theory]
    [InlineData("Search:UserSeconds", "-1")]
    [InlineData("Digest:ChannelSeconds", "86401")]
    public void Out_of_range_seconds_stop_the_start_with_the_key_named(string key, string value)
    {
        var services = Services((key, value));

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CooldownsOptions>>().Value);
        Assert.Contains("DigestBot:Cooldowns:" + key.Split(':')[0], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dispatcher_refuses_before_the_handler_runs_and_bad_options_spend_no_cooldown()
    {
        var services = Services();
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var origin = Discord(Alice, Channel);

        var bad = await dispatcher.DispatchAsync("search", new Dictionary<string, object> { ["nope"] = "x" }, origin, default);
        var first = await dispatcher.DispatchAsync("search", new Dictionary<string, object>(), origin, default);
        var second = await dispatcher.DispatchAsync("search", new Dictionary<string, object>(), origin, default);

        Assert.Equal(ReplyKind.Invalid, bad.Kind);
        Assert.Equal(ReplyKind.Ok, first.Kind);
        Assert.Equal("slow down: try /search again in 5 s", second.Text);
        Assert.Equal(1, services.GetRequiredService<CountingSearch>().Runs);
    }

    private static CommandOrigin Discord(ulong user, ulong channel) => new(9, channel, user, "discord");

    private static CommandOrigin Member(ulong user) => new(0, CommandOrigin.LocalChannel, user, CommandOrigin.DashboardMemberTransport);

    private CommandCooldowns Cooldowns(params (string Key, string Value)[] config) =>
        Services(config).GetRequiredService<CommandCooldowns>();

    private ServiceProvider Services(params (string Key, string Value)[] config)
    {
        var values = config.ToDictionary(c => $"{CooldownsOptions.Section}:{c.Key}", c => (string?)c.Value);
        // The command pipeline alone (with a stand-in "search"), not the app: the real search would take its name.
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddCommands(TestApp.Configuration(values))
            .AddCommand<CountingSearch>()
            .BuildServiceProvider();
    }

    /// <summary>A stand-in named "search" that counts how often the dispatcher let it run.</summary>
    private sealed class CountingSearch : ICommandHandler
    {
        public static CommandDefinition Definition => Search;

        public int Runs { get; private set; }

        public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            Runs++;
            return ValueTask.FromResult(Reply.Message("found"));
        }
    }
}
