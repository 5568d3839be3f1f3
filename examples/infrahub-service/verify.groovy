// What busgen's own build checks after building this example (see invoker.properties).
// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 2 : "build.log holds ${builds.size()} builds, not 2"

// OnTheBrokerTest's 3 tests need a RabbitMQ broker (BUSGEN_AMQP_URI, which reaches the example's tests with the rest
// of the environment). With BUSGEN_REQUIRE_BROKER=true, as .ci/run sets it, they must have run and passed; without,
// they may have skipped, saying which variable to set.
def required = System.getenv('BUSGEN_REQUIRE_BROKER') == 'true'
def allRan = 'Tests run: 16, Failures: 0, Errors: 0, Skipped: 0'
def brokerSkipped = 'Tests run: 16, Failures: 0, Errors: 0, Skipped: 3'

def out = new File(basedir, 'target/generated-sources/busgen')
[1, 2].each { build ->
    // The catalogue bundled with the plugin, named in the POM, was generated, then every test ran and passed.
    logged build, '[INFO] busgen: catalogue bundled:infrahub (<catalog>): 13 messages, 2 responses, '
    logged build, "[INFO] busgen: bundled:infrahub: 36 files written, 0 unchanged, 0 deleted (${out})"
    if (required || !builds[build - 1].contains(brokerSkipped)) {
        logged build, "[INFO] ${allRan}"
    }
    logged build, 'BUILD SUCCESS'
}
// When they skipped, the reason names the variable.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.infrahub.OnTheBrokerTest.xml').text
if (report.contains('<skipped')) {
    assert !required
    assert report.contains('set BUSGEN_AMQP_URI to a broker') : 'the skipped broker tests do not say what to set'
}
// Build 2 ran offline: everything was in the local repository.
assert !(builds[1] =~ /Download(ing|ed) from/)
return true
