using System.ClientModel;
using System.ClientModel.Primitives;
using DigestBot.Commands;
using DigestBot.Configuration;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenAI;

namespace DigestBot.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>
    /// Offline TL;DRs, key phrases and topic overviews always (the last two read the search index, so they need
    /// <c>AddSearch()</c>); an OpenAI-compatible <see cref="IChatClient"/> when <c>Summaries:Provider</c> is OpenAI.
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.AddOptions<SummariesOptions>().BindChecked(SummariesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SummariesOptions>, SummariesOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<LlmSummarizer>();
        services.AddSingleton<KeyPhrases>();
        services.AddSingleton<TopicOverview>();
        services.TryAddSingleton(CreateChatClient);
        services.AddCommand<SummaryCommand>();
        services.AddCommand<SummaryPaperCommand>();
        services.AddCommand<SummaryTopicCommand>();
        return services;
    }

    private static IChatClient CreateChatClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SummariesOptions>>().Value;
        var client = new OpenAI.Chat.ChatClient(
            options.Model,
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint),
                NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),

                // One attempt: a failure falls back to the extract at once, and each attempt counts against the budget.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            });
        return client.AsIChatClient();
    }
}
