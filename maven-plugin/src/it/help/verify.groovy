// build.log holds the two builds one after the other, each beginning with "Scanning for projects".
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 2 : "build.log holds ${builds.size()} builds, not 2"

// Build 1: every goal, with the first line of its description.
['busgen:asyncapi', 'busgen:compat', 'busgen:docs', 'busgen:generate', 'busgen:help', 'busgen:lint'].each { goal ->
    assert builds[0].contains(goal) : "busgen:help did not list ${goal}"
}
assert builds[0].contains('This plugin has 6 goals:')
assert builds[0].contains('the generate, lint, docs, compat and asyncapi goals')

// Build 2: generate's parameters, with their user properties.
assert builds[1].contains('busgen:generate')
assert builds[1].contains('Available parameters:')
assert builds[1].contains('catalog')
assert builds[1].contains('User property: busgen.skip')
assert !builds[1].contains('busgen:lint') : 'with -Dgoal=generate, help showed other goals'
builds.each { assert it.contains('BUILD SUCCESS') }
return true
