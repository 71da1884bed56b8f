-- Idempotent: every silo runs it at start; it must answer even when the row already exists.
with created as (
    insert into twin_membership_version (deployment_id) values (@DeploymentId)
    on conflict do nothing
    returning 1
)
select exists (select 1 from created) as "Created"
