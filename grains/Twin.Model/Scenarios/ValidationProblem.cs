namespace Twin.Model.Scenarios;

/// <summary>One thing wrong with a scenario: where (a JSON path such as `towns[2].firms.manufacturing`) and what.</summary>
public sealed record ValidationProblem(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>Collects every problem instead of stopping at the first.</summary>
public sealed class ValidationProblems
{
    private readonly List<ValidationProblem> _items = [];

    public IReadOnlyList<ValidationProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public void Add(string path, string message) => _items.Add(new ValidationProblem(path, message));

    public static string Join(string parent, string property) => parent.Length == 0 ? property : $"{parent}.{property}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>"no town 'x' (known: a, b)": the message for a reference to something that does not exist.</summary>
    internal static string Missing(string what, string id, IEnumerable<string> known)
    {
        var list = known.Order(StringComparer.Ordinal).ToArray();
        return list.Length == 0 ? $"no {what} '{id}' (there are none)" : $"no {what} '{id}' (known: {string.Join(", ", list)})";
    }
}
