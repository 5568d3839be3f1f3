// build.log holds the builds one after the other, each beginning with "Scanning for projects"; build N ran
// invoker.goals.N.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def logged = { int build, String line ->
    assert builds[build - 1].contains(line) : "build ${build} did not log: ${line}"
}
assert builds.size() == 4 : "build.log holds ${builds.size()} builds, not 4"

def out = new File(basedir, 'target/generated-sources/busgen')

// Every problem, one line each: file:line:column: #/json/pointer: what is wrong and what to do.
def problems = [
    '[ERROR] catalogs/broken/messages/parcel.label.printed.json:13:18: #/properties/weight_grams/minimun: '
            + 'unknown keyword "minimun": did you mean "minimum"?',
    '[ERROR] catalogs/broken/messages/parcel.van.loaded.json:5:17: #/x-priority: '
            + 'priority 9 is out of range: use 1 (lowest) to 5 (highest, the catalogue\'s "maxPriority")',
]

logged 1, "[INFO] busgen: catalogs/valid: 6 files written, 0 unchanged, 0 deleted (${out})"

// generate fails with both problems and their count...
problems.each { logged 2, it }
logged 2, ':generate (default) on project broken-schema: 2 problems in the catalogue catalogs/broken:'
logged 2, 'BUILD FAILURE'
// ... and writes nothing: the output of the last good build stays as it was.
def before = new Properties()
new File(basedir, 'times-after-build-1.properties').withInputStream { before.load(it) }
def now = [:]
out.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    now[out.toPath().relativize(file.toPath()).toString()] = file.lastModified() as String
}
assert now == before

// lint reports the same.
problems.each { logged 3, it }
logged 3, ':lint (default-cli) on project broken-schema: 2 problems in the catalogue catalogs/broken:'
logged 3, 'BUILD FAILURE'

// A warning is logged at warn level, and lint succeeds.
logged 4, ('[WARNING] catalogs/warned/messages/parcel.label.printed.json:10:18: warning: #/properties/parcel_id/pattern: '
        + 'the pattern "^([A-Z]+)+$" nests the quantifier "[A-Z]+" in the repeated "([A-Z]+)+" with nothing to tell '
        + 'the repetitions apart, which backtracking regex engines can take exponential time on; rewrite it without '
        + 'nested quantifiers (e.g. (a+)+ as a+) or bound the repetition (e.g. {1,64})')
logged 4, '[INFO] busgen: catalogue catalogs/warned (<catalog>): 2 messages, 0 responses, 2 types'
logged 4, '[INFO] busgen: catalogs/warned: no problems'
logged 4, 'BUILD SUCCESS'
return true
