namespace Twin.Silo.Telemetry;

/// <summary>The metrics' settings (configuration section `Twin:Telemetry`).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Twin:Telemetry";

    /// <summary>How often the live twin's snapshot (what its gauges and counters read) is refreshed, in seconds.</summary>
    public double RefreshSeconds { get; set; } = 5;

    /// <summary>The most days one refresh catches up on; days beyond (a long pause) are not added to the counters.</summary>
    public int MaxCatchUpDays { get; set; } = 400;
}
