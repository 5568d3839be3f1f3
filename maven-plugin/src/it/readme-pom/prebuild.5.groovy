// Before build 5: the project has no src/main/busgen at all.
assert new File(basedir, 'src/main/busgen').deleteDir()
return true
