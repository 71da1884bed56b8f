namespace Twin.Model.Markets.Replay;

/// <summary>Something wrong with one line of an order file.</summary>
public sealed record ReplayProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
