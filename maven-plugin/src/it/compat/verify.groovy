// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 7 : "build.log holds ${builds.size()} builds, not 7"

// Build 1: an optional field added is information, and the build passes. Both catalogues are logged, the baseline
// first.
logged 1, '[INFO] busgen: catalogue released (<baseline>): 2 messages, 0 responses, '
logged 1, '[INFO] busgen: catalogue schemas (<catalog>): 2 messages, 0 responses, '
logged 1, '[INFO] schemas/messages/parcel.van.loaded.json:15:15: info: FIELD_ADDED_OPTIONAL message' +
        ' parcel.van.loaded #/driver: field "driver" added as optional [producers: info, consumers: info]'
logged 1, '[INFO] busgen: 1 finding: 0 breaking, 0 warnings, 1 info from released to schemas'
logged 1, 'BUILD SUCCESS'

// Build 2: a required field removed breaks consumers built against older/; the finding is an error in the log,
// located in the old version, and the build fails saying why.
logged 2, '[ERROR] older/messages/parcel.van.loaded.json:15:14 (base): breaking: FIELD_REMOVED_REQUIRED message' +
        ' parcel.van.loaded #/depot: required field "depot" removed [producers: info, consumers: breaking]'
logged 2, '1 finding at failOn breaking or worse, not accepted (listed above)'
logged 2, 'BUILD FAILURE'

// Build 3: the bundled catalogue against the released jar of the same version, each logged with what chose it.
logged 3, "[INFO] busgen: catalogue busgen-schemas-${projectVersion}.jar!/busgen/catalogs/infrahub (<baselineArtifact>):" +
        ' 13 messages, 2 responses, '
logged 3, '[INFO] busgen: catalogue bundled:infrahub (<catalog>): 13 messages, 2 responses, '
logged 3, "[INFO] busgen: no differences from busgen-schemas-${projectVersion}.jar!/busgen/catalogs/infrahub" +
        ' to bundled:infrahub'
logged 3, 'BUILD SUCCESS'

// Build 4: the same removal, accepted with a reason: logged as information with the reason, and the build passes.
logged 4, '[INFO] older/messages/parcel.van.loaded.json:15:14 (base): breaking: FIELD_REMOVED_REQUIRED message' +
        ' parcel.van.loaded #/depot: required field "depot" removed [producers: info, consumers: breaking]'
logged 4, '[INFO]     accepted: no consumer has read the depot since the vans were assigned to one depot each'
logged 4, '[INFO] busgen: 2 findings: 1 breaking, 0 warnings, 1 info (1 accepted) from older to schemas'
logged 4, 'BUILD SUCCESS'

// Builds 5 to 7: usage errors, each naming what to set.
logged 5, 'set the version to compare with: either <baseline> (a catalogue folder; -Dbusgen.compat.baseline) or' +
        ' <baselineArtifact> (groupId:artifactId:version[:name] of a released schemas jar;' +
        ' -Dbusgen.compat.baselineArtifact)'
logged 6, '<failOn> sometimes: choose one of breaking, warning, never'
logged 7, '1 problem in the accept file:'
logged 7, 'broken-accepted.json:3:17: #/accepted/0/finding: unknown rule "FIELD_REMOVED_REQUIRD": did you mean' +
        ' "FIELD_REMOVED_REQUIRED"?'
(5..7).each { logged it, 'BUILD FAILURE' }
return true
