// Without a pom the goal validates ./journeys; a warning is printed but does not fail.
assert !new File(basedir, 'pom.xml').exists()
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] journeys\/coffee\.yaml:9:9: warning: .+ \[missing-target-emotion\]$/
assert log.contains('[INFO] 0 errors, 1 warnings, 0 infos in 1 journeys')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/journey-reports/findings.json').text.contains('missing-target-emotion')
