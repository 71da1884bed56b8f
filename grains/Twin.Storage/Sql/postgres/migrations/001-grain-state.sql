-- Grain state of the "twin" storage provider, and the table the Orleans ADO.NET providers read
-- their statements from (names unquoted, so they fold to lower case as Orleans' own query expects).
create table if not exists OrleansQuery (
    QueryKey  varchar(64) primary key,
    QueryText text not null
);

-- One row per (service, state name, grain key). Orleans computes the two hashes; they lead the
-- index, and every statement also compares the full identity because hashes collide.
create table if not exists twin_grain_state (
    service_id      text        not null,
    grain_id_hash   integer     not null,
    grain_type_hash integer     not null,
    grain_id_n0     bigint      not null,
    grain_id_n1     bigint      not null,
    grain_type      text        not null,
    grain_id_ext    text        null,
    payload         bytea       null,
    version         integer     not null,
    modified_at     timestamptz not null default now()
);

-- A missing key extension (NULL) and an empty one must stay distinct and both unique, hence
-- the '+' prefix inside the index expression rather than coalescing to ''.
create unique index if not exists twin_grain_state_identity on twin_grain_state (
    grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type,
    (coalesce('+' || grain_id_ext, ''))
);
