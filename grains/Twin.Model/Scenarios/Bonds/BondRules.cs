namespace Twin.Model.Scenarios;

/// <summary>
/// The bond sections fit together: bonds and investors need the bond market's rules, a clearing
/// house and exchange rates; every bond names an issuer and has a curve for its currency (one curve
/// a currency); issuer ids are unique; an issue is at least one lot; a mandate names a currency.
/// </summary>
public sealed class BondRules : IScenarioRule
{
    public void Check(Scenario s, ValidationProblems problems)
    {
        if (s.Bonds.Count + s.Investors.Count + s.Curves.Count == 0) return;
        if (s.BondMarket is null) problems.Add("bondMarket", "is required when there are bonds, curves or investors");
        if (s.Clearing is null) problems.Add("clearing", "is required when there are bonds or investors (it settles them)");
        if (s.Fx is null) problems.Add("fx", "is required when there are bonds or investors");

        var issuers = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < s.Issuers.Count; i++)
            if (!issuers.Add(s.Issuers[i].Id)) problems.Add($"issuers[{i}].id", $"duplicate issuer id '{s.Issuers[i].Id}'");
        var curves = new HashSet<Currency>();
        for (int i = 0; i < s.Curves.Count; i++)
            if (!curves.Add(s.Curves[i].Currency))
                problems.Add($"curves[{i}].currency", $"'{Currencies.Code(s.Curves[i].Currency)}' already has a curve");

        for (int i = 0; i < s.Bonds.Count; i++)
        {
            var bond = s.Bonds[i];
            if (!issuers.Contains(bond.Issuer)) problems.Add($"bonds[{i}].issuer", ValidationProblems.Missing("issuer", bond.Issuer, issuers));
            if (!curves.Contains(bond.Currency))
                problems.Add($"bonds[{i}].currency", $"there is no curve for '{Currencies.Code(bond.Currency)}' in \"curves\"");
            if (s.BondMarket is { } market && (bond.Size / market.LotFace < 0.5 || bond.Size / market.LotFace > int.MaxValue))
                problems.Add($"bonds[{i}].size", $"must be between one lot ({market.LotFace:G}) and {int.MaxValue:N0} lots, got {bond.Size:G}");
        }
        for (int i = 0; i < s.Investors.Count; i++)
            if (s.Investors[i].Mandate.Currencies.Count == 0)
                problems.Add($"investors[{i}].mandate.currencies", "must name at least one currency");
    }
}
