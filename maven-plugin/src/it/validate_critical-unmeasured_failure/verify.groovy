// A critical touchpoint without a metric fails the build; the log names file, line, column and rule.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] journeys\/coffee\.yaml:18:9: error: .+ \[critical-unmeasured\]$/
assert log.contains('[INFO] 1 errors, 0 warnings, 0 infos in 1 journeys')
assert log.contains("1 finding is at or above the failOn level 'error'")
assert log.contains('BUILD FAILURE')
// A finding is the user's mistake, not a crash: no stack trace.
assert !log.contains('\tat io.journeyascode')
