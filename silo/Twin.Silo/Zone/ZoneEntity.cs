namespace Twin.Silo.Zone;

/// <summary>
/// One entity of the live scenario as the page and the metrics see it: its kind, its name, and
/// the fields that place it in the zone (a route's `from`, `to`, `mode` and `border`, a hub's
/// `town`, a warehouse's `location` and `role`, a member's `role`...).
/// </summary>
/// <param name="Section">The scenario section it is listed in: its levers are `{Section}/{Id}/...`.</param>
public sealed record ZoneEntity(string Id, string Kind, string Section, string Name, IReadOnlyDictionary<string, string> Links);
