// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./, -1)
// Build 1 ran with -V: the Maven version comes before its "Scanning for projects".
assert builds[0].contains('Apache Maven 3.6.3 ') : 'build 1 did not run on Maven 3.6.3'
builds = builds.drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 5 : "build.log holds ${builds.size()} builds, not 5"

def catalogue = '[INFO] busgen: catalogue src/main/busgen (the default folder): 2 messages, 0 responses, 3 types'
def out = new File(basedir, 'target/generated-sources/busgen')
def page = new File(basedir, 'docs/catalog.md')

// Build 1, on the oldest Maven: lint, generate and docs each read src/main/busgen and say so; the generated Java
// compiled; the stale page of the same catalogue (1 message) was replaced.
assert builds[0].count(catalogue) == 3 : 'build 1 did not log the catalogue for lint, generate and docs'
logged 1, '[INFO] busgen: src/main/busgen: no problems'
logged 1, "[INFO] busgen: src/main/busgen: 6 files written, 0 unchanged, 0 deleted (${out})"
assert new File(basedir, 'target/classes/com/example/depot/DepotCatalog.class').isFile()
logged 1, '[INFO] busgen: docs/catalog.md written'
logged 1, 'BUILD SUCCESS'

// Build 2, every goal by hand: the same catalogue, and nothing to write.
assert builds[1].count(catalogue) == 3 : 'build 2 did not log the catalogue for lint, docs and generate'
logged 2, '[INFO] busgen: src/main/busgen: no problems'
logged 2, '[INFO] busgen: docs/catalog.md unchanged'
logged 2, "[INFO] busgen: src/main/busgen is up to date: no file written (${out})"
logged 2, 'BUILD SUCCESS'

// Build 3: the bundled catalogue, named and logged, but its page does not replace the depot's.
logged 3, '[INFO] busgen: catalogue bundled:infrahub (<catalog>): 13 messages, 2 responses, '
logged 3, 'docs/catalog.md is not the page of the catalogue bundled:infrahub: its title is "Parcel depot events",' +
        ' the catalogue\'s is "Message bus events". busgen:docs replaces only a page of the same catalogue'
logged 3, 'BUILD FAILURE'
def text = page.getText('UTF-8')
assert text.startsWith('# Parcel depot events\n')
assert text.contains('The catalogue `depot` has 2 messages, 0 responses and 0 shared types.')
assert !text.contains('Message bus events')

// Builds 4 and 5: no catalogue to read, and none named: the build fails and says what to do, reading nothing else.
logged 4, 'src/main/busgen holds no catalog.json: busgen reads the catalogue there when the build names none; add' +
        ' catalog.json (with messages/, responses/ and defs/ beside it), or name the catalogue in the plugin\'s' +
        ' <configuration> (not an execution\'s, so that goals run by hand read it too): <catalog>path/to/folder</catalog>,' +
        ' <catalog>bundled:infrahub</catalog> for the Infrahub catalogue bundled with the plugin, or' +
        ' <catalogArtifact>groupId:artifactId</catalogArtifact> for one in a schemas jar'
logged 5, 'no catalogue: put the project\'s catalogue in src/main/busgen (catalog.json, messages/, responses/, defs/),' +
        ' or name the catalogue in the plugin\'s <configuration>'
[4, 5].each { build ->
    assert !builds[build - 1].contains('busgen: catalogue ') : "build ${build} read a catalogue"
    logged build, 'BUILD FAILURE'
}
return true
