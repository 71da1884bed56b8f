namespace Twin.Model.Scenarios;

/// <summary>A programme's weight for each group of countries, multiplying each country's trainee weight.</summary>
public sealed class CountryGroupWeights
{
    [Min(0)] public double ScoMember { get; init; } = 1;
    [Min(0)] public double ScoPartner { get; init; } = 1;
    [Min(0)] public double Lusophone { get; init; } = 1;
    [Min(0)] public double BeltAndRoad { get; init; } = 1;
    [Min(0)] public double Other { get; init; } = 1;

    public double this[CountryGroup group] => group switch
    {
        CountryGroup.ScoMember => ScoMember,
        CountryGroup.ScoPartner => ScoPartner,
        CountryGroup.Lusophone => Lusophone,
        CountryGroup.BeltAndRoad => BeltAndRoad,
        CountryGroup.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
