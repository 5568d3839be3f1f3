// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 2 : "build.log holds ${builds.size()} builds, not 2"

def out = new File(basedir, 'target/generated-sources/busgen')
def depot = new File(out, 'com/example/depot')

logged 1, "[INFO] busgen: catalogs/both: 6 files written, 0 unchanged, 0 deleted (${out})"

// The removed message's record is deleted; the catalogue class, the sealed message interface, its visitor and the
// validators are rewritten without it; ParcelLabelPrinted.java stays as it was.
logged 2, "[INFO] busgen: catalogs/without-van-loaded: 4 files written, 1 unchanged, 1 deleted (${out})"
// busgen deletes only files it wrote: the README.txt verify.1.groovy put there stays.
assert depot.list().sort() == ['DepotCatalog.java', 'DepotMessage.java', 'DepotMessageVisitor.java',
                               'DepotValidators.java', 'ParcelLabelPrinted.java', 'README.txt']
assert new File(depot, 'README.txt').text == 'not generated\n'
depot.eachFile { assert !it.text.contains('ParcelVanLoaded') : "${it.name} still names ParcelVanLoaded" }
assert !new File(out, '.busgen-manifest').text.contains('ParcelVanLoaded')

// What is left compiles (a left-over ParcelVanLoaded.java would not: DepotMessage no longer permits it), and no
// class of the removed message is left to be packaged.
logged 2, 'BUILD SUCCESS'
assert new File(basedir, 'target/classes/com/example/depot/DepotCatalog.class').isFile()
assert !new File(basedir, 'target/classes/com/example/depot/ParcelVanLoaded.class').exists()
return true
