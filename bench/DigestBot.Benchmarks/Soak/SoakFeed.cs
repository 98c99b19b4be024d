using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using DigestBot.Papers;

namespace DigestBot.Benchmarks;

/// <summary>
/// A loopback RSS 2.0 feed serving the soak's current batch of generated papers (arXiv links, dated now), polled by
/// the app's own feed source. It runs in the fakes' process (<see cref="SoakFakes"/>). Nothing leaves 127.0.0.1.
/// </summary>
internal sealed class SoakFeed : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private volatile string _body = Rss([]);

    public SoakFeed()
    {
        _server = new LoopbackHttpServer(ServeAsync);
        Url = _server.BaseUrl + "feed.xml";
    }

    public string Url { get; }

    /// <summary>How many requests the feed answered.</summary>
    public int Served { get; private set; }

    /// <summary>Replaces what the feed serves.</summary>
    public void ServeXml(string rss) => _body = rss;

    public void Dispose() => _server.Dispose();

    private async Task ServeAsync(HttpListenerContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(_body);
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
        Served++;
    }

    /// <summary>The papers as the RSS 2.0 document the feed serves.</summary>
    public static string Rss(IReadOnlyList<Paper> papers)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>soak</title><link>http://127.0.0.1/</link><description>soak</description>\n");
        var now = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        foreach (var paper in papers)
        {
            var link = $"https://arxiv.org/abs/{paper.Id}";
            text.Append("<item><title>").Append(SecurityElement.Escape(paper.Title)).Append("</title>")
                .Append("<link>").Append(link).Append("</link><guid>").Append(link).Append("</guid>")
                .Append("<description>").Append(SecurityElement.Escape(paper.Abstract)).Append("</description>")
                .Append("<pubDate>").Append(now).Append("</pubDate>");
            foreach (var author in paper.Authors)
            {
                text.Append("<dc:creator>").Append(SecurityElement.Escape(author.Name)).Append("</dc:creator>");
            }

            text.Append("</item>\n");
        }

        return text.Append("</channel></rss>\n").ToString();
    }
}
