namespace Twin.Model.Institute;

/// <summary>
/// Trainees of one country moving through a programme on one day (or summed over days and
/// programmes). Applicants are decided at a class's start: rejected = applicants - enrolled.
/// </summary>
public struct TraineeFlow
{
    public int Applicants;
    public int Enrolled;

    /// <summary>No-shows and those who left a class before its end.</summary>
    public int DroppedOut;

    public int Completed;

    /// <summary>Of the completed, those who went home (the alumni abroad).</summary>
    public int ReturnedHome;

    /// <summary>Of the completed, those who stayed to work in a town of the zone.</summary>
    public int Stayed;

    /// <summary>Of the completed, those who stayed and founded a firm.</summary>
    public int FoundedFirms;

    public readonly bool IsEmpty => (Applicants | Enrolled | DroppedOut | Completed | ReturnedHome | Stayed | FoundedFirms) == 0;

    /// <summary>Enrolled less those who left: on a running total since day 0, the trainees still active.</summary>
    public readonly int Active => Enrolled - DroppedOut - Completed;

    public void Add(in TraineeFlow other)
    {
        Applicants += other.Applicants;
        Enrolled += other.Enrolled;
        DroppedOut += other.DroppedOut;
        Completed += other.Completed;
        ReturnedHome += other.ReturnedHome;
        Stayed += other.Stayed;
        FoundedFirms += other.FoundedFirms;
    }
}
