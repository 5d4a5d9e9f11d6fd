(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var OPEN_ALL_BELOW = 2000;
  var FINDINGS_SHOWN = 500;
  var AUTO_OPEN_MATCHES = 300;
  var itemById = null;
  var sections = document.querySelectorAll('details.module');

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function qualified(i) {
    var li = data.items[i];
    return data.modules[li.module].name + '.' + li.name;
  }
  function link(i, text) {
    return '<a href="#li-' + esc(data.items[i].id) + '" title="' + esc(qualified(i)) + '">' + esc(text) + '</a>';
  }
  function formula(li) {
    if (!li.formula) { return ''; }
    var f = li.formula, out = '', at = 0;
    (li.refs || []).forEach(function (r) {
      if (r[0] < at) { return; }
      out += esc(f.substring(at, r[0])) + link(r[2], f.substring(r[0], r[1]));
      at = r[1];
    });
    return out + esc(f.substring(at));
  }
  function findingBadges(list) {
    return (list || []).map(function (k) {
      var f = data.findings[k], rule = data.rules[f[0]];
      return '<div class="item-findings"><span class="sev ' + rule.severity + '">' + esc(rule.id) + '</span> '
        + esc(data.messages[f[3]]) + '</div>';
    }).join('');
  }
  function render(section) {
    if (section.dataset.rendered) { return; }
    section.dataset.rendered = '1';
    var m = data.modules[+section.dataset.index];
    var html = findingBadges(m.findings);
    if (m.svg) { html += '<div class="scroll">' + m.svg + '</div>'; }
    if (!m.items.length) {
      html += '<p class="note">No line items.</p>';
    } else {
      html += '<table class="items"><thead><tr><th>Line item</th><th>Format</th><th>Applies to</th><th>Time</th>'
        + '<th>Summary</th><th>Formula</th><th>Referenced by</th></tr></thead><tbody>';
      m.items.forEach(function (i) {
        var li = data.items[i];
        html += '<tr id="li-' + esc(li.id) + '" data-item="' + i + '"><td class="name">' + esc(li.name)
          + findingBadges(li.findings) + '</td><td class="small">' + esc(li.format || '') + '</td><td class="small">'
          + esc(li.appliesTo || '') + '</td><td class="small">' + esc(li.timeScale || '') + '</td><td class="small">'
          + esc(li.summary || '') + '</td><td class="formula">' + formula(li) + '</td><td class="by">'
          + (li.usedBy || []).map(function (u) { return link(u, qualified(u)); }).join('') + '</td></tr>';
      });
      html += '</tbody></table>';
    }
    section.querySelector('.body').innerHTML = html;
    applySearch(section);
  }

  function go(hash, push) {
    var target;
    if (hash.indexOf('#li-') === 0) {
      if (!itemById) {
        itemById = {};
        data.items.forEach(function (li, i) { itemById[li.id] = i; });
      }
      var i = itemById[hash.substring(4)];
      if (i === undefined) { return false; }
      var section = sections[data.items[i].module];
      section.hidden = false;
      section.open = true;
      render(section);
      target = document.getElementById(hash.substring(1));
      if (target) { target.hidden = false; }
    } else if (hash.indexOf('#m-') === 0) {
      target = document.getElementById(hash.substring(1));
      if (target) { target.hidden = false; target.open = true; render(target); }
    }
    if (!target) { return false; }
    if (push) { history.pushState(null, '', hash); }
    target.scrollIntoView({block: hash.indexOf('#li-') === 0 ? 'center' : 'start'});
    if (target.tagName === 'TR') {
      target.classList.remove('target');
      void target.offsetWidth;
      target.classList.add('target');
    }
    return true;
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href^="#li-"], a[href^="#m-"]') : null;
    if (a && go(a.getAttribute('href'), true)) { e.preventDefault(); }
  });
  window.addEventListener('hashchange', function () { go(location.hash, false); });
  sections.forEach(function (s) {
    s.addEventListener('toggle', function () { if (s.open) { render(s); } });
  });

  var query = '';
  function matches(li) {
    return li.name.toLowerCase().indexOf(query) >= 0 || (li.formula || '').toLowerCase().indexOf(query) >= 0;
  }
  function applySearch(section) {
    if (!section.dataset.rendered) { return; }
    var m = data.modules[+section.dataset.index];
    var all = !query || m.name.toLowerCase().indexOf(query) >= 0;
    section.querySelectorAll('tr[data-item]').forEach(function (row) {
      row.hidden = !all && !matches(data.items[+row.dataset.item]);
    });
  }
  function search() {
    query = document.getElementById('search').value.trim().toLowerCase();
    var counted = 0, modules = 0, hits = [];
    data.modules.forEach(function (m, k) {
      var section = sections[k];
      if (!query) {
        section.hidden = false;
        applySearch(section);
        return;
      }
      var byName = m.name.toLowerCase().indexOf(query) >= 0;
      var n = byName ? m.items.length : m.items.filter(function (i) { return matches(data.items[i]); }).length;
      section.hidden = !byName && n === 0;
      if (!section.hidden) { modules++; counted += n; hits.push(section); }
      applySearch(section);
    });
    if (query && counted <= AUTO_OPEN_MATCHES) {
      hits.forEach(function (s) { s.open = true; render(s); });
    }
    document.getElementById('search-count').textContent = query
      ? counted.toLocaleString('en') + ' line items in ' + modules.toLocaleString('en') + ' modules' : '';
  }
  var timer = null;
  document.getElementById('search').addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });

  function findingList() {
    var box = document.getElementById('finding-list');
    if (!data.findings.length) { box.innerHTML = '<p class="note">No findings.</p>'; return; }
    var html = '<table class="finding-list"><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th>'
      + '</tr></thead><tbody>';
    var rank = {error: 0, warning: 1, note: 2};
    var order = data.findings.map(function (f, k) { return k; });
    order.sort(function (a, b) {
      return rank[data.rules[data.findings[a][0]].severity] - rank[data.rules[data.findings[b][0]].severity] || a - b;
    });
    order.slice(0, FINDINGS_SHOWN).map(function (k) { return data.findings[k]; }).forEach(function (f) {
      var rule = data.rules[f[0]], m = data.modules[f[1]];
      var where = f[2] >= 0 ? link(f[2], qualified(f[2]))
        : '<a href="#m-' + esc(m.id) + '">' + esc(m.name) + '</a>';
      html += '<tr><td><span class="sev ' + rule.severity + '">' + rule.severity + '</span></td><td><code>'
        + esc(rule.id) + '</code></td><td>' + where + '</td><td>' + esc(data.messages[f[3]]) + '</td></tr>';
    });
    html += '</tbody></table>';
    if (data.findings.length > FINDINGS_SHOWN) {
      html += '<p class="more">The first ' + FINDINGS_SHOWN + ' of ' + data.findings.length.toLocaleString('en')
        + ' findings; every module lists its own, and <code>lineitems lint -o csv</code> lists them all.</p>';
    }
    box.innerHTML = html;
  }

  findingList();
  if (data.items.length <= OPEN_ALL_BELOW) {
    sections.forEach(function (s) { s.open = true; render(s); });
  }
  if (location.hash) { go(location.hash, false); }
  document.body.dataset.ready = 'true';
})();
