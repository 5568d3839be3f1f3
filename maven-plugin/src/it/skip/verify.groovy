// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 2 : "build.log holds ${builds.size()} builds, not 2"

def out = new File(basedir, 'target/generated-sources/busgen')

// Build 1: lint and generate both say they skipped, and say nothing else (verify.1.groovy checked that no output
// directory was made).
assert builds[0].findAll(/\[INFO\] busgen:.*/) == ['[INFO] busgen:lint skipped', '[INFO] busgen:generate skipped']
logged 1, 'BUILD SUCCESS'

// Build 2, not skipped: lint checks, generate writes, javac compiles.
logged 2, '[INFO] busgen: catalogue schemas (<catalog>): 2 messages, 0 responses, 3 types'
logged 2, '[INFO] busgen: schemas: no problems'
logged 2, "[INFO] busgen: schemas: 6 files written, 0 unchanged, 0 deleted (${out})"
assert new File(basedir, 'target/classes/com/example/depot/DepotCatalog.class').isFile()
return true
