// After build 1: a file busgen did not write, in its output directory, next to the generated ones.
new File(basedir, 'target/generated-sources/busgen/com/example/depot/README.txt').text = 'not generated\n'
return true
