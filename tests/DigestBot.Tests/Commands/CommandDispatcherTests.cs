using DigestBot.Commands;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Commands;

public class CommandDispatcherTests
{
    private static readonly CommandOrigin Origin = CommandOrigin.Prompt;

    [Fact]
    public async Task A_command_runs_with_its_typed_options()
    {
        var reply = await Dispatcher().DispatchAsync("echo", Options(("text", "hi"), ("times", 3L)), Origin, default);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        Assert.Equal("hi hi hi", reply.Text);
    }

    [Theory]
    [InlineData("times", 0L, "echo: times must be between 1 and 5 (got 0)")]
    [InlineData("times", 6L, "echo: times must be between 1 and 5 (got 6)")]
    [InlineData("indent", -1L, "echo: indent must be at least 0 (got -1)")]
    [InlineData("width", 81L, "echo: width must be at most 80 (got 81)")]
    [InlineData("times", "three", "echo: times must be integer")]
    [InlineData("colour", "red", "echo: unknown option 'colour'")]
    public async Task Options_outside_the_definition_are_refused_before_the_handler_runs(string name, object value, string message)
    {
        var reply = await Dispatcher().DispatchAsync("echo", Options(("text", "hi"), (name, value)), Origin, default);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal(message, reply.Text);
        Assert.True(reply.Ephemeral);
        Assert.Equal(name, reply.Option);
    }

    [Fact]
    public async Task A_missing_required_option_is_bad_input()
    {
        var reply = await Dispatcher().DispatchAsync("echo", Options(), Origin, default);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal("echo: text is required", reply.Text);
        Assert.Equal("text", reply.Option);
    }

    [Fact]
    public async Task An_unknown_command_is_bad_input()
    {
        var reply = await Dispatcher().DispatchAsync("nope", Options(), Origin, default);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Contains("unknown command 'nope'", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_throws_becomes_a_failure_reply_not_an_exception()
    {
        var reply = await Dispatcher().DispatchAsync("echo", Options(("text", "boom")), Origin, default);

        Assert.Equal(ReplyKind.Failure, reply.Kind);
        Assert.Equal("echo failed: the handler broke", reply.Text);
    }

    [Fact]
    public async Task A_setting_the_command_needs_that_is_wrong_is_one_line_naming_it_as_bad_input_and_logs_no_error()
    {
        var log = new LogLines();
        using var factory = new LoggerFactory([log]);

        var reply = await Dispatcher(factory.CreateLogger<CommandDispatcher>()).DispatchAsync("echo", Options(("text", "misconfigured")), Origin, default);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal("digestbot: DigestBot:Echo:Voice is required; DigestBot:Echo:Pitch must be positive", reply.Text);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task Help_lists_every_command_in_cli_form()
    {
        var reply = await Dispatcher().DispatchAsync("help", Options(), Origin, default);

        var fields = Assert.Single(reply.Cards).Fields.Select(f => f.Name).ToList();
        Assert.Equal(["echo TEXT [--times N] [--indent N] [--width N]", "help [COMMAND]"], fields);
    }

    private static Dictionary<string, object> Options(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static CommandDispatcher Dispatcher(ILogger<CommandDispatcher>? logger = null)
    {
        var registrations = new List<CommandRegistration> { new(EchoCommand.Definition, () => new EchoCommand()) };
        registrations.Add(new(HelpCommand.Definition, () => new HelpCommand(registrations)));
        return new CommandDispatcher(registrations, logger ?? NullLogger<CommandDispatcher>.Instance);
    }

    private sealed class EchoCommand : ICommandHandler
    {
        public static CommandDefinition Definition { get; } = new(
            "echo",
            "Repeat text",
            [
                new CommandOption("text", "What to say") { Required = true, Positional = true },
                new CommandOption("times", "How often", OptionType.Integer) { Min = 1, Max = 5 },
                new CommandOption("indent", "Spaces before", OptionType.Integer) { Min = 0 },
                new CommandOption("width", "Longest line", OptionType.Integer) { Max = 80 },
            ]);

        public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            var text = request.GetRequiredString("text");
            if (text == "boom")
            {
                throw new InvalidOperationException("the handler broke");
            }

            if (text == "misconfigured")
            {
                // What reading IOptions<T>.Value throws when a setting fails its validation.
                throw new OptionsValidationException(
                    Microsoft.Extensions.Options.Options.DefaultName,
                    typeof(EchoCommand),
                    ["DigestBot:Echo:Voice is required", "DigestBot:Echo:Pitch must be positive"]);
            }

            var times = (int)(request.GetInteger("times") ?? 1);
            return ValueTask.FromResult(Reply.Message(string.Join(' ', Enumerable.Repeat(text, times))));
        }
    }
}
