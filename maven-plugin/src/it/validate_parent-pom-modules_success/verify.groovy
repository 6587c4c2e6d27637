// The plugin declared in the parent pom runs in every module: the root and `core` have no journeys
// folder and say so without failing; `web` is validated.
def log = new File(basedir, 'build.log').text
assert log.contains('No journeys folder in this module (' + new File(basedir, 'journeys').path + '): journey:validate has nothing to do here.')
assert log.contains('No journeys folder in this module (' + new File(basedir, 'core/journeys').path + '): journey:validate has nothing to do here.')
assert log.contains('[INFO] 0 errors, 0 warnings, 0 infos in 1 journeys')
assert log.contains('BUILD SUCCESS')
