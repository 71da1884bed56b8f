namespace Twin.Silo.Live;

/// <summary>The live twin's settings (configuration section `Twin:Live`).</summary>
public sealed class LiveTwinOptions
{
    public const string Section = "Twin:Live";

    /// <summary>Start (or resume) the live run when the silo starts.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A scenario file for the live run; empty: the built-in baseline.</summary>
    public string Scenario { get; set; } = "";

    /// <summary>Simulated days per real minute; 1/1440 is real time.</summary>
    public double DaysPerMinute { get; set; } = 6;

    /// <summary>How many days the live run may go on.</summary>
    public int Days { get; set; } = 3650;

    /// <summary>Checkpoint the live run every this many days, so it resumes after a restart.</summary>
    public int CheckpointEveryDays { get; set; } = 7;

    /// <summary>The seed of the live run; empty: the scenario's.</summary>
    public long? Seed { get; set; }
}
