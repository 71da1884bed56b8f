-- Forgets a whole cluster (its silos and its version row).
with silos as (
    delete from twin_membership where deployment_id = @DeploymentId
)
delete from twin_membership_version where deployment_id = @DeploymentId
