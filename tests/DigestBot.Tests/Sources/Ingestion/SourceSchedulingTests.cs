using DigestBot.Papers;
using DigestBot.Scheduling;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Sources.Ingestion;

public sealed class SourceSchedulingTests : IDisposable
{
    private readonly FixtureServer _server = new();
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task At_start_up_a_source_that_never_succeeded_is_polled_by_its_quartz_job_and_disabled_ones_are_not()
    {
        _server.On("/rss/cs.AI", Response.Bytes(Fixtures.Recorded("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml")));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Sources:ArxivRequestInterval"] = "00:00:00",
            ["DigestBot:Sources:List:arxiv:Type"] = "ArxivListing",
            ["DigestBot:Sources:List:arxiv:Categories:0"] = "cs.AI",
            ["DigestBot:Sources:List:arxiv:Url"] = _server.BaseUrl,
            ["DigestBot:Sources:List:arxiv:Schedule"] = "0 0 6 ? * MON-FRI",
            ["DigestBot:Sources:List:arxiv:TimeZone"] = "America/New_York",
            ["DigestBot:Sources:List:off:Type"] = "ArxivListing",
            ["DigestBot:Sources:List:off:Categories:0"] = "cs.CL",
            ["DigestBot:Sources:List:off:Url"] = _server.BaseUrl,
            ["DigestBot:Sources:List:off:Enabled"] = "false",
            ["DigestBot:Sources:List:openalex:Type"] = "OpenAlex",
            ["DigestBot:Sources:List:openalex:Query"] = "attention",
            ["DigestBot:Sources:List:openalex:Url"] = _server.BaseUrl,
            ["DigestBot:Dashboard:Enabled"] = "false",
        });
        builder.Services.AddDigestBot(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        var states = host.Services.GetRequiredService<SourceStateStore>();
        for (var i = 0; i < 300 && states.Get("arxiv").LastSuccess is null; i++)
        {
            await Task.Delay(100);
        }

        await host.StopAsync();

        Assert.NotNull(states.Get("arxiv").LastSuccess);
        Assert.Equal(3, host.Services.GetRequiredService<PaperStore>().Count());
        Assert.All(_server.Requests, r => Assert.Equal("/rss/cs.AI", r.Path));
        var status = host.Services.GetRequiredService<SourceStatusReader>().Read();
        Assert.Equal(["arxiv", "off", "openalex"], status.Select(s => s.Name));
        Assert.Equal([true, false, false], status.Select(s => s.Polled));
        Assert.Contains("API key", status[2].NotPolledBecause, StringComparison.Ordinal);
    }
}
