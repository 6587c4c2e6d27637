// A template in templatesDirectory overrides its built-in page; the other pages stay built-in.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/playbook')
assert new File(site, 'rules.html').text.contains('Rules of the coffee team')
def index = new File(site, 'index.html').text
assert index.contains('Order coffee beans online')
assert !index.contains('Rules of the coffee team')
