using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>The real executable in Gateway and Http mode against the fake Discord.</summary>
public sealed partial class DiscordModesProcessTests() : FakeDiscordProcessTest("process-modes-token-SECRET")
{
    private DigestBotProcess Start(params (string Key, string Value)[] settings) =>
        DigestBotProcess.Start(["--data", Data], Environment([("DigestBot__Discord__GuildId", "4242"), .. settings]));

    [Fact]
    public async Task In_gateway_mode_the_bot_connects_answers_an_interaction_and_closes_with_1000_on_sigterm()
    {
        using var bot = Start();
        Assert.True(await bot.WaitForOutputAsync("Connected to the Discord gateway", Limit), bot.Stderr);

        // The bot runs on the real clock, so the interaction is made now.
        await Fake.Gateway.InteractionCreateAsync(Interactions.At(Interactions.Command(51, "help"), DateTimeOffset.UtcNow));
        for (var i = 0; i < 3000 && Fake.Interactions.Response(Interactions.Token(51)) is null; i++)
        {
            await Task.Delay(10);
        }

        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        Assert.Equal(4, Fake.Interactions.Response(Interactions.Token(51))?["type"]?.GetValue<int>());
        var connection = Assert.Single(Fake.Gateway.Connections);
        Assert.Equal(1000, connection.ClientCloseCode);
        Assert.DoesNotContain(Token, bot.Stderr + bot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_http_mode_the_bot_listens_on_loopback_answers_a_signed_ping_and_opens_no_gateway()
    {
        using var discord = new SignedRequests();
        using var bot = Start(
            ("DigestBot__Discord__Mode", "Http"),
            ("DigestBot__Discord__ApplicationId", Fake.Options.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DigestBot__Discord__PublicKey", discord.PublicKeyHex),
            ("DigestBot__Discord__Http__ListenUrls", "http://127.0.0.1:0"));
        Assert.True(await bot.WaitForOutputAsync("Discord interactions endpoint listening on", Limit), bot.Stderr);
        var url = new Uri(ListeningOn().Match(bot.Stderr + bot.Stdout).Groups["url"].Value);
        var ping = Encoding.UTF8.GetBytes("""{"id":"52","application_id":"1","type":1,"token":"t","version":1}""");

        var signed = await discord.PostSignedAsync(url, ping, DateTimeOffset.UtcNow);
        var unsigned = await discord.PostAsync(url, ping, null, SignedRequests.Stamp(DateTimeOffset.UtcNow));
        bot.SendSigterm();

        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        Assert.Equal((200, 1), (signed.Status, JsonNode.Parse(signed.Body)!["type"]!.GetValue<int>()));
        Assert.Equal(401, unsigned.Status);
        Assert.Empty(Fake.Gateway.Connections);
        Assert.Equal("/interactions", url.AbsolutePath);
    }

    [GeneratedRegex(@"listening on (?<url>http://127\.0\.0\.1:\d+/interactions)")]
    private static partial Regex ListeningOn();
}
