namespace DigestBot.DiscordBot;

/// <summary><c>DigestBot:Discord:Http</c>: the interactions endpoint, used in <see cref="DiscordMode.Http"/> only.</summary>
public sealed class DiscordHttpOptions
{
    public string ListenUrls { get; set; } = "http://127.0.0.1:8080";

    public string Path { get; set; } = "/interactions";
}
