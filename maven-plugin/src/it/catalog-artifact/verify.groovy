// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 3 : "build.log holds ${builds.size()} builds, not 3"

def out = new File(basedir, 'target/generated-sources/busgen')
def jar = "busgen-schemas-${projectVersion}.jar"

// Build 1: the jar from the dependencies; its only catalogue, infrahub, is read from inside it.
logged 1, "[INFO] busgen: ${jar}!/busgen/catalogs/infrahub: 36 files written, 0 unchanged, 0 deleted (${out})"
assert new File(out, 'io/busgen/infrahub/InfrahubCatalog.java').isFile()

// Build 2: the jar resolved by its version; the same catalogue files, so nothing to write.
logged 2, "[INFO] busgen: ${jar}!/busgen/catalogs/infrahub is up to date: no file written (${out})"

// Build 3: a catalogue the jar does not hold.
logged 3, "${jar} has no catalogue 'shop'; it holds [infrahub]"
logged 3, 'BUILD FAILURE'
return true
