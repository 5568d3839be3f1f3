// After build 1: remember when each generated file was last written, for verify.groovy.
def out = new File(basedir, 'target/generated-sources/busgen')
def times = new Properties()
out.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    times[out.toPath().relativize(file.toPath()).toString()] = file.lastModified() as String
}
new File(basedir, 'times-after-build-1.properties').withOutputStream { times.store(it, null) }
return true
