namespace DigestBot.Commands;

/// <summary>A command invocation with its option values already typed (string, long, bool) by the transport.</summary>
public sealed record CommandRequest(CommandDefinition Command, IReadOnlyDictionary<string, object> Options, CommandOrigin Origin)
{
    /// <summary>Where long commands report progress (stderr in a terminal); silent unless the transport sets it.</summary>
    public IProgress<string> Progress { get; init; } = Silent.Instance;

    public IReadOnlyList<string> GetStrings(string name) =>
        Options.TryGetValue(name, out var v) ? v switch { string[] many => many, string one => [one], _ => [] } : [];

    public string? GetString(string name) => Options.TryGetValue(name, out var v) ? v as string : null;

    public string GetRequiredString(string name) =>
        GetString(name) ?? throw new CommandInputException($"{Command.Name}: missing {name}");

    public long? GetInteger(string name) => Options.TryGetValue(name, out var v) && v is long l ? l : null;

    public bool GetBoolean(string name) => Options.TryGetValue(name, out var v) && v is true;

    private sealed class Silent : IProgress<string>
    {
        public static readonly Silent Instance = new();

        public void Report(string value)
        {
        }
    }
}
