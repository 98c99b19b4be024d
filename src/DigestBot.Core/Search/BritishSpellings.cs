namespace DigestBot.Search;

/// <summary>
/// British spellings and the American forms they are searched by, so that "optimisation" finds "optimization" and a
/// watch on "quantisation" matches a paper on "quantization" (and the other way round: the index keeps both forms of
/// a British word, a query takes the American one). Words come in lower case and ASCII-folded, as the analysis has them
/// before stemming; the form that comes out is the one Porter's stemmer then reduces as it does the American word.
/// Each rule is narrow enough to leave other words alone:
/// <list type="bullet">
/// <item>-isation(s) → -ization(s), any word but "improvisation";</item>
/// <item>-ise, -ised, -ises, -ising, -iser(s), -isable, -isability of a known stem (optimise, normalise, tokenise,
/// penalise…, also after un-, re-, de-, over-, under-, non-, pre-, mis-, dis-) → -ize…;</item>
/// <item>-yse, -ysed, -ysing, -yser(s) of analyse, catalyse, paralyse, hydrolyse, dialyse, electrolyse → -yze…
/// ("analyses" stays: far more often the plural of "analysis");</item>
/// <item>-our- → -or- in words starting with colour, behaviour, neighbour, labour, tumour, … (also after un-, mis-,
/// dis-, ill-);</item>
/// <item>one l instead of two before -ing, -ed, -er(s), -or(s), -ous in modelling, labelling, travelling, signalling,
/// tunnelling, … (not "controlled", "cancellation": American too);</item>
/// <item>ae and oe at the start of medical and classical words (haem-, anaem-, oesophag-, paediatr-, palaeo-, …);
/// sulph- → sulf-;</item>
/// <item>single words and their inflections: centre, fibre, metre, litre, grey, learnt, programme, artefact, ageing,
/// judgement, catalogue, analogue, dialogue, defence, licence, practise, aluminium, caesium, mould, sceptical,
/// enrolment, fulfil, focussed, manoeuvre, ….</item>
/// </list>
/// </summary>
internal static class BritishSpellings
{
    private static readonly string[] IzeStems =
    [
        "optim", "minim", "maxim", "normal", "regular", "general", "character", "recogn", "organ", "summar", "visual",
        "parameter", "parametr", "token", "quant", "initial", "util", "special", "standard", "stabil", "synthes",
        "emphas", "priorit", "categor", "custom", "real", "final", "local", "random", "vector", "discret", "personal",
        "central", "serial", "capital", "polar", "neutral", "crystall", "memor", "mobil", "modern", "factor", "linear",
        "lemmat", "binar", "steril", "symbol", "critic", "hypothes", "theor", "sanit", "harmon", "familiar", "colon",
        "fertil", "industrial", "commercial", "global", "rational", "internal", "external", "formal", "conceptual",
        "contextual", "individual", "operational", "equal", "legal", "vocal", "ideal", "canon", "immun", "ion",
        "magnet", "metabol", "oxid", "polymer", "isomer", "homogen", "digit", "privat", "urban", "anonym", "synchron",
        "econom", "social", "material", "virtual", "actual", "mechan", "marginal", "orthogonal", "diagonal", "trivial",
        "sensit", "miniatur", "author", "apolog", "agon", "jeopard", "patron", "fossil", "scrutin", "terror",
        "victim", "sympath", "energ", "fantas", "stigmat", "traumat", "dramat", "democrat", "systemat", "schemat",
        "problemat", "modular", "popular", "particular", "national", "parallel", "container", "motor", "computer",
        "weapon", "penal", "revolution", "hospital", "vapor", "subsid", "nebul", "temporal", "textual", "spectral",
    ];

    private static readonly string[] IzeEndings =
        ["ise", "ised", "ises", "ising", "iser", "isers", "isable", "isability", "isabilities", "isation", "isations"];

    private static readonly string[] YzeStems = ["anal", "catal", "paral", "hydrol", "dial", "electrol", "photol", "pyrol", "autol"];

    private static readonly string[] YzeEndings = ["yse", "ysed", "ysing", "yser", "ysers"];

    private static readonly string[] DoubledL =
    [
        "model", "label", "travel", "signal", "cancel", "channel", "tunnel", "fuel", "level", "counsel", "marshal",
        "total", "funnel", "dial", "equal", "initial", "panel", "rival", "spiral", "parcel", "quarrel", "shovel",
        "ravel", "libel", "pencil", "pedal", "barrel", "marvel", "duel", "kernel",
    ];

    // A doubled l and what follows it, and the American ending after the single l.
    private static readonly (string British, string American)[] DoubledLEndings =
        [("lling", "ing"), ("lled", "ed"), ("ller", "er"), ("llers", "ers"), ("llor", "or"), ("llors", "ors"), ("llous", "ous")];

