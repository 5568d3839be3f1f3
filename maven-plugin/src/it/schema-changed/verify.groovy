// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 3 : "build.log holds ${builds.size()} builds, not 3"

def out = new File(basedir, 'target/generated-sources/busgen')
def record = 'com/example/depot/ParcelLabelPrinted.java'
def validators = 'com/example/depot/DepotValidators.java'

// When each generated file was last written: after build 1 and 2 (recorded by verify.1.groovy and verify.2.groovy),
// and now, after build 3.
def timesAfter = { int build ->
    def times = new Properties()
    new File(basedir, "times-after-build-${build}.properties").withInputStream { times.load(it) }
    times
}
def now = [:]
out.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    now[out.toPath().relativize(file.toPath()).toString()] = file.lastModified() as String
}
def rewritten = { before, after ->
    after.findAll { path, time -> before[path] != time }.keySet() - '.busgen-manifest'
}

logged 1, "[INFO] busgen: catalogs/v1: 6 files written, 0 unchanged, 0 deleted (${out})"

// A new description: one file written, the record, whose Javadoc shows it.
logged 2, "[INFO] busgen: catalogs/v2: 1 file written, 5 unchanged, 0 deleted (${out})"
assert rewritten(timesAfter(1), timesAfter(2)) == [record] as Set

// A new constraint: the record (its FINGERPRINT changes) and the validators, nothing else; it all compiles.
logged 3, "[INFO] busgen: catalogs/v3: 2 files written, 4 unchanged, 0 deleted (${out})"
assert rewritten(timesAfter(2), now) == [record, validators] as Set
logged 3, 'BUILD SUCCESS'

assert new File(out, record).text.contains('A shipping label was printed for a parcel, which is now ready to be')
return true
