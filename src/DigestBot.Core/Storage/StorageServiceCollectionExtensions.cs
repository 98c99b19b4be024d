using DigestBot.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>The locked data directory and the LiteDB database (opened by the first start-up step, not when made).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindChecked(StorageOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<Database>();
        return services;
    }
}
