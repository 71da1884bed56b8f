namespace Twin.Contracts.Entities;

/// <summary>The SCO Pearl expo centre's Portuguese-speaking countries area: visitors, shelves, sales and the imports that restock them.</summary>
public interface IExpoGrain : IEntityGrain;
