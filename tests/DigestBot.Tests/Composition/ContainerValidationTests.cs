using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Local;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Tests.Composition;

/// <summary>
/// The real container, built by <see cref="DigestBotHost"/> as the executable builds it, with the container's own
/// validation on: every registration can be made, no singleton takes a scoped service, no dependency cycle (also through
/// the forwards the container cannot see into), and making the whole running bot touches nothing on disk.
/// </summary>
public sealed class ContainerValidationTests
{
    [Theory]
    [InlineData("Local", typeof(ConsoleChannelPoster))]
    [InlineData("Gateway", typeof(DiscordChannelPoster))]
    [InlineData("Http", typeof(DiscordChannelPoster))]
    public void The_apps_container_builds_validated_in_every_mode_and_making_the_bot_does_no_io(string mode, Type poster)
    {
        using var temp = new TempDirectory();
        var data = temp.Combine("data");
        IServiceCollection? registered = null;
        using var host = DigestBotHost.Build(CliSettings.Read(["--data", data]), builder =>
        {
            builder.Configuration.AddInMemoryCollection(Discord(mode));
            builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
            registered = builder.Services;
        });

        var cycles = DependencyCycles.Find(registered!);
        Assert.True(cycles.Count == 0, "dependency cycles: " + string.Join("; ", cycles));
        Assert.IsType(poster, host.Services.GetRequiredService<IChannelPoster>());
        Assert.IsType<StartupSequence>(Assert.Single(host.Services.GetServices<IHostedService>()));
        foreach (var registration in host.Services.GetServices<CommandRegistration>())
        {
            Assert.NotNull(registration.Handler());
        }

        Assert.False(Directory.Exists(data), "making the bot's services created the data directory: a constructor did I/O");
    }

    private static Dictionary<string, string?> Discord(string mode) => mode == "Local"
        ? new() { ["DigestBot:Discord:Mode"] = "Local" }
        : new()
        {
            ["DigestBot:Discord:Mode"] = mode,
            ["DigestBot:Discord:Token"] = "container-test-token",
            ["DigestBot:Discord:ApplicationId"] = "123456789012345678",
            ["DigestBot:Discord:PublicKey"] = new string('a', 64),
        };
}
