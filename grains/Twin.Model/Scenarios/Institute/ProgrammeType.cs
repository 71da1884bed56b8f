namespace Twin.Model.Scenarios;

/// <summary>What a programme of the institute offers; it decides who the participants are and what follows.</summary>
public enum ProgrammeType
{
    /// <summary>Economic and trade training classes (商务培训) for officials and business people.</summary>
    TradeTraining,

    /// <summary>Foreign-aid training classes (援外培训) for developing countries.</summary>
    ForeignAidTraining,

    /// <summary>The joint PhD programme with Silk Road University, dual supervisors, several years.</summary>
    Phd,

    /// <summary>Partner-university programmes of the "N+1+N" platform (Moscow State University and 20+ others).</summary>
    PartnerUniversity,

    /// <summary>Training projects with Macao universities (University of Macau, MUST).</summary>
    MacaoUniversity,

    /// <summary>"Bring in" study tours: delegations from abroad that may bring investment.</summary>
    BringIn,

    /// <summary>"Go global" study tours: the zone's firms visit a counterpart country's market.</summary>
    GoGlobal,
}

public static class ProgrammeTypes
{
    /// <summary>The programmes the reply's figures count: trade training and foreign-aid training classes.</summary>
    public static bool IsTrainingClass(ProgrammeType type) => type is ProgrammeType.TradeTraining or ProgrammeType.ForeignAidTraining;

    /// <summary>The name used in scenario files and summaries.</summary>
    public static string Key(ProgrammeType type) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(type.ToString());
}
