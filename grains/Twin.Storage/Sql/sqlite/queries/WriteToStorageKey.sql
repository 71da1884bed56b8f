-- No version sent: the first write, which inserts unless a row already exists (a racing writer
-- then gets no row back, which Orleans reports as a conflict). A version sent: update only if it
-- is still the stored one. Of the two statements, at most one changes anything; SQLite runs
-- each atomically and one writer at a time.
insert into twin_grain_state (service_id, grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1,
                              grain_type, grain_id_ext, payload, version, modified_at)
select @ServiceId, @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
       @GrainTypeString, @GrainIdExtensionString, @PayloadBinary, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
where @GrainStateVersion is null
on conflict do nothing
returning version as NewGrainStateVersion;

update twin_grain_state
set payload = @PayloadBinary, version = version + 1, modified_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
where @GrainStateVersion is not null and version = @GrainStateVersion
  and grain_id_hash = @GrainIdHash and grain_type_hash = @GrainTypeHash and service_id = @ServiceId
  and grain_id_n0 = @GrainIdN0 and grain_id_n1 = @GrainIdN1 and grain_type = @GrainTypeString
  and grain_id_ext is @GrainIdExtensionString
returning version as NewGrainStateVersion;
