// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 3 : "build.log holds ${builds.size()} builds, not 3"

def out = new File(basedir, 'target/generated-sources/busgen')
def depot = new File(out, 'com/example/depot')

// Build 1 generates every file and compiles them with Labels.java, which uses them.
logged 1, "[INFO] busgen: src/main/schemas: 6 files written, 0 unchanged, 0 deleted (${out})"
assert depot.list().sort() == ['DepotCatalog.java', 'DepotMessage.java', 'DepotMessageVisitor.java',
                               'DepotValidators.java', 'ParcelLabelPrinted.java', 'ParcelVanLoaded.java']
assert out.list().sort() == ['.busgen-lock', '.busgen-manifest', 'com']
assert new File(basedir, 'target/classes/com/example/depot/Labels.class').isFile()
assert new File(basedir, 'target/classes/com/example/depot/ParcelLabelPrinted$Service.class').isFile()

// Build 2, nothing changed: busgen writes nothing, so the compiler finds nothing to do.
logged 2, "[INFO] busgen: src/main/schemas is up to date: no file written (${out})"
logged 2, '[INFO] Nothing to compile - all classes are up to date.'
logged 2, 'BUILD SUCCESS'

// No generated source and no class was written again (compared with the times verify.1.groovy recorded after
// build 1 and verify.2.groovy after build 2).
def timesAfter = { int build ->
    def times = new Properties()
    new File(basedir, "times-after-build-${build}.properties").withInputStream { times.load(it) }
    times
}
def before = timesAfter(1)
def after = timesAfter(2)
assert after.keySet() == before.keySet()
def writtenAgain = before.findAll { path, time -> after[path] != time }.keySet()
assert writtenAgain.isEmpty() : "written again by build 2: ${writtenAgain}"

// Build 3, after a generated file was edited by hand: that file is generated again, the others are left alone.
logged 3, "[INFO] busgen: src/main/schemas: 1 file written, 5 unchanged, 0 deleted (${out})"
assert !new File(depot, 'ParcelVanLoaded.java').text.contains('edited by hand')
return true
