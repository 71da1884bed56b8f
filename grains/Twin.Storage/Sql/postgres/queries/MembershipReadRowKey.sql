-- The version row always comes back, with the columns of the one silo if it is a member.
select v.version as "Version",
       m.address as "Address", m.port as "Port", m.generation as "Generation",
       m.silo_name as "SiloName", m.host_name as "HostName", m.status as "Status",
       m.proxy_port as "ProxyPort", m.suspect_times as "SuspectTimes",
       m.start_time as "StartTime", m.i_am_alive_time as "IAmAliveTime"
from twin_membership_version v
left join twin_membership m on m.deployment_id = v.deployment_id
    and m.address = @Address and m.port = @Port and m.generation = @Generation
where v.deployment_id = @DeploymentId
