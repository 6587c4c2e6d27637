// journey.skip (here a pom property) skips the goal, though the journey has an error.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping journey:validate (journey.skip is true).')
assert !log.contains('critical-unmeasured')
assert log.contains('BUILD SUCCESS')
