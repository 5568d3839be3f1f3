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
    // The catalogue bundled with the plugin, named in the POM, was generated, then every test ran and passed.
    logged build, '[INFO] busgen: catalogue bundled:infrahub (<catalog>): 13 messages, 2 responses, '
    logged build, "[INFO] busgen: bundled:infrahub: 36 files written, 0 unchanged, 0 deleted (${out})"
    logged build, '[INFO] Tests run: 10, Failures: 0, Errors: 0, Skipped: 0'
    logged build, 'BUILD SUCCESS'
}
// Build 2 ran offline: everything was in the local repository.
assert !(builds[1] =~ /Download(ing|ed) from/)
return true
