-- Clearing keeps the row and bumps its version, so a stale writer still conflicts afterwards.
update twin_grain_state
set payload = null, version = version + 1, modified_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
where version = @GrainStateVersion
  and grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash and service_id = @ServiceId
  and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1 and grain_type = @GrainTypeString
  and grain_id_ext is @GrainIdExtensionString
returning version;
