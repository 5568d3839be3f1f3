// What busgen's own build checks after building this example (see invoker.properties).
// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 2 : "build.log holds ${builds.size()} builds, not 2"

def out = new File(basedir, 'target/generated-sources/busgen')
[1, 2].each { build ->
    // Both goals read src/main/busgen, the folder busgen reads when the build names no catalogue, and say so.
    def catalogue = '[INFO] busgen: catalogue src/main/busgen (the default folder): 2 messages, 1 response, 7 types'
    assert builds[build - 1].count(catalogue) == 2 : "build ${build} did not log the catalogue for lint and generate"
    // lint ran first (validate phase), then generate; every test ran and passed.
    def lint = '[INFO] busgen: src/main/busgen: no problems'
    logged build, lint
    assert builds[build - 1].indexOf(lint) < builds[build - 1].indexOf(':generate (generate-the-java) @ own-catalogue')
    logged build, '[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0'
    logged build, 'BUILD SUCCESS'
}
logged 1, "[INFO] busgen: src/main/busgen: 10 files written, 0 unchanged, 0 deleted (${out})"
// Build 2 ran offline: nothing downloaded. The catalogue had not changed: no file written, nothing to compile.
assert !(builds[1] =~ /Download(ing|ed) from/)
logged 2, "[INFO] busgen: src/main/busgen is up to date: no file written (${out})"
logged 2, '[INFO] Nothing to compile - all classes are up to date.'
return true
