using Discord;
using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.DiscordBot;

public class DiscordCommandBuilderTests
{
    /// <summary>The app's own definitions of a few commands, two of them local only (merge, import).</summary>
    private static IReadOnlyList<CommandDefinition> AppDefinitions()
    {
        using var provider = TestApp.Services().BuildServiceProvider();
        string[] names = ["help", "paper", "papers", "merge", "sources", "import", "status"];
        return [.. provider.GetRequiredService<CommandDispatcher>().Definitions.Where(d => names.Contains(d.Name))];
    }

    [Fact]
    public async Task The_apps_commands_become_guild_only_slash_commands_without_the_local_ones_which_the_fake_takes_from_discord_net()
    {
        var commands = DiscordCommandBuilder.Build(AppDefinitions());
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var rest = await FakeRest.LoginAsync(fake);

        await rest.BulkOverwriteGuildCommands([.. commands.Select(c => c.Build())], 42);

        Assert.Equal(["help", "paper", "papers", "sources", "status"], commands.Select(c => c.Name));
        Assert.Equal(["help", "paper", "papers", "sources", "status"], fake.Commands.Registered(42)!.Select(c => c!["name"]!.GetValue<string>()));
        Assert.All(fake.Commands.Registered(42)!, c => Assert.Equal("[0]", c!["contexts"]!.ToJsonString()));
        Assert.All(commands, c => Assert.Equal([InteractionContextType.Guild], c.ContextTypes));
        var paper = commands.Single(c => c.Name == "paper").Options.Single();
        Assert.Equal((ApplicationCommandOptionType.String, true), (paper.Type, paper.IsRequired));
        var limit = commands.Single(c => c.Name == "papers").Options.Single();
        Assert.Equal((ApplicationCommandOptionType.Integer, 1d, 1000d), (limit.Type, limit.MinValue!.Value, limit.MaxValue!.Value));
    }

    [Fact]
    public async Task Sub_commands_are_grouped_by_their_first_word_with_required_options_first_and_manage_channels_where_all_manage()
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
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var rest = await FakeRest.LoginAsync(fake);
        await rest.BulkOverwriteGlobalCommands([.. commands.Select(c => c.Build())]);

        Assert.Equal(["digest", "schedule", "watch"], commands.Select(c => c.Name));
        var watch = commands.Single(c => c.Name == "watch");
        Assert.Null(watch.DefaultMemberPermissions);
        Assert.Equal(["add", "list", "remove"], watch.Options.Select(o => o.Name));
        Assert.All(watch.Options, o => Assert.Equal(ApplicationCommandOptionType.SubCommand, o.Type));
        Assert.Equal(["query", "name"], watch.Options[0].Options.Select(o => o.Name));
        Assert.Empty(watch.Options[1].Options);
        Assert.Equal(GuildPermission.ManageChannels, commands.Single(c => c.Name == "schedule").DefaultMemberPermissions);
        Assert.Equal(GuildPermission.ManageChannels, commands.Single(c => c.Name == "digest").DefaultMemberPermissions);
        var registered = fake.Commands.Registered(null)!.Select(c => c!.AsObject()).ToDictionary(c => c["name"]!.GetValue<string>());
        Assert.Equal("16", registered["digest"]["default_member_permissions"]!.ToString());
        Assert.Null(registered["watch"]["default_member_permissions"]);
        Assert.Null(registered["watch"]["options"]![0]!["options"]![0]!["min_value"]);
    }

    [Fact]
    public void A_command_that_is_also_a_group_is_refused()
    {
        CommandDefinition[] definitions = [new("watch", "Watches"), new("watch add", "Add")];

        Assert.Throws<InvalidOperationException>(() => DiscordCommandBuilder.Build(definitions));
    }

    [Fact]
    public async Task The_search_sort_option_offers_its_two_choices_in_discord()
    {
        var commands = DiscordCommandBuilder.Build([DigestBot.Search.SearchCommand.Definition]);
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var rest = await FakeRest.LoginAsync(fake);

        await rest.BulkOverwriteGuildCommands([.. commands.Select(c => c.Build())], 42);

        var options = fake.Commands.Registered(42)!.Single()!["options"]!.AsArray();
        var sort = options.Single(o => o!["name"]!.GetValue<string>() == "sort")!;
        Assert.Equal(["relevance", "date"], sort["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal(["relevance", "date"], sort["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Null(options.Single(o => o!["name"]!.GetValue<string>() == "since")!["choices"]);
    }

    [Fact]
    public async Task The_search_mode_option_offers_keyword_semantic_and_hybrid_in_discord()
    {
        var commands = DiscordCommandBuilder.Build([DigestBot.Search.SearchCommand.Definition, DigestBot.Search.SimilarCommand.Definition]);
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var rest = await FakeRest.LoginAsync(fake);

        await rest.BulkOverwriteGuildCommands([.. commands.Select(c => c.Build())], 42);

        var registered = fake.Commands.Registered(42)!.AsArray();
        var search = registered.Single(c => c!["name"]!.GetValue<string>() == "search")!["options"]!.AsArray();
        var mode = search.Single(o => o!["name"]!.GetValue<string>() == "mode")!;
        Assert.Equal(["keyword", "semantic", "hybrid"], mode["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.NotEqual(true, mode["required"]?.GetValue<bool>());
        var similar = registered.Single(c => c!["name"]!.GetValue<string>() == "similar")!["options"]!.AsArray();
        Assert.True(Assert.Single(similar)!["required"]!.GetValue<bool>());
    }

    [Fact]
    public void The_hash_changes_with_the_commands_the_application_or_the_guild_only()
    {
        var commands = DiscordCommandBuilder.Build(AppDefinitions());
        var changed = DiscordCommandBuilder.Build([.. AppDefinitions(), new CommandDefinition("extra", "Extra")]);
        var described = DiscordCommandBuilder.Build(AppDefinitions());
        described[0].Description += " (changed)";

        var hash = DiscordCommandBuilder.Hash(commands, 1, 2);

        Assert.Equal(hash, DiscordCommandBuilder.Hash(DiscordCommandBuilder.Build(AppDefinitions()), 1, 2));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(commands, 1, null));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(commands, 3, 2));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(changed, 1, 2));
        Assert.NotEqual(hash, DiscordCommandBuilder.Hash(described, 1, 2));
    }
}
