namespace Twin.Model.Institute;

/// <summary>One class (intake, tour) of a programme: its active trainees by country, from its first day to its last.</summary>
public sealed class Cohort(int number, int firstDay, int lastDay, int seats, int[] active)
{
    /// <summary>The programme's running number of the class, from 1.</summary>
    public int Number => number;

    public int FirstDay => firstDay;

    /// <summary>The day at whose end those still active complete.</summary>
    public int LastDay => lastDay;

    /// <summary>Seats of the class when it started (a later change of seats does not resize it).</summary>
    public int Seats => seats;

    /// <summary>Active trainees by country index.</summary>
    public int[] Active => active;

    public int Total()
    {
        int total = 0;
        foreach (var a in active) total += a;
        return total;
    }
}
