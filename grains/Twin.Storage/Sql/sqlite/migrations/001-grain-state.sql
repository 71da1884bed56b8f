-- Grain state of the "twin" storage provider, and the table the Orleans ADO.NET providers read
-- their statements from. STRICT tables reject values of the wrong type instead of storing them.
create table if not exists OrleansQuery (
    QueryKey  text primary key,
    QueryText text not null
) strict;

-- One row per (service, state name, grain key). Orleans computes the two hashes; they lead the
-- index, and every statement also compares the full identity because hashes collide.
create table if not exists twin_grain_state (
    service_id      text    not null,
    grain_id_hash   integer not null,
    grain_type_hash integer not null,
    grain_id_n0     integer not null,
    grain_id_n1     integer not null,
    grain_type      text    not null,
    grain_id_ext    text    null,
    payload         blob    null,
    version         integer not null,
    modified_at     text    not null
) strict;

-- A missing key extension (NULL) and an empty one must stay distinct and both unique, hence
-- the '+' prefix inside the index expression rather than ifnull(..., '').
create unique index if not exists twin_grain_state_identity on twin_grain_state (
    grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type,
    ifnull('+' || grain_id_ext, '')
);
