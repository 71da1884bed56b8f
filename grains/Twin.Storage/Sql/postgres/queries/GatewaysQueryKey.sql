-- Active silos (status 3 is sent as @Status) that accept clients.
select address as "Address", proxy_port as "ProxyPort", generation as "Generation"
from twin_membership
where deployment_id = @DeploymentId and status = @Status and proxy_port > 0
