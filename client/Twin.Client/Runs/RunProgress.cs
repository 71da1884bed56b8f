namespace Twin.Client.Runs;

/// <summary>Progress over a set of runs: runs finished and days simulated out of the totals.</summary>
public sealed record RunProgress(int RunsDone, int Runs, long DaysDone, long DaysTotal)
{
    public double Fraction => DaysTotal == 0 ? 1 : (double)DaysDone / DaysTotal;
}