    private static readonly string[] OurWords =
    [
        "colour", "behaviour", "neighbour", "favour", "labour", "humour", "tumour", "vapour", "flavour", "harbour",
        "honour", "rumour", "odour", "rigour", "vigour", "armour", "endeavour", "savour", "clamour", "parlour",
        "splendour", "valour", "fervour", "candour", "ardour", "saviour",
    ];

    private static readonly (string British, string American)[] Prefixes =
    [
        ("haem", "hem"), ("anaem", "anem"), ("leukaem", "leukem"), ("ischaem", "ischem"), ("septicaem", "septicem"),
        ("hypoglycaem", "hypoglycem"), ("hyperglycaem", "hyperglycem"), ("glycaem", "glycem"), ("bacteraem", "bacterem"),
        ("uraem", "urem"), ("toxaem", "toxem"), ("paediatr", "pediatr"), ("orthopaed", "orthoped"), ("anaesth", "anesth"),
        ("gynaec", "gynec"), ("oesophag", "esophag"), ("oestr", "estr"), ("oedem", "edem"), ("foet", "fet"),
        ("diarrhoe", "diarrhe"), ("aetiol", "etiol"), ("palaeo", "paleo"), ("encyclopaed", "encycloped"),
        ("mediaev", "mediev"), ("homoeo", "homeo"), ("coeliac", "celiac"), ("dyspnoe", "dyspne"), ("apnoe", "apne"),
        ("faec", "fec"), ("sulph", "sulf"),
    ];

    // What may stand before a stem: "reorganise", "unlabelled", "misbehaviour".
    private static readonly string[] WordPrefixes = ["", "un", "re", "de", "over", "under", "non", "pre", "mis", "dis", "ill", "self"];

    // Single words, each with the endings it takes: "s" adds an s to both; "d:ed" adds d to the British word, ed to
    // the American (see Join for a final e).
    private static readonly (string British, string American, string Endings)[] Listed =
    [
        ("centre", "center", "s|d:ed|ing"), ("epicentre", "epicenter", "s"), ("fibre", "fiber", "s"),
        ("fibreglass", "fiberglass", ""), ("metre", "meter", "s"), ("kilometre", "kilometer", "s"),
        ("centimetre", "centimeter", "s"), ("millimetre", "millimeter", "s"), ("micrometre", "micrometer", "s"),
        ("nanometre", "nanometer", "s"), ("litre", "liter", "s"), ("millilitre", "milliliter", "s"),
        ("theatre", "theater", "s"), ("calibre", "caliber", ""), ("spectre", "specter", "s"), ("lustre", "luster", ""),
        ("sombre", "somber", ""), ("meagre", "meager", ""), ("manoeuvre", "maneuver", "s|d:ed|ing"),
        ("manoeuvrability", "maneuverability", ""), ("manoeuvrable", "maneuverable", ""),
        ("grey", "gray", "s|ish|ness"), ("greyscale", "grayscale", ""), ("learnt", "learned", ""),
        ("dreamt", "dreamed", ""), ("burnt", "burned", ""), ("programme", "program", "s"), ("artefact", "artifact", "s"),
        ("ageing", "aging", ""), ("judgement", "judgment", "s"), ("acknowledgement", "acknowledgment", "s"),
        ("catalogue", "catalog", "s|d:ed|ing"), ("analogue", "analog", "s"), ("dialogue", "dialog", "s"),
        ("defence", "defense", "s|less"), ("offence", "offense", "s"), ("licence", "license", "s"),
        ("pretence", "pretense", ""), ("practise", "practice", "s|d:ed|ing"), ("aluminium", "aluminum", ""),
        ("caesium", "cesium", ""), ("mould", "mold", "s|ed|ing|y"), ("smoulder", "smolder", "s|ed|ing"),
        ("plough", "plow", "s|ed|ing"), ("sceptic", "skeptic", "s|al|ally|ism"), ("enrol", "enroll", "s"),
        ("enrolment", "enrollment", "s"), ("fulfil", "fulfill", "s"), ("fulfilment", "fulfillment", ""),
        ("instalment", "installment", "s"), ("skilful", "skillful", "ly"), ("wilful", "willful", "ly"),
        ("focussed", "focused", ""), ("focussing", "focusing", ""), ("focusses", "focuses", ""),
        ("benefitted", "benefited", ""), ("benefitting", "benefiting", ""), ("jewellery", "jewelry", ""),
        ("aeon", "eon", "s"),
    ];

