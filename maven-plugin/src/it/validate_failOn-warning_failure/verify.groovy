// With failOn=warning a warning alone fails the build; it is logged as a Maven error, so that
// mvn -q (which shows errors only) says why the build failed.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] journeys\/coffee\.yaml:9:9: warning: .+ \[missing-target-emotion\]$/
assert log.contains("1 finding is at or above the failOn level 'warning'")
assert log.contains('BUILD FAILURE')
