// After the skipped build: busgen wrote nothing at all, not even its output directory.
assert !new File(basedir, 'target/generated-sources/busgen').exists()
return true
