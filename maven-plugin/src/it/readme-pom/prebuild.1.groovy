// Before build 1: pom.xml becomes the POM that README.md gives a newcomer, word for word; docs/maven-plugin.md must
// show the same one, and both must name the busgen version being built.
def pomOf = { String page, String heading ->
    def text = new File(repositoryRoot, page).getText('UTF-8')
    int section = text.indexOf(heading)
    assert section >= 0 : "${page} has no heading '${heading}'"
    def block = text.substring(section) =~ /(?s)```xml\n(.*?)```/
    assert block.find() : "${page} shows no POM (an xml block) under '${heading}'"
    block.group(1)
}
def readme = pomOf('README.md', '## Use it in your build')
assert pomOf('docs/maven-plugin.md', '# busgen-maven-plugin') == readme :
        'docs/maven-plugin.md shows another POM than README.md: make them the same'
assert readme.count("<version>${projectVersion}</version>") == 2 :
        "the README's POM must name busgen ${projectVersion}, the version being built, for busgen-runtime and the plugin"
new File(basedir, 'pom.xml').setText(readme, 'UTF-8')
return true
