using Twin.Model.Scenarios;

namespace Twin.Silo.Api;

/// <summary>RFC 7807 problem responses that name the bad field.</summary>
public static class ApiProblems
{
    /// <summary>400 with `errors` keyed by JSON path, as validation problem details carry them.</summary>
    public static IResult Invalid(string title, IEnumerable<ValidationProblem> problems, string prefix = "")
    {
        var errors = problems
            .GroupBy(p => Join(prefix, p.Path))
            .ToDictionary(g => g.Key.Length == 0 ? "$" : g.Key, g => g.Select(p => p.Message).ToArray());
        return Results.ValidationProblem(errors, title: title, detail: string.Join("; ", problems.Select(p => Join(prefix, p.Path) is { Length: > 0 } path ? $"{path}: {p.Message}" : p.Message)));
    }

    public static IResult Invalid(string field, string message) => Invalid("The request is not valid", [new ValidationProblem(field, message)]);

    private static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : path.StartsWith('[') ? prefix + path : $"{prefix}.{path}";
}
