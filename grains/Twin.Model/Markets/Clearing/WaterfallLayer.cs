namespace Twin.Model.Markets.Clearing;

/// <summary>The resources that absorb a defaulter's losses, in the order they are used.</summary>
public enum WaterfallLayer
{
    /// <summary>1. What the defaulters had in their accounts (their margin), seized at default.</summary>
    DefaulterMargin = 0,

    /// <summary>2. The defaulters' own default fund contributions.</summary>
    DefaulterFund = 1,

    /// <summary>3. The clearing house's dedicated capital ("skin in the game").</summary>
    SkinInTheGame = 2,

    /// <summary>4. The surviving members' default fund contributions, pro rata.</summary>
    SurvivorsFund = 3,

    /// <summary>5. The rest of the clearing house's capital; below zero, the loss is uncovered.</summary>
    Capital = 4,
}
