using System.ClientModel;
using System.ClientModel.Primitives;
using DigestBot.Commands;
using DigestBot.Configuration;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace DigestBot.Summaries;

internal static class SummariesServiceCollectionExtensions
{
    /// <summary>
    /// Offline TL;DRs, key phrases and topic overviews always; an OpenAI-compatible <see cref="IChatClient"/> when
    /// <c>Summaries:Provider</c> is OpenAI (made when an LLM summary is first asked for).
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SummariesOptions>().BindChecked(SummariesOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SummariesOptions>, SummariesOptionsValidator>();
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<LlmSummarizer>();
        services.AddSingleton(sp => new Lazy<LlmSummarizer>(sp.GetRequiredService<LlmSummarizer>));
        services.AddSingleton<KeyPhrases>();
        services.AddSingleton<TopicOverview>();
        services.AddSingleton(CreateChatClient);
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
                NetworkTimeout = options.Timeout,

                // One attempt: a failure falls back to the extract at once, and each attempt counts against the budget.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            });
        return client.AsIChatClient();
    }
}
