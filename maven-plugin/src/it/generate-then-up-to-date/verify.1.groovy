// After build 1: remember when each generated source and each class was written, for verify.groovy.
def times = new Properties()
['target/generated-sources/busgen', 'target/classes'].each { dir ->
    new File(basedir, dir).eachFileRecurse(groovy.io.FileType.FILES) { file ->
        times[basedir.toPath().relativize(file.toPath()).toString()] = String.valueOf(file.lastModified())
    }
}
assert times.size() > 6
new File(basedir, 'times-after-build-1.properties').withOutputStream { times.store(it, null) }
return true
