namespace DigestBot.DiscordBot;

public enum RouteKind
{
    Ping,
    Command,
    Autocomplete,

    /// <summary>Unknown command, unsupported interaction type, or not allowed here: answered ephemerally.</summary>
    Refused,
}
