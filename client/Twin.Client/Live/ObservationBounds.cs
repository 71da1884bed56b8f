using System.Globalization;
using Twin.Model.Scenarios;

namespace Twin.Client.Live;

/// <summary>
/// The plausibility checks of observations, per kind: a movement carries no more than one vehicle
/// of its route can, a trade is whole lots, a price stays near its market's recent close and
/// inside the book's floor and cap, an enrolment fits a class. Each problem names the field, the
/// bound and the value.
/// </summary>
internal static class ObservationBounds
{
    /// <summary>One departure or arrival: at most one vehicle's load.</summary>
    public static void Movement(ObservationSpec spec, RouteSpec route, ObservationLimits limits, string path, ValidationProblems problems)
    {
        var (maxTeu, maxTonnes) = route.CapacityUnit == CapacityUnit.Teu
            ? (route.Capacity, route.Capacity * limits.MaxTonnesPerTeu)
            : (route.Capacity / limits.MinTonnesPerTeu, route.Capacity);
        if (spec.Teu > maxTeu)
            problems.Add($"{path}.teu", $"must be <= {N(maxTeu)} (what one vehicle of route '{route.Id}' carries: capacity {N(route.Capacity)} {Unit(route)}), got {N(spec.Teu.Value)}");
        if (spec.Tonnes > maxTonnes)
            problems.Add($"{path}.tonnes", $"must be <= {N(maxTonnes)} (what one vehicle of route '{route.Id}' carries: capacity {N(route.Capacity)} {Unit(route)}), got {N(spec.Tonnes.Value)}");
    }

    /// <summary>A trade's quantity: whole lots, and not more than a market could trade at once.</summary>
    public static void Lots(double lots, ObservationLimits limits, string path, ValidationProblems problems)
    {
        if (lots != Math.Floor(lots))
            problems.Add($"{path}.quantity", $"must be a whole number of lots, got {N(lots)}");
        else if (lots > limits.MaxLots)
            problems.Add($"{path}.quantity", $"must be <= {N(limits.MaxLots)} lots, got {N(lots)}");
    }

    /// <summary>A price: inside the book's floor and cap, and within the band around the recent close.</summary>
    public static void Price(double price, MarketSpec market, double? reference, ObservationLimits limits, string path, ValidationProblems problems)
    {
        if (market.PriceFloor is { } floor && price < floor)
            problems.Add($"{path}.price", $"must be >= {N(floor)} (the price floor of market '{market.Id}'), got {N(price)}");
        else if (market.PriceCap is { } cap && price > cap)
            problems.Add($"{path}.price", $"must be <= {N(cap)} (the price cap of market '{market.Id}'), got {N(price)}");
        else if (reference is { } near && near > 0)
        {
            double low = near * Math.Max(0, 1 - limits.PriceBand), high = near * (1 + limits.PriceBand);
            if (price < low || price > high)
                problems.Add($"{path}.price", $"must be between {N(low)} and {N(high)} (within {limits.PriceBand:P0} of the recent close {N(near)} of market '{market.Id}'), got {N(price)}");
        }
    }

    /// <summary>An enrolment: one class, so no more trainees than its seats.</summary>
    public static void Enrolment(long trainees, ProgrammeSpec programme, string path, ValidationProblems problems)
    {
        if (trainees > programme.SeatsPerClass)
            problems.Add($"{path}.trainees", $"must total <= {programme.SeatsPerClass} (the seats of a class of programme '{programme.Id}'), got {trainees}");
    }

    private static string Unit(RouteSpec route) => route.CapacityUnit == CapacityUnit.Teu ? "TEU" : "tonnes";

    private static string N(double value) =>
        value == 0 || (Math.Abs(value) >= 1e-4 && Math.Abs(value) < 1e15)
            ? value.ToString("#,0.######", CultureInfo.InvariantCulture)
            : value.ToString("G6", CultureInfo.InvariantCulture);
}
