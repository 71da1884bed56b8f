namespace Twin.Client.Calibration;

/// <summary>A fitted parameter with its standard error (from the distance's curvature) and interval; NaN where the data do not pin it down.</summary>
public sealed record FittedParameter(string Path, double Value, double StandardError, double Lower, double Upper);

/// <summary>One observation beside the fitted twin's mean and spread on its day.</summary>
public sealed record FittedPoint(int Day, string Entity, string Kpi, double Observed, double Simulated, double SimulatedSd);

/// <summary>What a calibration found: the fitted parameters, the distance at the fit, and the fit beside the actuals.</summary>
/// <param name="Dispersion">The distance at the fit over (observations − parameters): about 1 when the twin fits as well as its noise allows.</param>
public sealed record CalibrationResult(IReadOnlyList<FittedParameter> Parameters, double Distance, double Dispersion, int Observations,
    int Evaluations, int Runs, int RunsFromCache, bool Converged, IReadOnlyList<FittedPoint> Fit, double Confidence, double Seconds);
