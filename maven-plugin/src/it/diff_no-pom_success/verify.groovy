// journey:diff compares two folders and writes what changed for a reviewer.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def diff = new File(basedir, 'target/journey-diff.md')
assert diff.isFile()
assert diff.text.contains('gift-wrap')
