namespace Twin.Model.Scenarios;

/// <summary>
/// The SCO Pearl International Expo Center and its Portuguese-speaking countries area (Hall B's
/// front hall): visitors, the area's shelves of Lusophone and Macao brand goods, its event
/// calendar, and the imports that restock it. One entity (docs/model.md, "Expo centre").
/// </summary>
public sealed class ExpoSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The town it stands in.</summary>
    public required string Town { get; init; }

    /// <summary>Mean visitors to the area on a weekday without events (tourists, buyers, delegations).</summary>
    [Min(0)] public required double VisitorsPerDay { get; init; }

    /// <summary>Saturdays and Sundays multiply the base visitors by this.</summary>
    [Min(0), Max(10)] public double WeekendFactor { get; init; } = 1;

    /// <summary>Visits a day per thousand residents of the zone's towns: the local customers.</summary>
    [Min(0), Max(100)] public double ResidentVisitsPerThousand { get; init; }

    /// <summary>Share of the institute's newly enrolled trainees who visit the area (on the day after they enrol).</summary>
    [Min(0), Max(1)] public double InstituteVisitShare { get; init; }

    /// <summary>Online orders through the e-commerce base per in-store buyer (buyers who order again from home).</summary>
    [Min(0), Max(10)] public double OnlineOrdersPerBuyer { get; init; }

    /// <summary>How conversion grows with assortment: conversion × (assortment ÷ referenceAssortment)^elasticity.</summary>
    [Min(0), Max(2)] public double AssortmentElasticity { get; init; } = 0.4;

    /// <summary>The assortment (SKUs) at which a shelf's conversion is its stated conversion.</summary>
    [Positive] public double ReferenceAssortment { get; init; } = 100;

    /// <summary>Stock is reviewed and reordered every this many days.</summary>
    [Min(1), Max(365)] public int ReviewDays { get; init; } = 7;

    /// <summary>Import duty and taxes on the landed value, paid when goods leave the bonded zone for the shelves.</summary>
    [Min(0), Max(1)] public double DutyRate { get; init; }

    /// <summary>The area's shelves, one per product category.</summary>
    public IReadOnlyList<ShelfSpec> Shelves { get; init; } = [];

    /// <summary>The event calendar: fairs and government–business exchanges that bring visitors.</summary>
    public IReadOnlyList<ExpoEventSpec> Events { get; init; } = [];
}
