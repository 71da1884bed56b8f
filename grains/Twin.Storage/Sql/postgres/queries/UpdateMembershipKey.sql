-- All or nothing, like the insert: the row changes only through a successful version bump.
with bumped as (
    update twin_membership_version
    set version = version + 1, changed_at = now()
    where deployment_id = @DeploymentId and version = @Version
      and exists (select 1 from twin_membership
                  where deployment_id = @DeploymentId and address = @Address
                    and port = @Port and generation = @Generation)
    returning deployment_id
), updated as (
    update twin_membership m
    set status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    from bumped
    where m.deployment_id = bumped.deployment_id and m.address = @Address
      and m.port = @Port and m.generation = @Generation
    returning 1
)
select exists (select 1 from updated) as "Updated"
