-- All or nothing: the silo row is inserted only through a successful bump of the cluster
-- version from the one the caller read. The bump locks the version row, so concurrent changes
-- queue behind it and then find the version moved.
with bumped as (
    update twin_membership_version
    set version = version + 1, changed_at = now()
    where deployment_id = @DeploymentId and version = @Version
      and not exists (select 1 from twin_membership
                      where deployment_id = @DeploymentId and address = @Address
                        and port = @Port and generation = @Generation)
    returning deployment_id
), inserted as (
    insert into twin_membership (deployment_id, address, port, generation, silo_name, host_name,
                                 status, proxy_port, start_time, i_am_alive_time)
    select deployment_id, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, @StartTime, @IAmAliveTime
    from bumped
    returning 1
)
select exists (select 1 from inserted) as "Inserted"
