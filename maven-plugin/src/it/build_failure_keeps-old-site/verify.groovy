// A build whose validation fails writes nothing: the previous site (what every build writes:
// index.html, assets/, reports/findings.json) stays as it was.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] journeys\/coffee\.yaml:18:9: error: .+ \[critical-unmeasured\]$/
assert log.contains('BUILD FAILURE')
def out = new File(basedir, 'site-out')
assert new File(out, 'index.html').text.contains('OLD SITE')
assert out.list().toList().sort() == ['assets', 'index.html', 'reports']
assert new File(out, 'reports/findings.json').text == '{"findings":[]}\n'