    // The tables below let most words be passed over after a look-up or two, so the filter costs little on American
    // text: endings by a word's last two letters, listed words, -our- words and prefixes by its first three.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IzeStemSet = WithPrefixes(IzeStems);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YzeStemSet = WithPrefixes(YzeStems);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DoubledLSet = WithPrefixes(DoubledL);
    private static readonly Ending[]?[] EndingsByLastTwo = EndingTable();
    private static readonly (string British, string American)[]?[] ListedByStart = ListedTable();
    private static readonly (string British, string American)[]?[] PrefixesByStart = ByStart(Prefixes);

    // What may follow a wildcard's prefix to make a word a rule changes: the ends of the endings (optimis|ation,
    // modell|ing) and of the -our- words (behaviou|r). Listed words are read whole.
    private static readonly string[] Tails =
    [
        .. IzeEndings.Concat(YzeEndings).Concat(DoubledLEndings.Select(e => e.British)).Append("our")
            .SelectMany(e => Enumerable.Range(0, e.Length).Select(i => e[i..]))
            .Distinct(StringComparer.Ordinal),
    ];

    private static readonly string[] ListedWords = [.. ListedByStart.OfType<(string British, string American)[]>().SelectMany(g => g.Select(p => p.British))];

    // Which of the three tables by first letters has something for a start: one small array read for most words.
    private static readonly byte[] Starts = StartsTable();

    [Flags]
    private enum StartHas : byte
    {
        Listed = 1,
        Our = 2,
        Prefix = 4,
    }

    private enum Rule
    {
        Ize,
        Yze,
        DoubledL,
    }

