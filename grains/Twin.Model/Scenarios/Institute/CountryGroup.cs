namespace Twin.Model.Scenarios;

/// <summary>
/// The groups of counterpart countries the institute recruits from; a programme weights its
/// applicants by group (a Macao programme draws from the Portuguese-speaking countries).
/// </summary>
public enum CountryGroup
{
    /// <summary>SCO member states.</summary>
    ScoMember,

    /// <summary>SCO observers and dialogue partners.</summary>
    ScoPartner,

    /// <summary>Portuguese-speaking countries, linked to the zone through Macao.</summary>
    Lusophone,

    /// <summary>Belt and Road countries outside the SCO.</summary>
    BeltAndRoad,

    /// <summary>Trade partners the institute does not recruit from by default.</summary>
    Other,
}
