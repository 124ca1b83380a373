// Checks that what the README says of this project is true. readmePath comes from the invoker's
// scriptVariables (examples/pom.xml); basedir is this project, copied and filtered (the version filled in).
def readme = new File(readmePath).getText('UTF-8')

// 1. The README shows this pom.xml, to the character.
def pom = new File(basedir, 'pom.xml').getText('UTF-8').trim()
assert readme.contains('```xml\n' + pom + '\n```') :
    'README.md does not show examples/src/it/user-project/pom.xml as it is (version filled in):\n' + pom

// 2. Its JUnit 5 test ran: a build that passes is not enough, an old Surefire runs none and passes.
def reports = new File(basedir, 'target/surefire-reports')
def xml = (reports.listFiles() ?: []).findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
assert !xml.isEmpty() : "no Surefire report in ${reports}: the user project ran no test"
def suites = xml.collect { new groovy.xml.XmlSlurper().parse(it) }
def run = suites.sum { (it.@tests.text() as int) - (it.@skipped.text() as int) }
def failed = suites.sum { (it.@failures.text() as int) + (it.@errors.text() as int) }
assert run > 0 : "the user project's JUnit 5 tests did not run (${run} run)"
assert failed == 0

// 3. The README's runtime closure is the real one: the same jars, each size within 3% (or 2 KB), the total within 2%.
def jars = new File(basedir, 'target/runtime-closure.txt').readLines()
    .collect { (it =~ /(\/\S+\.jar)/) }.findAll { it.find() }.collect { new File(it.group(1)) }
def actual = jars.collectEntries { [(it.name): it.length()] }.sort()
long total = actual.values().sum()
def table = actual.collect { name, bytes -> "| `${name}` | ${kb(bytes)} KB |" }.join('\n') +
    "\n| all ${actual.size()} jars | ${kb(total)} KB |"
def shown = (readme =~ /(?m)^\| `([^`]+\.jar)` \| ([\d,]+) KB \|/).collect { [it[1], it[2].replace(',', '') as long] }.collectEntries()
assert shown.keySet() == actual.keySet() : "README.md lists the runtime closure ${shown.keySet()}; it is:\n${table}"
actual.each { name, bytes ->
  assert Math.abs(shown[name] * 1024 - bytes) <= Math.max(bytes * 0.03d, 2048.0d) : "README.md says ${name} is ${shown[name]} KB; the closure is:\n${table}"
}
def all = (readme =~ /(?m)^\| all (\d+) jars \| ([\d,]+) KB/)
assert all.find() && (all.group(1) as int) == actual.size() &&
    Math.abs((all.group(2).replace(',', '') as long) * 1024 - total) <= total * 0.02d : "README.md's closure total is not:\n${table}"

println "user-project: ${run} test(s) run; runtime closure ${actual.size()} jars, ${kb(total)} KB, as the README says"
return true

static String kb(long bytes) {
  String.format(Locale.ROOT, '%,d', Math.round(bytes / 1024.0d))
}
