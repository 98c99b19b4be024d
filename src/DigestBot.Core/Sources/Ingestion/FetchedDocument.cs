using System.Net;

namespace DigestBot.Sources;

/// <summary>A fetched body as raw bytes (parsers decode UTF-8 themselves), with its validators for the next poll.</summary>
public sealed record FetchedDocument(HttpStatusCode Status, byte[] Body, string? ETag, string? LastModified)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;
}
