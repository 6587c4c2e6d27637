/* Client-side search of the CX playbook: no library, no request to another host.
   The index comes from assets/search-index.js (a plain script, so it works on file://),
   else from search-index.json over fetch. Result URLs are relative to the site root,
   where search.html lives. */
(function () {
  'use strict';
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list || !status) {
    return;
  }
  var script = document.currentScript;
  var jsonHref = script ? script.getAttribute('data-index-json') : 'search-index.json';
  var entries = null;

  function fold(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function prepare(raw) {
    entries = raw.map(function (e) {
      return {
        e: e,
        title: fold(e.title),
        text: fold(e.kind + ' ' + e.text),
        journey: e.journey ? fold(e.journey) : ''
      };
    });
  }

  /* A touchpoint's journey title narrows a search ("grocery checkout") but never lists the
     touchpoint by itself: every term of such a search is in the journey's own entry, which is
     the one result for it, instead of the journey's every touchpoint. */
  function score(item, terms, stemmed) {
    var total = 0;
    var own = false;
    for (var i = 0; i < terms.length; i++) {
      var t = stemmed ? found(item, terms[i]) : terms[i];
      if (item.title.indexOf(t) === 0) {
        total += 10;
        own = true;
      } else if (item.title.indexOf(t) > 0) {
        total += 6;
        own = true;
      } else if (item.text.indexOf(t) >= 0) {
        total += 2;
        own = true;
      } else if (item.journey.indexOf(t) >= 0) {
        total += 1;
      } else {
        return 0;
      }
    }
    return own ? total : 0;
  }

  /* A word as written, or shorter by up to four letters while five are left: "invoices" finds
     "invoice", "laskuista" finds "lasku". Tried only when the words as written find nothing. */
  function stems(t) {
    var out = [t];
    for (var cut = 1; cut <= 4 && t.length - cut >= 5; cut++) {
      out.push(t.substring(0, t.length - cut));
    }
    return out;
  }

  /* The longest stem of t that the item holds, else t itself. */
  function found(item, t) {
    var all = stems(t);
    for (var k = 0; k < all.length; k++) {
      var s = all[k];
      if (item.title.indexOf(s) >= 0 || item.text.indexOf(s) >= 0 || item.journey.indexOf(s) >= 0) {
        return s;
      }
    }
    return t;
  }

  function message(name, a, b) {
    return (status.getAttribute('data-' + name) || '').replace('{0}', a).replace('{1}', b);
  }

  function show(query) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    var terms = fold(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) {
      status.textContent = message('empty', '', '');
      return;
    }
    var hits = [];
    for (var pass = 0; pass < 2 && hits.length === 0; pass++) {
      for (var i = 0; i < entries.length; i++) {
        var s = score(entries[i], terms, pass === 1);
        if (s > 0) {
          hits.push({ s: s, i: i, e: entries[i].e });
        }
      }
    }
    hits.sort(function (x, y) { return y.s - x.s || x.i - y.i; });
    hits = hits.slice(0, 50);
    status.textContent = hits.length === 0 ? message('none', query, '')
      : message(hits.length === 1 ? 'one' : 'count', String(hits.length), query);
    hits.forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.e.url;
      a.textContent = hit.e.title;
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = hit.e.kind;
      var text = document.createElement('p');
      text.className = 'result-text';
      text.textContent = hit.e.journey ? hit.e.journey + ' \u00b7 ' + hit.e.text : hit.e.text;
      li.appendChild(kind);
      li.appendChild(a);
      li.appendChild(text);
      list.appendChild(li);
    });
  }

  function start() {
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q') || '';
    input.value = q;
    var header = document.getElementById('site-search');
    if (header) {
      header.value = q;
    }
    show(q);
    input.addEventListener('input', function () {
      show(input.value);
      try {
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        window.history.replaceState(null, '', url.toString());
      } catch (e) {
        /* file:// may refuse; the results are shown anyway */
      }
    });
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
    });
    if (!q) {
      input.focus();
    }
  }

  if (window.JOURNEY_SEARCH_INDEX) {
    prepare(window.JOURNEY_SEARCH_INDEX);
    start();
  } else if (window.fetch && jsonHref) {
    fetch(jsonHref).then(function (r) { return r.json(); }).then(function (data) {
      prepare(data);
      start();
    }).catch(function () {
      prepare([]);
      start();
    });
  }
}());
