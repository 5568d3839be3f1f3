// build.log holds the builds one after the other, each beginning with "Scanning for projects".
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 3 : "build.log holds ${builds.size()} builds, not 3"
def yaml = new File(basedir, 'target/asyncapi/asyncapi.yaml')
assert yaml.isFile()
assert yaml.text.startsWith('asyncapi: 3.0.0\ninfo:\n')
assert builds[0].contains('[INFO] busgen: ') && builds[0].contains('asyncapi.yaml written (AsyncAPI 3.0.0)')
assert builds[1].contains('asyncapi.yaml unchanged')
def json = new File(basedir, 'target/asyncapi.json')
assert json.isFile()
assert json.text.startsWith('{\n  "asyncapi": "3.0.0",')
builds.each { assert it.contains('BUILD SUCCESS') }
return true
