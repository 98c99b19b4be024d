using DigestBot.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

/// <summary>
/// Says at start-up when <c>Storage:KeepPapers</c> is shorter than <c>Sources:Freshness</c>. The combination works (a
/// channel never gets a paper twice) but wastes work: retention removes papers the sources still list as new, and each
/// listing stores and matches them again. Not an error: the documentation asks to keep it above, and says what happens.
/// </summary>
internal sealed class KeepPapersWarning(IOptions<StorageOptions> storage, IOptions<SourcesOptions> sources, ILogger<KeepPapersWarning> logger)
{
    public void Warn()
    {
        var freshness = sources.Value.Freshness;
        if (storage.Value.KeepPapers is { } keep && keep < freshness)
        {
            logger.LogWarning(
                "DigestBot:Storage:KeepPapers ({KeepPapers}) is shorter than DigestBot:Sources:Freshness ({Freshness}): papers are removed while "
                + "sources still list them as new, then stored and matched again at each listing (a channel never gets one twice); "
                + "set KeepPapers to at least {Freshness}",
                keep.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                freshness.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                freshness.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
