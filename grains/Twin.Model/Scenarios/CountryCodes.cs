namespace Twin.Model.Scenarios;

/// <summary>
/// Two-letter ISO 3166 codes of the countries the zone deals with, and the scenario's country ids
/// they stand for: the platform's members carry a code (`KZ`), the institute's countries an id
/// (`kazakhstan`); an observation may name a country either way.
/// </summary>
public static class CountryCodes
{
    private static readonly Dictionary<string, string> IdByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RU"] = "russia", ["KZ"] = "kazakhstan", ["UZ"] = "uzbekistan", ["KG"] = "kyrgyzstan", ["TJ"] = "tajikistan",
        ["BY"] = "belarus", ["IN"] = "india", ["PK"] = "pakistan", ["IR"] = "iran", ["DE"] = "germany", ["MN"] = "mongolia",
        ["AZ"] = "azerbaijan", ["BR"] = "brazil", ["PT"] = "portugal", ["AO"] = "angola", ["MZ"] = "mozambique",
        ["CV"] = "cape-verde", ["GW"] = "guinea-bissau", ["ST"] = "sao-tome-and-principe", ["TL"] = "timor-leste",
        ["GQ"] = "equatorial-guinea", ["AF"] = "afghanistan", ["AM"] = "armenia", ["BH"] = "bahrain", ["KH"] = "cambodia",
        ["EG"] = "egypt", ["KW"] = "kuwait", ["LA"] = "laos", ["MV"] = "maldives", ["MM"] = "myanmar", ["NP"] = "nepal",
        ["QA"] = "qatar", ["SA"] = "saudi-arabia", ["LK"] = "sri-lanka", ["TR"] = "turkey", ["AE"] = "united-arab-emirates",
        ["BD"] = "bangladesh", ["ET"] = "ethiopia", ["GE"] = "georgia", ["ID"] = "indonesia", ["TH"] = "thailand",
        ["TM"] = "turkmenistan", ["UG"] = "uganda", ["VN"] = "vietnam", ["CN"] = "china",
    };

    /// <summary>The scenario country a name means: the id itself, or the id a two-letter code stands for; null if neither.</summary>
    public static string? Resolve(string name, IReadOnlyCollection<string> countryIds)
    {
        if (countryIds.Contains(name)) return name;
        return name.Length == 2 && IdByCode.TryGetValue(name, out var id) && countryIds.Contains(id) ? id : null;
    }
}
