namespace Twin.Model.Logistics;

/// <summary>
/// Turns departures a week into a deterministic pattern: a credit grows by f/7 a day and each whole
/// unit of credit is a departure slot. Fractions work (0.25 a week is one slot every 28 days) and a
/// change of frequency takes effect smoothly from its day.
/// </summary>
public sealed class DepartureSchedule
{
    /// <summary>Half a slot at the start, so routes do not all depart on day 0.</summary>
    public double Credit { get; set; } = 0.5;

    public void Accrue(double departuresPerWeek) => Credit += departuresPerWeek / 7.0;

    public bool SlotDue => Credit >= 1;

    /// <summary>The slot is used: departed, cancelled, or lost to a closure.</summary>
    public void Consume() => Credit -= 1;

    /// <summary>The slot is held for more cargo: it stays due, but it does not pile up with later ones.</summary>
    public void Hold() => Credit = Math.Min(Credit, 1);
}
