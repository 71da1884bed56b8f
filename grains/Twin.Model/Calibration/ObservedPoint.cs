namespace Twin.Model.Calibration;

/// <summary>One observed value of the real zone: a KPI of an entity on a day of the run.</summary>
public sealed record ObservedPoint(int Day, string Entity, string Kpi, double Value);
