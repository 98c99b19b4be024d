using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DigestBot.Dashboard;

/// <summary>
/// Where the antiforgery tokens' protection keys live: in memory. Left to its defaults, ASP.NET Core data protection
/// writes them under the user's home directory, outside the data directory; sessions are in memory anyway, so keys that
/// end with the process cost nothing (a restart asks for the key link again).
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly Lock _gate = new();
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_gate)
        {
            _elements.Add(new XElement(element));
        }
    }
}
