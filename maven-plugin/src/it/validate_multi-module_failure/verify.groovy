// Run from the root of several modules, the goal says where it looked and how to reach the module.
def log = new File(basedir, 'build.log').text
assert log.contains('does not exist. In a build of several modules, run journey:validate in the module that holds the journeys (mvn journey:validate -pl MODULE)')
assert log.contains('BUILD FAILURE')
assert !log.contains('BUILD SUCCESS')
assert !log.contains('\tat io.journeyascode')
