using System.Globalization;

namespace Twin.Storage.Tests.Faults;

/// <summary>One fault of a trial: what was done, to which silo and what it held, when, and how long the runs took to recover.</summary>
public sealed record FaultEvent(string Kind, string Victim, double AtSeconds, double RecoverySeconds)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind} {Victim} at {AtSeconds:F1} s, recovered in {RecoverySeconds:F1} s");
}

/// <summary>What a trial did and how it ended, and how many rounds of runs carried its faults; one line of the soak script's table.</summary>
public sealed record FaultReport(int Seed, IReadOnlyList<FaultEvent> Events, string Outcome, double Seconds, int Rounds)
{
    public bool Passed => Outcome == "identical";

    /// <summary>Tab-separated: seed, faults (kind:victim), recovery seconds, outcome, seconds, rounds. Read by tests/soak/faults.sh.</summary>
    public string ToTableRow() => string.Join('\t',
        Seed.ToString(CultureInfo.InvariantCulture),
        string.Join("; ", Events.Select(e => $"{e.Kind} {e.Victim}")),
        string.Join(" ", Events.Select(e => e.RecoverySeconds.ToString("F1", CultureInfo.InvariantCulture))),
        Outcome,
        Seconds.ToString("F0", CultureInfo.InvariantCulture),
        Rounds.ToString(CultureInfo.InvariantCulture));
}
