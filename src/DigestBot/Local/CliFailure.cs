using DigestBot.Configuration;
using DigestBot.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Local;

/// <summary>
/// Failures that stop a command or the bot with one line on stderr and an exit code: the data directory in use, a
/// configuration error (exit 2). Anything else is a bug, which the CLI reports as its last resort.
/// </summary>
internal static class CliFailure
{
    /// <summary>Prints the failure's line and returns its exit code; null when it is not one of ours.</summary>
    public static int? Report(Exception e)
    {
        if (Describe(e) is not var (message, code))
        {
            return null;
        }

        Console.Error.WriteLine($"digestbot: {message}");
        return code;
    }

    private static (string Message, int Code)? Describe(Exception e)
    {
        switch (e)
        {
            case StartupException s:
                return (s.Message, s.ExitCode);
            case OptionsValidationException o:
                return (ConfigurationError.Describe(o), ExitCodes.BadInput);
            case AggregateException a:
                // The host wraps the start-up failures of several services (or several invalid options) together.
                var parts = a.Flatten().InnerExceptions.Select(Describe).ToList();
                if (parts.Count == 0 || parts.Any(p => p is null))
                {
                    return null;
                }

                var code = parts.All(p => p!.Value.Code == ExitCodes.BadInput) ? ExitCodes.BadInput : ExitCodes.Failure;
                return (string.Join("; ", parts.Select(p => p!.Value.Message).Distinct()), code);
            default:
                return null;
        }
    }
}