    /// <summary>The American form of a lower-case word, or false when it is not a British spelling this knows.</summary>
    public static bool TryAmerican(ReadOnlySpan<char> word, out string american)
    {
        american = string.Empty;
        if (word.Length < 4 || !char.IsAsciiLetterLower(word[^1]) || !char.IsAsciiLetterLower(word[^2]))
        {
            return false;
        }

        if (EndingsByLastTwo[Index(word[^2], word[^1])] is { } endings && TryEnding(word, endings, out american))
        {
            return true;
        }

        if (Start(word) is not { } start || Starts[start] == 0)
        {
            return false;
        }

        var has = (StartHas)Starts[start];
        if ((has & StartHas.Listed) != 0 && ListedByStart[start] is { } listed)
        {
            foreach (var (british, us) in listed)
            {
                if (word.SequenceEqual(british))
                {
                    american = us;
                    return true;
                }
            }
        }

        if ((has & StartHas.Our) != 0 && TryOur(word, out american))
        {
            return true;
        }

        if ((has & StartHas.Prefix) != 0 && PrefixesByStart[start] is { } prefixes)
        {
            foreach (var (british, us) in prefixes)
            {
                if (word.StartsWith(british.AsSpan()))
                {
                    american = string.Concat(us, word[british.Length..]);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// What a wildcard's prefix (<c>optimis*</c>) also reads in American English: the American forms of the British
    /// words it begins, as prefixes (<c>optimiz*</c>), none already covered by the prefix itself or by another. A
    /// prefix takes the other spelling once it reaches the letter that differs: <c>optimis</c>, <c>behaviou</c>,
    /// <c>modell</c>, <c>centr</c>, <c>haem</c> (for a medical prefix, all of it); <c>optim</c> or <c>model</c>
    /// already read both.
    /// </summary>
    public static IReadOnlyList<string> AmericanPrefixes(string prefix)
    {
        var found = new List<string>();
        Add(prefix);
        foreach (var tail in Tails)
        {
            Add(prefix + tail);
        }

        foreach (var british in ListedWords)
        {
            if (british.Length > prefix.Length && british.StartsWith(prefix, StringComparison.Ordinal))
            {
                Add(british);
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        // optimize, optimizer, optimization… all start with optimiz, as long as optimis: one prefix reads them all.
        found.Sort(StringComparer.Ordinal);
        var common = found[0].AsSpan()[..found[^1].AsSpan().CommonPrefixLength(found[0])];
        if (common.Length >= prefix.Length)
        {
            return [common.ToString()];
        }

        var kept = new List<string>();
        foreach (var american in found)
        {
            // Sorted, so a prefix comes before the words it covers.
            if (kept.Count == 0 || !american.StartsWith(kept[^1], StringComparison.Ordinal))
            {
                kept.Add(american);
            }
        }

        return kept;

        void Add(string word)
        {
            if (TryAmerican(word, out var american) && !american.StartsWith(prefix, StringComparison.Ordinal))
            {
                found.Add(american);
            }
        }
    }

    private static bool TryEnding(ReadOnlySpan<char> word, Ending[] endings, out string american)
    {
        american = string.Empty;
        foreach (var ending in endings)
        {
            if (word.Length <= ending.British.Length + 1 || !word.EndsWith(ending.British.AsSpan()))
            {
                continue;
            }

            var stem = word[..^ending.Stripped];
            var known = ending.Rule switch
            {
                // -isation is American nowhere but in "improvisation": any stem.
                Rule.Ize when ending.British.StartsWith("isation", StringComparison.Ordinal) => !stem.SequenceEqual("improv"),
                Rule.Ize => IzeStemSet.Contains(stem),
                Rule.Yze => YzeStemSet.Contains(stem),
                _ => DoubledLSet.Contains(stem),
            };
            if (known)
            {
                american = string.Concat(stem, ending.American);
                return true;
            }
        }

        return false;
    }

    private static bool TryOur(ReadOnlySpan<char> word, out string american)
    {
        american = string.Empty;
        var at = word.IndexOf("our", StringComparison.Ordinal);
        if (at < 2)
        {
            return false;
        }

        foreach (var british in OurWords)
        {
            var start = at + 3 - british.Length;
            if (start >= 0 && word[start..].StartsWith(british, StringComparison.Ordinal) && IsWordPrefix(word[..start]))
            {
                american = string.Concat(word[..(at + 1)], word[(at + 2)..]);
                return true;
            }
        }

        return false;
    }

    private static bool IsWordPrefix(ReadOnlySpan<char> prefix)
    {
        foreach (var known in WordPrefixes)
        {
            if (prefix.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    private static int Index(char before, char last) => ((before - 'a') * 26) + (last - 'a');

    /// <summary>The three letters a word starts with as a number (0 to 26³ − 1), or null when one is not a to z.</summary>
    private static int? Start(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) && char.IsAsciiLetterLower(word[2])
            ? (((((word[0] - 'a') * 26) + (word[1] - 'a')) * 26) + (word[2] - 'a'))
            : null;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WithPrefixes(string[] stems) =>
        new HashSet<string>(WordPrefixes.SelectMany(p => stems.Select(s => p + s)), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Ending[]?[] EndingTable()
    {
        // The stem keeps the letter before the change: optim|isation → optim + ization; model|ling → model + ing.
        var endings = IzeEndings.Select(e => new Ending(e, "iz" + e[2..], e.Length, Rule.Ize))
            .Concat(YzeEndings.Select(e => new Ending(e, "yz" + e[2..], e.Length, Rule.Yze)))
            .Concat(DoubledLEndings.Select(e => new Ending(e.British, e.American, e.British.Length - 1, Rule.DoubledL)));
        var table = new Ending[]?[26 * 26];
        foreach (var group in endings.GroupBy(e => Index(e.British[^2], e.British[^1])))
        {
            table[group.Key] = [.. group];
        }

        return table;
    }

    private static (string British, string American)[]?[] ListedTable()
    {
        var all = new List<(string British, string American)>();
        foreach (var (british, american, endings) in Listed)
        {
            all.Add((british, american));
            foreach (var ending in endings.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = ending.Split(':');
                var (theirs, ours) = parts.Length == 2 ? (parts[0], parts[1]) : (ending, ending);
                all.Add((Join(british, theirs), Join(american, ours)));
            }
        }

        return ByStart([.. all]);
    }

    private static (string British, string American)[]?[] ByStart((string British, string American)[] pairs)
    {
        var table = new (string, string)[]?[26 * 26 * 26];
        foreach (var group in pairs.GroupBy(p => Start(p.British)!.Value))
        {
            table[group.Key] = [.. group];
        }

        return table;
    }

    private static byte[] StartsTable()
    {
        var starts = new byte[26 * 26 * 26];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = (byte)((ListedByStart[i] is null ? 0 : StartHas.Listed) | (PrefixesByStart[i] is null ? 0 : StartHas.Prefix));
        }

        foreach (var word in WordPrefixes.SelectMany(p => OurWords.Select(w => p + w)))
        {
            starts[Start(word)!.Value] |= (byte)StartHas.Our;
        }

        return starts;
    }

    /// <summary>A word and an ending, the word's final e dropped before one that starts with e or i (centring, centred).</summary>
    private static string Join(string word, string ending) =>
        word.EndsWith('e') && ending.Length > 0 && ending[0] is 'e' or 'i' ? word[..^1] + ending : word + ending;

    /// <param name="British">The ending as British English writes it.</param>
    /// <param name="American">What replaces the <paramref name="Stripped"/> last letters.</param>
    /// <param name="Stripped">How many letters of the word the American ending replaces.</param>
    /// <param name="Rule">Which stems take it.</param>
    private sealed record Ending(string British, string American, int Stripped, Rule Rule);
}
