-- No version sent: the first write, which inserts unless a row already exists (a racing writer
-- then gets no row back, which Orleans reports as a conflict). A version sent: update only if it
-- is still the stored one. One statement, so each branch is atomic on its own.
with inserted as (
    insert into twin_grain_state (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1,
                                  grain_type, grain_id_ext, payload, version)
    select @ServiceId, @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
           @GrainTypeString, @GrainIdExtensionString, @PayloadBinary, 1
    where @GrainStateVersion is null
    on conflict do nothing
    returning version
), updated as (
    update twin_grain_state
    set payload = @PayloadBinary, version = version + 1, modified_at = now()
    where @GrainStateVersion is not null and version = @GrainStateVersion
      and grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash and service_id = @ServiceId
      and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1 and grain_type = @GrainTypeString
      and grain_id_ext is not distinct from @GrainIdExtensionString
    returning version
)
select version as "NewGrainStateVersion" from inserted
union all
select version from updated
