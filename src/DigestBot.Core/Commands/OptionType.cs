namespace DigestBot.Commands;

/// <summary>The value types a command option can take, on every transport.</summary>
// Discord's own names for these option types (STRING, INTEGER, BOOLEAN), which readers of both will look for.
#pragma warning disable CA1720
public enum OptionType
{
    String,
    Integer,
    Boolean,
}
#pragma warning restore CA1720
