namespace Twin.Model.Scenarios;

/// <summary>One thing wrong with a scenario: where (a JSON path such as `towns[2].firms.manufacturing`) and what.</summary>
public sealed record ValidationProblem(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>
/// Collects every problem instead of stopping at the first, each once, and keeps the answer
/// bounded: past <see cref="MaxReported"/> problems only a count of the rest is kept, so a large
/// bad document cannot make a larger answer.
/// </summary>
public sealed class ValidationProblems
{
    public const int MaxReported = 100;

    private readonly List<ValidationProblem> _items = [];
    private readonly HashSet<ValidationProblem> _seen = [];
    private int _omitted;

    /// <summary>The problems kept, then (when there were more) one last problem saying how many more there were.</summary>
    public IReadOnlyList<ValidationProblem> Items =>
        _omitted == 0 ? _items : [.. _items, new ValidationProblem("", $"... and {_omitted:N0} more problems (only the first {MaxReported} are listed)")];

    public bool Any => _items.Count > 0;

    /// <summary>Every distinct problem added, the ones only counted included.</summary>
    public int Count => _items.Count + _omitted;

    /// <summary>True once <see cref="MaxReported"/> problems are kept: further ones are only counted.</summary>
    public bool IsFull => _items.Count >= MaxReported;

    public void Add((string Path, string Message) problem) => Add(problem.Path, problem.Message);

    public void Add(string path, string message)
    {
        var problem = new ValidationProblem(path, message);
        if (_seen.Contains(problem)) return;
        if (IsFull)
        {
            _omitted++;
            return;
        }
        _seen.Add(problem);
        _items.Add(problem);
    }

    public static string Join(string parent, string property) => parent.Length == 0 ? property : $"{parent}.{property}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>
    /// "no town 'x' (known: a, b)": the message for a reference to something that does not exist.
    /// The known ids are listed only while they are few; past that the closest one is suggested, so
    /// the message stays short however large the scenario.
    /// </summary>
    public static string Missing(string what, string id, IEnumerable<string> known) => KnownIds.Missing(what, id, known);
}
