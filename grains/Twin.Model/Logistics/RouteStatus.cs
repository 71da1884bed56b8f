namespace Twin.Model.Logistics;

/// <summary>What shippers know of a route (one direction) when they choose: yesterday's figures.</summary>
/// <param name="WaitDays">Expected wait for a departure: the backlog over the route's daily capacity.</param>
/// <param name="TransitDays">Smoothed transit time of recent arrivals.</param>
/// <param name="OnTimeShare">Smoothed share of recent arrivals on time.</param>
public readonly record struct RouteStatus(double WaitDays, double TransitDays, double OnTimeShare);
