using Discord;
using Discord.Net.Rest;
using Discord.Rest;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.Support;

/// <summary>A plain Discord.Net REST client logged in to the fake Discord (no DigestBot wrapper), to see what the fake takes from it.</summary>
internal static class FakeRest
{
    public static async Task<DiscordRestClient> LoginAsync(FakeDiscordServer fake)
    {
        var api = fake.ApiBaseUrl.ToString().TrimEnd('/') + "/";
        var client = new DiscordRestClient(new DiscordRestConfig
        {
            RestClientProvider = _ => DefaultRestClientProvider.Create(useProxy: false)(api),

            // Test interactions are made at the test clock's time, not now: their age is not what is tested here.
            UseInteractionSnowflakeDate = false,
        });
        await client.LoginAsync(TokenType.Bot, fake.Options.Token, validateToken: false);
        return client;
    }
}
