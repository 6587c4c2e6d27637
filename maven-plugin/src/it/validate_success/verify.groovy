// A clean journey validates in the validate phase; the requested report files are written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 0 errors, 0 warnings, 0 infos in 1 journeys')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/journey-reports')
assert new File(reports, 'findings.json').text.contains('"findings"')
assert new File(reports, 'findings.sarif').text.contains('"2.1.0"')
assert !new File(reports, 'findings.txt').exists()
