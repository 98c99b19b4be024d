using System.Collections.Concurrent;
using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>What the probe commands saw, and a gate that holds the slow one until the test opens it.</summary>
public sealed class Probe
{
    public ConcurrentQueue<CommandRequest> Calls { get; } = new();

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count(string command) => Calls.Count(c => c.Command.Name == command);
}
