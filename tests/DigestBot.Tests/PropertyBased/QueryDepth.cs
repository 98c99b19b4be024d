using DigestBot.QueryLanguage;


namespace DigestBot.Tests.PropertyBased;

/// <summary>How deeply a parsed query nests groups: a term is 0, each AND/OR/NOT around it adds one.</summary>
internal static class QueryDepth
{
    public static int Of(QueryNode node) => node switch
    {
        NotNode n => 1 + Of(n.Child),
        AndNode a => 1 + a.Children.Max(Of),
        OrNode o => 1 + o.Children.Max(Of),
        _ => 0,
    };
}
