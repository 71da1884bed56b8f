namespace Twin.Model.Scenarios;

/// <summary>An event of the expo's calendar: a fair or a government–business exchange, once or repeated.</summary>
public sealed class ExpoEventSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The first day it runs (days since the scenario's start).</summary>
    [Min(0)] public required int StartDay { get; init; }

    [Min(1), Max(366)] public required int Days { get; init; }

    /// <summary>It starts again every this many days; 0 runs it once.</summary>
    [Min(0), Max(3650)] public int EveryDays { get; init; }

    /// <summary>Visitors on its days are multiplied by this.</summary>
    [Min(0), Max(100)] public double VisitorFactor { get; init; } = 1;

    /// <summary>Conversion on the Macao brand shelves is multiplied by this (Macao promotions).</summary>
    [Min(0), Max(100)] public double MacaoBrandFactor { get; init; } = 1;

    /// <summary>True on the days it runs.</summary>
    public bool RunsOn(int day)
    {
        if (day < StartDay) return false;
        int since = day - StartDay;
        return EveryDays > 0 ? since % EveryDays < Days : since < Days;
    }
}
