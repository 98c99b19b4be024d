using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.DataDirectory)
            ? ValidateOptionsResult.Fail("DigestBot:Storage:DataDirectory is empty: set it in appsettings.json or pass --data DIR")
            : ValidateOptionsResult.Success;
}
