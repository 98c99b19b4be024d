using System.Globalization;
using System.Text.Json.Serialization;

namespace DigestBot.Semantic;

/// <summary>
/// How far the vectors have got, for <c>status</c> (and <c>status --json</c> as <c>semantic</c>): papers with a vector,
/// papers queued (known once the start-up scan has counted them), and the time left at the recent rate. A paper queued
/// again because it changed after it got a vector is one of <see cref="Held"/>: it counts among the embedded (its
/// vector is searched until the new one replaces it), not a second time among those still to embed.
/// </summary>
public sealed record SemanticStatus(bool Enabled, int Embedded, int? Queued, double? SecondsLeft)
{
    /// <summary>Of <see cref="Queued"/>, the papers that already have a vector and are queued to check or renew it.</summary>
    public int Held { get; init; }

    /// <summary>The status line's value: "41,200 of 52,000 papers embedded, ~6 min left".</summary>
    [JsonIgnore]
    public string Line => this switch
    {
        { Enabled: false } => "off (DigestBot:Semantic:Enabled is false)",
        { Queued: null } => string.Create(CultureInfo.InvariantCulture, $"{Embedded:N0} papers embedded, counting the rest"),
        // Nothing embedded and nothing to embed: either no paper yet, or only papers older than the window, which a
        // bare "0 of 0" would not explain.
        { Queued: 0, Embedded: 0 } => "0 papers embedded: none stored is dated within Semantic:Since (embed --all embeds older ones)",
        { Queued: 0 } => string.Create(CultureInfo.InvariantCulture, $"{Embedded:N0} of {Embedded:N0} papers embedded"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Embedded:N0} of {Embedded + Queued - Held:N0} papers embedded{Renewing()}, {Left()}"),
    };

    private string Renewing() => Held > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({Held:N0} changed since, to renew)") : string.Empty;

    private string Left() => SecondsLeft switch
    {
        null => "the rest when the bot runs (or run embed)",
        < 90 => string.Create(CultureInfo.InvariantCulture, $"~{Math.Max(1, SecondsLeft.Value):F0} s left"),
        < 90 * 60 => string.Create(CultureInfo.InvariantCulture, $"~{SecondsLeft.Value / 60:F0} min left"),
        _ => string.Create(CultureInfo.InvariantCulture, $"~{SecondsLeft.Value / 3600:F1} h left"),
    };
}
