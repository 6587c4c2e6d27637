// journey:build in the package phase writes the playbook; every local link of the index works.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/playbook')
def index = new File(site, 'index.html')
assert index.isFile()
def html = index.text
assert html.contains('Order coffee beans online')
def links = (html =~ /(?:href|src)="([^"#?]+)(?:[#?][^"]*)?"/).collect { it[1] }
        .findAll { !(it =~ /^[a-z]+:/) && !it.startsWith('//') }
assert !links.isEmpty()
links.each { link ->
    def target = new File(site, java.net.URLDecoder.decode(link, 'UTF-8'))
    assert target.exists() : "index.html links to a missing file: ${link}"
}
assert new File(site, 'journeys/coffee.html').isFile()
assert new File(site, 'journeys/coffee/checkout.html').isFile()
