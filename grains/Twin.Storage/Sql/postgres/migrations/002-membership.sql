-- Cluster membership for the Orleans ADO.NET clustering provider. One version row per cluster
-- (deployment): every membership change must bump it, which is how Orleans detects concurrent
-- changes. Times are UTC (timestamptz).
create table if not exists twin_membership_version (
    deployment_id text        primary key,
    version       integer     not null default 0,
    changed_at    timestamptz not null default now()
);

create table if not exists twin_membership (
    deployment_id   text        not null,
    address         text        not null,
    port            integer     not null,
    generation      integer     not null,
    silo_name       text        not null,
    host_name       text        not null,
    status          integer     not null,
    proxy_port      integer     not null,
    suspect_times   text        null,
    start_time      timestamptz not null,
    i_am_alive_time timestamptz not null,
    primary key (deployment_id, address, port, generation)
);
