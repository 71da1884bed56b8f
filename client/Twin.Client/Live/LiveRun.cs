namespace Twin.Client.Live;

/// <summary>The live twin's run: one long-lived run of the zone, paced to the wall clock, under a fixed id.</summary>
public static class LiveRun
{
    public const string Id = "live";
}
