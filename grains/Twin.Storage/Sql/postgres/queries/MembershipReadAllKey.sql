-- The version row always comes back (with NULL silo columns when the cluster has no silo yet).
select v.version as "Version",
       m.address as "Address", m.port as "Port", m.generation as "Generation",
       m.silo_name as "SiloName", m.host_name as "HostName", m.status as "Status",
       m.proxy_port as "ProxyPort", m.suspect_times as "SuspectTimes",
       m.start_time as "StartTime", m.i_am_alive_time as "IAmAliveTime"
from twin_membership_version v
left join twin_membership m on m.deployment_id = v.deployment_id
where v.deployment_id = @DeploymentId
