using System.Globalization;
using System.Text.Json.Serialization;

namespace DigestBot.Semantic;

/// <summary>
/// How far the vectors have got, for <c>status</c> (and <c>status --json</c> as <c>semantic</c>): papers with a vector,
/// papers queued for one (known once the start-up scan has counted them), and the time left at the recent rate.
/// </summary>
public sealed record SemanticStatus(bool Enabled, int Embedded, int? Queued, double? SecondsLeft)
{
    /// <summary>The status line's value: "41,200 of 52,000 papers embedded, ~6 min left".</summary>
    [JsonIgnore]
    public string Line => this switch
    {
        { Enabled: false } => "off (DigestBot:Semantic:Enabled is false)",
        { Queued: null } => string.Create(CultureInfo.InvariantCulture, $"{Embedded:N0} papers embedded, counting the rest"),
        { Queued: 0 } => string.Create(CultureInfo.InvariantCulture, $"{Embedded:N0} of {Embedded:N0} papers embedded"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Embedded:N0} of {Embedded + Queued:N0} papers embedded, {Left()}"),
    };

    private string Left() => SecondsLeft switch
    {
        null => "the rest when the bot runs (or run embed)",
        < 90 => string.Create(CultureInfo.InvariantCulture, $"~{Math.Max(1, SecondsLeft.Value):F0} s left"),
        < 90 * 60 => string.Create(CultureInfo.InvariantCulture, $"~{SecondsLeft.Value / 60:F0} min left"),
        _ => string.Create(CultureInfo.InvariantCulture, $"~{SecondsLeft.Value / 3600:F1} h left"),
    };
}
