namespace DigestBot.QueryLanguage;

/// <summary>What a query term searches: a field prefix (<c>ti:</c>, <c>au:</c> …) or, without one, the default fields.</summary>
public enum SearchField
{
    /// <summary>No prefix: title, abstract and authors.</summary>
    Default,

    /// <summary><c>ti:</c></summary>
    Title,

    /// <summary><c>au:</c></summary>
    Author,

    /// <summary><c>abs:</c></summary>
    Abstract,

    /// <summary><c>cat:</c>, a whole category (<c>cs.LG</c>) or its archive (<c>cs</c>).</summary>
    Category,

    /// <summary><c>id:</c>, an arXiv id or DOI in any form <see cref="Papers.PaperId"/> reads.</summary>
    Id,

    /// <summary><c>all:</c>: title, abstract, authors, categories and ids.</summary>
    All,

    /// <summary><c>like:</c> one or more paper ids (<c>like:2405.13786,2406.01234</c>): papers close in meaning to any of them.</summary>
    Like,

    /// <summary><c>about:"text"</c>: papers close in meaning to the text.</summary>
    About,
}
