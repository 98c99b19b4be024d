using DigestBot.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.DataDirectory)
            ? ValidateOptionsResult.Fail("DigestBot:Storage:DataDirectory is empty: set it in appsettings.json or pass --data DIR")
            : File.Exists(options.DataDirectory)
            ? ValidateOptionsResult.Fail($"{ConfigurationCheck.Key("DigestBot:Storage:DataDirectory")}: '{options.DataDirectory}' is a file, not a directory")
            : options.KeepPapersDays is < 1
            ? ValidateOptionsResult.Fail($"DigestBot:Storage:KeepPapersDays is {options.KeepPapersDays}: use a number of days (at least 1), or leave it empty to keep every paper")
            : options.KeepDeliveriesDays is < 1
            ? ValidateOptionsResult.Fail($"DigestBot:Storage:KeepDeliveriesDays is {options.KeepDeliveriesDays}: use a number of days (at least 1), or leave it empty to keep every sent delivery")
            : ValidateOptionsResult.Success;
}
