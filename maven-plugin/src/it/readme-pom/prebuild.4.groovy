// Before build 4: src/main/busgen is there, but without its catalog.json.
assert new File(basedir, 'src/main/busgen/catalog.json').delete()
return true
