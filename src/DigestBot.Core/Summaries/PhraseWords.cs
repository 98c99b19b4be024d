namespace DigestBot.Summaries;

/// <summary>
/// Word lists for key phrases. Without a part-of-speech tagger, a phrase is "noun-phrase-like" when no word of it
/// is a function word and its first and last words are not the verbs, adverbs and stock adjectives that abstracts
/// are full of ("we show", "significantly", "novel").
/// </summary>
internal static class PhraseWords
{
    /// <summary>Words no phrase may hold: they end one phrase and start the next.</summary>
    public static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could", "do", "does", "did",
        "for", "from", "has", "have", "had", "how", "if", "in", "into", "is", "it", "its", "may", "might", "must",
        "on", "onto", "or", "our", "ours", "should", "so", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "to", "toward", "towards", "under", "upon", "us", "via",
        "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whose", "why", "will",
        "with", "within", "without", "would", "yet", "also", "both", "each", "either", "neither", "not", "no", "nor",
        "all", "any", "some", "most", "more", "less", "many", "much", "few", "several", "other", "another", "only",
        "very", "just", "even", "however", "thus", "hence", "therefore", "here", "i.e", "e.g", "et", "al", "etc",
        "between", "across", "over", "after", "before", "during", "among", "against", "about", "above", "below", "inside",
        "outside",
        "using", "used", "use", "uses", "based", "given", "whereas", "although", "though", "because", "since", "until",
        "unlike", "like", "one", "two", "three", "four", "five", "ten", "first", "second", "third", "whom", "itself",
        "themselves", "i", "you", "he", "she", "my", "your", "his", "her", "state-of-the-art", "sota", "up", "down",
        "out", "off", "further", "often", "well", "still", "already", "including", "include", "includes",
    };

    /// <summary>Words a phrase may not begin or end with (a phrase may still hold them inside: "curse of depth").</summary>
    public static readonly HashSet<string> Edges = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "paper", "papers", "work", "works", "study", "approach", "approaches", "method", "methods", "result",
        "results", "propose", "proposes", "proposed", "present", "presents", "presented", "introduce", "introduces",
        "introduced", "show", "shows", "shown", "showed", "demonstrate", "demonstrates", "find", "finds", "found",
        "achieve", "achieves", "achieved", "achieving", "outperform", "outperforms", "outperforming", "improve",
        "improves", "improved", "improving", "enable", "enables", "enabling", "reduce", "reduces", "reducing",
        "require", "requires", "requiring", "provide", "provides", "providing", "remain", "remains", "lead", "leads",
        "allow", "allows", "yield", "yields", "make", "makes", "making", "made", "perform", "performs", "exhibit",
        "exhibits", "contain", "contains", "suffer", "suffers", "become", "becomes", "leverage", "leverages",
        "explore", "explores", "investigate", "investigates", "address", "addresses", "apply", "applies", "applied",
        "evaluate", "evaluates", "evaluated", "consider", "considers", "obtain", "obtains", "obtained", "develop",
        "develops", "design", "designed", "called", "named", "termed", "known", "new", "novel", "existing", "various",
        "different", "significant", "substantial", "effective", "effectively", "efficiently", "recent", "recently",
        "current", "key", "important", "simple", "strong", "better", "best", "good", "great", "extensive",
        "comprehensive", "remarkable", "superior", "competitive", "promising", "previous", "prior", "additional",
        "same", "similar", "specific", "overall", "original", "main", "common", "widely", "particular", "certain",
        "possible", "able", "due", "respectively", "experiments", "experimental", "code", "available", "publicly",
        "furthermore", "moreover", "finally", "notably", "specifically", "particularly", "way", "ways", "problem",
        "problems", "task", "tasks", "performance", "experiment", "number", "set", "type", "types", "range", "beyond",
        "despite", "affect", "affects", "forward", "scratch", "creates", "comes", "increases", "decreases", "explains",
        "cannot", "need", "needs", "help", "helps", "fail", "fails", "aim", "aims", "focus", "focuses", "term",
        "terms", "degree", "order", "part", "parts", "kind", "lack", "lacks", "fact", "contributes", "contribute",
        "maintains", "maintain", "relies", "rely", "depends", "depend", "emerge", "emerges",

        // Verbs that report a finding ("analysis confirms", "surpassing baselines"): said twice, they won on rarity.
        "confirm", "confirms", "confirmed", "surpass", "surpasses", "surpassed", "surpassing", "reveal", "reveals",
        "revealed", "suggest", "suggests", "indicate", "indicates", "verify", "verifies", "validate", "validates",
    };

    /// <summary>
    /// Single words that never name a theme on their own: the vocabulary every abstract shares ("models", "training",
    /// "loss", "large") and the tails of hyphenated words ("layer-wise", "graph-based", "few-shot"). They still count
    /// inside a longer phrase ("model merging", "noise level"). Written as keys: lower case and lightly stemmed.
    /// </summary>
    private static readonly HashSet<string> GenericThemes = new[]
    {
        "model", "method", "approach", "network", "learning", "data", "result", "task", "framework", "system",
        "performance", "training", "word", "text", "function", "weight", "loss", "large", "small", "deep", "high", "low",
        "ratio", "size", "time", "process", "feature", "information", "problem", "analysis", "algorithm", "technique",
        "application", "dataset", "benchmark", "evaluation", "tool", "structure", "input", "output", "parameter",
        "quality", "accuracy", "efficiency", "challenge", "capability", "setting", "strategy", "solution", "component",
        "wise", "based", "aware", "free", "level", "like", "driven", "guided", "specific", "agnostic", "scale", "shot",
        "art", "end", "step", "stage", "phase", "form", "case", "way", "context", "summary", "effort", "sample", "score",
        "example", "detail", "factor", "aspect", "scenario", "condition", "insight", "item", "element", "property",
    }.Select(TextTokens.Stem).ToHashSet(StringComparer.Ordinal);

    public static bool IsGenericTheme(string key) => !key.Contains(' ', StringComparison.Ordinal) && GenericThemes.Contains(key);

    /// <summary>
    /// Adjectives abstracts use without their noun ("multimodal medical reasoning", "robust and efficient"): a phrase
    /// may open with one but not end with it, so "medical" or "visual" never names a theme. Most are told by their
    /// ending (<see cref="IsAdjective"/>); these are the common ones that are not.
    /// </summary>
    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "robust", "efficient", "stable", "complete", "safe", "safer", "parallel", "resistant", "sparse", "dense",
        "explicit", "implicit", "accurate", "unified", "diverse", "discrete", "local", "real", "open", "hard", "soft",
        "fast", "slow", "general", "preceding", "intelligent", "abstract", "concrete", "correct", "relevant",
    };

    /// <summary>Nouns with an adjective's ending ("retrieval", "metric", "objective", "variable").</summary>
    private static readonly HashSet<string> AdjectiveLikeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "retrieval", "signal", "interval", "proposal", "terminal", "potential", "material", "tutorial", "survival",
        "removal", "arrival", "approval", "journal", "manual", "animal", "capital", "hospital", "portal", "reversal",
        "referral", "renewal", "withdrawal", "disposal", "denial", "individual", "principal", "festival", "crystal",
        "rehearsal", "appraisal", "chemical", "mineral", "integral", "differential", "polynomial", "residual",
        "professional", "official", "editorial", "dismissal", "metric", "heuristic", "graphic", "clinic", "traffic",
        "rubric", "critic", "arithmetic", "rhetoric", "fabric", "tactic", "characteristic", "mechanic", "republic",
        "epidemic", "pandemic", "mosaic", "plastic", "statistic", "diagnostic", "objective", "alternative",
        "perspective", "initiative", "incentive", "narrative", "directive", "derivative", "representative",
        "primitive", "archive", "motive", "executive", "detective", "additive", "relative", "positive", "negative",
        "variable", "vegetable", "deliverable", "observable", "timetable", "handful",
    };

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ive", "ous", "ful", "less", "able", "ible"];

    /// <summary>
    /// Whether a word (of a hyphenated one, its last part) is an adjective rather than a noun: "multimodal", "symbolic",
    /// "adaptive", "heterogeneous", "compatible", "robust"; not "retrieval", "metric" or "objective".
    /// </summary>
    public static bool IsAdjective(string word)
    {
        var last = word[(word.LastIndexOf('-') + 1)..];
        return Adjectives.Contains(last)
            || (last.Length >= 6 && !AdjectiveLikeNouns.Contains(last)
                && AdjectiveEndings.Any(e => last.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Words that may open a phrase but not end it: comparatives ("deeper layers") and hyphen prefixes.</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "least", "higher", "lower", "larger", "smaller", "deeper", "wider", "faster", "longer", "shorter", "fewer",
        "greater", "stronger", "pre", "post", "non", "multi", "self", "co", "sub", "semi", "anti", "inter", "intra",
    };
}
