// An output folder that holds something but no site of an earlier build is not replaced: the
// goal stops with one sentence (a build error) and the folder stays as it was.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /The output folder .*docs is not empty and holds no site of an earlier build/
def docs = new File(basedir, 'docs')
assert docs.list().toList() == ['notes.txt']
assert new File(docs, 'notes.txt').text == 'precious notes\n'
assert !new File(basedir, 'docs.cache').exists()
