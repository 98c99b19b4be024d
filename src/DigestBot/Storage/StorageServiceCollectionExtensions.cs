using DigestBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The locked data directory and the LiteDB database, opened first when the host starts.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindChecked(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<Database>();
        services.AddHostedService<StorageStartup>();
        return services;
    }
}
