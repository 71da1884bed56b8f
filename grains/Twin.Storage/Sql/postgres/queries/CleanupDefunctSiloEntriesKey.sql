-- Removes silos not heard from since the cutoff, except those still marked active (3), like the
-- in-memory reference table of Orleans.
delete from twin_membership
where deployment_id = @DeploymentId and i_am_alive_time < @IAmAliveTime and status <> 3
