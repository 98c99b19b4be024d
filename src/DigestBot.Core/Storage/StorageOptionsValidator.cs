using DigestBot.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.DataDirectory)
            ? ValidateOptionsResult.Fail("DigestBot:Storage:DataDirectory is empty: set it in appsettings.json or pass --data DIR")
            : DataDirectory.NotADirectory(options.DataDirectory) is { } notADirectory
            ? ValidateOptionsResult.Fail($"{ConfigurationCheck.Key("DigestBot:Storage:DataDirectory")}: '{options.DataDirectory}' {notADirectory}")
            : options.KeepPapers is { } papers && !Kept(papers)
            ? ValidateOptionsResult.Fail($"DigestBot:Storage:KeepPapers is {papers:c}: use a day to a hundred years (e.g. 365.00:00:00), or leave it empty to keep every paper")
            : options.KeepDeliveries is { } deliveries && !Kept(deliveries)
            ? ValidateOptionsResult.Fail($"DigestBot:Storage:KeepDeliveries is {deliveries:c}: use a day to a hundred years (e.g. 30.00:00:00), or leave it empty to keep every sent delivery")
            : ValidateOptionsResult.Success;

    /// <summary>A retention period: at least a day, and not so long that its cutoff would fall before the calendar's start.</summary>
    private static bool Kept(TimeSpan period) => period >= TimeSpan.FromDays(1) && period <= TimeSpan.FromDays(36_500);
}
