using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Commands;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Status;
using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.DiscordBot;

public class DiscordCommandBuilderTests
{
    private static JsonNode Json(IReadOnlyList<ApplicationCommand> commands) =>
        JsonNode.Parse(JsonSerializer.Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand))!;

    private static IReadOnlyList<CommandDefinition> AppDefinitions()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging();
        services.AddStorage().AddCommands().AddPapers().AddSources().AddStatus().AddDiscord();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<CommandDispatcher>().Definitions;
    }

    [Fact]
    public void The_apps_commands_become_valid_guild_only_slash_commands_without_the_local_ones()
    {
        var commands = DiscordCommandBuilder.Build(AppDefinitions());

        Assert.Null(FakeCommandValidator.Validate(Json(commands)));
        Assert.Equal(["help", "paper", "papers", "sources", "status"], commands.Select(c => c.Name));
        Assert.All(commands, c => Assert.Equal([0], c.Contexts!));
        var paper = commands.Single(c => c.Name == "paper").Options!.Single();
        Assert.Equal((ApplicationCommandOptionType.String, true), (paper.Type, paper.Required));
        var limit = commands.Single(c => c.Name == "papers").Options!.Single();
        Assert.Equal((ApplicationCommandOptionType.Integer, 1d, 1000d), (limit.Type, limit.MinValue!.Value, limit.MaxValue!.Value));
    }

    [Fact]
    public void Sub_commands_are_grouped_by_their_first_word_with_required_options_first_and_manage_channels_where_all_manage()
    {
        CommandDefinition[] definitions =
        [
            new("watch add", "Add a watch", [new CommandOption("name", "Name"), new CommandOption("query", "Query") { Required = true, Positional = true }]) { RequiresManageChannels = true },
            new("watch list", "List watches"),
            new("watch remove", "Remove a watch", [new CommandOption("id", "Watch id", OptionType.Integer) { Required = true, Min = 1 }]) { RequiresManageChannels = true },
            new("schedule set", "Set the schedule", [new CommandOption("when", "When") { Required = true }]) { RequiresManageChannels = true },
            new("schedule pause", "Pause") { RequiresManageChannels = true },
            new("digest", "Post the digest now", [new CommandOption("dry-run", "Only show it", OptionType.Boolean)]) { RequiresManageChannels = true },
            new("import", "Local only") { LocalOnly = true },
        ];

        var commands = DiscordCommandBuilder.Build(definitions);

        Assert.Null(FakeCommandValidator.Validate(Json(commands)));
        Assert.Equal(["digest", "schedule", "watch"], commands.Select(c => c.Name));
        var watch = commands.Single(c => c.Name == "watch");
        Assert.Null(watch.DefaultMemberPermissions);
        Assert.Equal(["add", "list", "remove"], watch.Options!.Select(o => o.Name));
        Assert.All(watch.Options!, o => Assert.Equal(ApplicationCommandOptionType.SubCommand, o.Type));
        Assert.Equal(["query", "name"], watch.Options![0].Options!.Select(o => o.Name));
        Assert.Null(watch.Options[1].Options);
        Assert.Equal("16", commands.Single(c => c.Name == "schedule").DefaultMemberPermissions);
        Assert.Equal("16", commands.Single(c => c.Name == "digest").DefaultMemberPermissions);
    }

    [Fact]
    public void A_command_that_is_also_a_group_is_refused()
    {
        CommandDefinition[] definitions = [new("watch", "Watches"), new("watch add", "Add")];

        Assert.Throws<InvalidOperationException>(() => DiscordCommandBuilder.Build(definitions));
    }

    [Fact]
    public void The_search_sort_option_offers_its_two_choices_in_discord()
    {
        var commands = DiscordCommandBuilder.Build([DigestBot.Search.SearchCommand.Definition]);

        Assert.Null(FakeCommandValidator.Validate(Json(commands)));
        var sort = commands.Single().Options!.Single(o => o.Name == "sort");
        Assert.Equal(["relevance", "date"], sort.Choices!.Select(c => c.Value.GetString()));
        Assert.Null(commands.Single().Options!.Single(o => o.Name == "since").Choices);
    }

    [Fact]
    public void The_hash_changes_with_the_commands_the_application_or_the_guild_only()
    {
        var commands = DiscordCommandBuilder.Build(AppDefinitions());
        var changed = DiscordCommandBuilder.Build([.. AppDefinitions(), new CommandDefinition("extra", "Extra")]);

        var hash = DiscordCommandBuilder.Hash(commands, 1, 2);

        Assert.Equal(hash, DiscordCommandBuilder.Hash(DiscordCommandBuilder.Build(AppDefinitions()), 1, 2));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(commands, 1, null));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(commands, 3, 2));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(changed, 1, 2));
    }
}
