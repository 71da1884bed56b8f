-- Finished runs' KPI series (the results store). A run id names one computation (scenario
-- content, seed, replication, days, code version), so a row is written once and never changed.
create table if not exists twin_run_results (
    service_id    text    not null,
    run_id        text    not null,
    scenario_hash text    not null,
    seed          integer not null,
    replication   integer not null,
    days          integer not null,
    payload       blob    not null,
    created_at    text    not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    primary key (service_id, run_id)
) strict;
