namespace DigestBot.Commands;

/// <summary>
/// <c>DigestBot:Cooldowns</c>: per-user and per-channel cooldowns of the commands that cost real work (a search,
/// an LLM call, a scan of recent papers, a digest post). They apply to Discord users; the local console and CLI are
/// the operator's own and are never slowed down.
/// </summary>
public sealed class CooldownsOptions
{
    public const string Section = "DigestBot:Cooldowns";

    /// <summary>The longest cooldown accepted: a day.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(1);

    public CommandCooldown Search { get; set; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2));

    /// <summary><c>summary ID</c> and <c>summary --topic</c>: may call the LLM or group a hundred papers.</summary>
    public CommandCooldown Summary { get; set; } = new(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5));

    public CommandCooldown WatchTest { get; set; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

    /// <summary><c>digest</c> posts (or previews) the channel's pending papers now.</summary>
    public CommandCooldown Digest { get; set; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60));

    /// <summary>
    /// A paper not stored here, fetched from its source's API by <c>paper</c>, <c>cite</c>, <c>summary</c> or
    /// <c>similar</c> (one request to arXiv, OpenAlex or Semantic Scholar): whatever command asks, so no member can keep
    /// the bot asking.
    /// </summary>
    public CommandCooldown Fetch { get; set; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

    /// <summary>The cooldown of a command by its name, or null for commands without one.</summary>
    public CommandCooldown? For(string command) => command switch
    {
        "search" or "similar" => Search,
        "summary" or "summary paper" or "summary topic" => Summary,
        "watch test" => WatchTest,
        "digest" or "digest now" => Digest,
        _ => null,
    };

    /// <summary>The configuration names, for the validator's messages.</summary>
    public IEnumerable<(string Key, CommandCooldown Cooldown)> All() =>
        [(nameof(Search), Search), (nameof(Summary), Summary), (nameof(WatchTest), WatchTest), (nameof(Digest), Digest), (nameof(Fetch), Fetch)];
}
