using Twin.Model.Scenarios;

namespace Twin.Model.Optimisation;

/// <summary>An optimisation or calibration file with problems; the message lists them all, one per line, each naming its field.</summary>
public sealed class SpecInvalidException(string source, IReadOnlyList<ValidationProblem> problems)
    : Exception($"{source} is not valid:\n" + string.Join("\n", problems.Select(p => "  " + p)))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
