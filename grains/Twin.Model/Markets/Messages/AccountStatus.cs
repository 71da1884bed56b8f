namespace Twin.Model.Markets.Messages;

/// <summary>Where a participant stands with the clearing house.</summary>
public enum AccountStatus
{
    Good = 0,

    /// <summary>A margin call is open.</summary>
    Called = 1,

    /// <summary>Declared in default: its positions were closed out and it may no longer trade.</summary>
    Defaulted = 2,
}
