-- A cleared state keeps its row with a NULL payload, so that its version keeps counting.
select payload as "PayloadBinary", version as "Version"
from twin_grain_state
where grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash and service_id = @ServiceId
  and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1 and grain_type = @GrainTypeString
  and grain_id_ext is not distinct from @GrainIdExtensionString
