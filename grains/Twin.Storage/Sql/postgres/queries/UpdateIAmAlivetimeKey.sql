-- A heartbeat: not a membership change, so the version of the cluster stays.
update twin_membership
set i_am_alive_time = @IAmAliveTime
where deployment_id = @DeploymentId and address = @Address and port = @Port and generation = @Generation
