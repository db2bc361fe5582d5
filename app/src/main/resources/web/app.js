// redflag workbench: plain JS, no build step. Every page is a function of the URL hash
// (#/analyze, #/entity/ID, #/search?q=, #/screening, #/lists, #/alerts) that draws into <main>.
// Text from documents and lists only ever goes into text nodes (never innerHTML).

const LIST_SOURCES = ['ofac-sdn', 'ofac-cons', 'us-csl', 'un-sc', 'eu-fsf', 'uk-sanctions', 'uk-ofsi', 'bis-dpl', 'opensanctions'];
const main = document.getElementById('main');
const keyInput = document.getElementById('api-key');
keyInput.value = localStorage.getItem('redflag.apiKey') || '';
keyInput.addEventListener('change', () => localStorage.setItem('redflag.apiKey', keyInput.value.trim()));

/** Creates an element: h('a', {href: '#'}, 'text', child...). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  const key = keyInput.value.trim();
  if (key) headers['Authorization'] = 'Bearer ' + key;
  const res = await fetch(path, Object.assign({}, options, { headers }));
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new Error(body.message || res.statusText);
  return body;
}

function errorBox(e) { return h('p', { class: 'error', role: 'alert' }, e.message || String(e)); }
function entityHref(idOrName) { return '#/entity/' + encodeURIComponent(idOrName); }
function isListed(id) { return LIST_SOURCES.some(s => id.startsWith(s + ':')); }
function score(x) { return (Math.round(x * 100) / 100).toFixed(2); }
function show(...nodes) { main.replaceChildren(...nodes); main.focus({ preventScroll: true }); }

// ---- Analyze

function analyzePage() {
  const text = h('textarea', { id: 'text', name: 'text', placeholder: 'Paste an article…' });
  const file = h('input', { id: 'file', type: 'file', accept: '.txt,.text,.md,.html,.htm,.pdf' });
  const url = h('input', { id: 'url', type: 'url', placeholder: 'https://…' });
  const date = h('input', { id: 'date', type: 'date' });
  const title = h('input', { id: 'title', type: 'text' });
  const go = h('button', { id: 'analyze', type: 'submit' }, 'Analyze');
  const out = h('div', { id: 'result', 'aria-live': 'polite' });
  // The request that analyzed the article; "Add to the knowledge store" sends it to /ingest.
  let send = null;
  async function submit(ev) {
    ev.preventDefault();
    const req = {};
    const params = new URLSearchParams();
    if (date.value) { req.date = date.value; params.set('date', date.value); }
    if (title.value.trim()) { req.title = title.value.trim(); params.set('title', title.value.trim()); }
    const json = body => path => api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (file.files.length) {
      const f = file.files[0];
      if (/\.pdf$/i.test(f.name)) {
        send = path => api(path + '?' + params, { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: f });
      } else {
        const content = await f.text();
        if (/\.x?html?$/i.test(f.name)) req.html = content; else req.text = content;
        send = json(req);
      }
    } else if (text.value.trim()) { req.text = text.value; send = json(req); }
    else if (url.value.trim()) { req.url = url.value.trim(); send = json(req); }
    else { out.replaceChildren(errorBox(new Error('Paste text, choose a file or give a URL.'))); return; }
    go.disabled = true; out.replaceChildren(h('p', { class: 'muted' }, 'Analyzing…'));
    try {
      const brief = await send('/analyze');
      out.replaceChildren(renderBrief(brief, store));
      out.scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (e) { out.replaceChildren(errorBox(e)); }
    finally { go.disabled = false; }
  }
  async function store() {
    const status = document.getElementById('store-status');
    status.textContent = 'Storing…';
    try {
      const r = await send('/ingest');
      status.textContent = 'Stored (' + r.results.map(x => x.outcome.toLowerCase().replace('_', '-')).join(', ') + '). Entity links now open their profiles.';
    } catch (e) { status.textContent = 'Not stored: ' + e.message; }
  }
  show(
    h('h1', {}, 'Analyze an article'),
    h('form', { class: 'card', onsubmit: submit },
      h('label', { for: 'text' }, 'Article text'), text,
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'file' }, 'or upload a file (.txt, .html, .pdf)'), file),
        h('div', {}, h('label', { for: 'url' }, 'or fetch a URL'), url),
        h('div', {}, h('label', { for: 'date' }, 'Document date'), date),
        h('div', {}, h('label', { for: 'title' }, 'Title'), title),
        h('div', { style: 'flex:0' }, go))),
    out);
}

function renderBrief(brief, onStore) {
  const body = brief.document.body !== undefined ? brief.document.body : null;
  const byId = Object.fromEntries(brief.entities.map(e => [e.id, e]));
  const flagged = brief.entities.filter(e => e.sanctions.length);
  const detail = h('div', { id: 'detail', class: 'card', 'aria-live': 'polite' }, h('span', { class: 'muted' }, 'Select a highlighted name for details.'));
  const showEntity = e => detail.replaceChildren(entityDetail(e));
  const article = h('div', { class: 'article', id: 'article' }, ...highlight(brief, showEntity));
  const events = brief.events.slice().sort((a, b) => String(a.date || '9999').localeCompare(String(b.date || '9999')));
  const name = id => (id === 'author' ? 'the author' : (byId[id] ? byId[id].name : id));
  const legend = h('p', { class: 'legend' }, ...['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'VESSEL'].map(t => h('span', { class: 'm ' + t }, t.toLowerCase())),
    h('span', { class: 'm listed' }, 'listed'), h('span', { class: 'd' }, 'date'));
  return h('div', { class: 'grid' },
    h('section', {},
      h('div', { class: 'card' },
        h('h2', {}, brief.document.title || 'Article', brief.document.date ? ' — ' + brief.document.date : ''),
        legend, article)),
    h('aside', {},
      h('div', { class: 'card' },
        h('h2', {}, 'Flagged parties (' + flagged.length + ')'),
        flagged.length ? h('ul', { class: 'flagged', id: 'flagged' }, ...flagged.map(e =>
          h('li', {}, h('a', { class: 'flag', href: entityHref(e.name) }, e.name), ' ',
            h('span', { class: 'muted' }, e.sanctions.map(s => s.list + ' ' + s.listId + ' (' + score(s.score) + ')').join('; ')))))
          : h('p', { class: 'muted' }, 'No party matched a list.'),
        h('p', {}, h('button', { type: 'button', class: 'secondary', id: 'store', onclick: onStore }, 'Add to the knowledge store'),
          ' ', h('span', { id: 'store-status', role: 'status' }))),
      detail,
      h('div', { class: 'card' },
        h('h2', {}, 'Events (' + events.length + ')'),
        events.length ? h('ol', { class: 'timeline', id: 'events' }, ...events.map(ev => h('li', {},
          h('span', { class: 'when' }, ev.date || 'undated'),
          h('strong', {}, ev.type), ev.mode ? ' (' + ev.mode + ')' : '', ' ',
          ev.actor.map(name).join(', ') || '?', ' → ', ev.recipient.map(name).join(', ') || '?', ' ',
          h('span', { class: 'badge ' + ev.certainty }, ev.certainty), ' ',
          h('span', { class: 'muted' }, 'says ' + name(ev.source)),
          ev.goods && ev.goods.length ? h('div', {}, 'goods: ' + ev.goods.join(', ')) : null,
          h('q', {}, ev.evidence.text)))) : h('p', { class: 'muted' }, 'No events coded.')),
      h('div', { class: 'card' },
        h('h2', {}, 'Entities (' + brief.entities.length + ')'),
        h('ul', {}, ...brief.entities.map(e => h('li', {},
          h('button', { type: 'button', class: 'm ' + e.type + (e.sanctions.length ? ' listed' : ''), onclick: () => showEntity(e) }, e.name),
          ' ', h('span', { class: 'muted' }, e.type.toLowerCase() + (e.country ? ' · ' + e.country : '')), ' ',
          h('a', { href: entityHref(e.name), 'aria-label': 'Profile of ' + e.name }, 'profile')))))));
}

/** The article body as text nodes with entity mentions (buttons) and dates (spans). */
function highlight(brief, onSelect) {
  const text = brief.document.body;
  if (typeof text !== 'string') return [h('p', { class: 'muted' }, '(the document text was not returned)')];
  const spans = [];
  for (const e of brief.entities) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, entity: e });
  for (const d of brief.dates) spans.push({ start: d.start, end: d.end, date: d });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos || s.end > text.length) continue; // overlapping or out of range: skip
    nodes.push(text.slice(pos, s.start));
    const piece = text.slice(s.start, s.end);
    if (s.entity) {
      const e = s.entity;
      const tip = e.sanctions.length
        ? 'LISTED: ' + e.sanctions.map(x => x.list + ' ' + x.listId + ' ' + x.name + ' (' + score(x.score) + ')').join('; ')
        : e.type.toLowerCase() + ': ' + e.name;
      nodes.push(h('button', { type: 'button', class: 'm ' + e.type + (e.sanctions.length ? ' listed' : ''), title: tip, 'data-entity': e.id, onclick: () => onSelect(e) }, piece));
    } else {
      nodes.push(h('span', { class: 'd', tabindex: '0', title: 'normalized: ' + s.date.value, 'data-value': s.date.value }, piece));
    }
    pos = s.end;
  }
  nodes.push(text.slice(pos));
  return nodes;
}

function entityDetail(e) {
  return h('div', {},
    h('h2', {}, e.name, ' ', h('span', { class: 'muted' }, e.type.toLowerCase() + (e.country ? ' · ' + e.country : ''))),
    e.aliases.length ? h('p', {}, 'Also: ', e.aliases.join(', ')) : null,
    e.sanctions.length ? h('ul', { class: 'hits' }, ...e.sanctions.map(s => h('li', {},
      h('span', { class: 'flag' }, s.list + ' ' + s.listId), ' ', s.name, ' ', h('span', { class: 'badge' }, score(s.score)),
      (s.programs || []).length ? h('div', {}, 'Programs: ' + s.programs.join(', ')) : null,
      h('div', { class: 'muted' }, 'Why: ' + (s.explanation || ''))))) : h('p', { class: 'muted' }, 'Not on any list in force.'),
    h('p', {}, h('a', { href: entityHref(e.name) }, 'Open the profile across stored documents')));
}

function listEntries(hits) {
  return h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'List'), h('th', {}, 'Entry'), h('th', {}, 'Programs'), h('th', {}, 'Score'), h('th', {}, 'Why'))),
    h('tbody', {}, ...hits.map(s => h('tr', { class: 'hit' },
      h('td', {}, s.list + ' ' + s.listId), h('td', {}, s.name), h('td', {}, (s.programs || []).join(', ')),
      h('td', {}, score(s.score)), h('td', {}, s.explanation || '')))));
}

// ---- Entity

async function entityPage(id) {
  show(h('h1', {}, 'Entity'), h('p', { class: 'muted' }, 'Loading…'));
  let p;
  try { p = await api('/entities/' + encodeURIComponent(id)); } catch (e) { show(h('h1', {}, 'Entity'), errorBox(e), h('p', { class: 'muted' }, 'Entity pages answer from the knowledge store: analyze an article and add it to the store, or run redflag ingest.')); return; }
  const e = p.entity;
  const depth = h('select', { id: 'depth' }, h('option', { value: '1' }, '1 hop'), h('option', { value: '2' }, '2 hops'));
  const graphBox = h('div', { id: 'graph', role: 'img', 'aria-label': 'Network around ' + e.name });
  const graphList = h('ul', { id: 'graph-list', class: 'muted' });
  show(
    h('h1', {}, e.name, ' ', isListed(e.id) ? h('span', { class: 'flag' }, '· listed') : null),
    h('p', { class: 'muted' }, e.type.toLowerCase() + (e.country ? ' · ' + e.country : '') + ' · ' + e.id + ' · in ' + e.documents + ' documents'),
    h('div', { class: 'grid' },
      h('section', {},
        h('div', { class: 'card' }, h('h2', {}, 'List entries'), p.listEntries.length ? listEntries(p.listEntries) : h('p', { class: 'muted' }, 'Not on any list in force.')),
        h('div', { class: 'card' },
          h('div', { class: 'row' }, h('h2', { style: 'flex:1' }, 'Network'), h('div', { style: 'flex:0;min-width:110px' }, h('label', { for: 'depth' }, 'Depth'), depth)),
          graphBox, h('details', {}, h('summary', {}, 'Network as a list'), graphList)),
        h('div', { class: 'card' }, h('h2', {}, 'Events'), timeline(p.timeline))),
      h('aside', {},
        h('div', { class: 'card' }, h('h2', {}, 'Spellings'), ...Object.entries(p.aliases).map(([a, n]) => h('span', { class: 'pill' }, a + ' (' + n + ')'))),
        h('div', { class: 'card' }, h('h2', {}, 'Mentions by month'), h('p', {}, Object.entries(p.mentionsByMonth).map(([m, n]) => m + ': ' + n).join(' · '))),
        h('div', { class: 'card' }, h('h2', {}, 'Documents (' + p.documentCount + ')'),
          h('ul', { id: 'documents' }, ...p.documents.map(d => h('li', {}, h('strong', {}, d.title || d.id), ' ', h('span', { class: 'muted' }, d.date || 'undated'), h('div', { class: 'muted' }, d.snippet))))),
        h('div', { class: 'card' }, h('h2', {}, 'Connections'),
          h('ul', {}, ...p.connections.map(c => h('li', {}, h('a', { href: entityHref(c.entity.id) }, c.entity.name), ' ', h('span', { class: 'muted' }, c.documents + ' documents'))))))));
  const draw = async () => {
    try {
      const n = await api('/entities/' + encodeURIComponent(e.id) + '/network?depth=' + depth.value);
      drawGraph(graphBox, n);
      const names = Object.fromEntries(n.nodes.map(x => [x.id, x.name]));
      graphList.replaceChildren(...n.edges.map(x => h('li', {}, names[x.a] + ' — ' + names[x.b] + ' (' + x.documents + ' documents)')));
    } catch (err) { graphBox.replaceChildren(errorBox(err)); }
  };
  depth.addEventListener('change', draw);
  draw();
}

function drawGraph(container, n) {
  const colours = { PERSON: '#3b82f6', ORGANIZATION: '#8b5cf6', COUNTRY: '#16a34a', LOCATION: '#d97706', VESSEL: '#0891b2', OTHER: '#64748b' };
  const elements = n.nodes.map(x => ({ data: { id: x.id, label: x.name, colour: isListed(x.id) ? '#c0262d' : (colours[x.type] || '#64748b'), size: 18 + Math.min(30, 4 * Math.sqrt(x.documents)) }, classes: x.id === n.centre.id ? 'centre' : '' }))
    .concat(n.edges.map((x, i) => ({ data: { id: 'e' + i, source: x.a, target: x.b, weight: Math.min(8, 1 + x.documents) } })));
  if (window.redflagGraph) window.redflagGraph.destroy();
  const cy = window.cytoscape({
    container, elements, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'edge', style: { width: 'data(weight)', 'line-color': '#cbd5e1' } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000 },
  });
  cy.on('tap', 'node', evt => { location.hash = entityHref(evt.target.id()); });
  window.redflagGraph = cy;
}

function timeline(events) {
  if (!events.length) return h('p', { class: 'muted' }, 'No events.');
  const names = list => list.map(x => x.name).join(', ') || '?';
  return h('ol', { class: 'timeline' }, ...events.map(ev => h('li', {},
    h('span', { class: 'when' }, ev.date || 'undated'), h('strong', {}, ev.type), ev.mode ? ' (' + ev.mode + ')' : '', ' ',
    names(ev.actors), ' → ', names(ev.recipients), ' ', h('span', { class: 'badge ' + ev.certainty }, ev.certainty), ' ',
    h('span', { class: 'muted' }, ev.corroboration + ' report(s); sources: ' + ev.sources.join(', ')),
    ev.goods.length ? h('div', {}, 'goods: ' + ev.goods.join(', ')) : null,
    ...ev.reports.slice(0, 3).map(r => h('q', {}, r.evidence + ' — ' + r.source + ', ' + r.documentId + (r.documentDate ? ' ' + r.documentDate : '') + (r.coder === 'model' ? ', type inferred' : ''))))));
}

// ---- Search

async function searchPage(q) {
  const input = h('input', { id: 'q', type: 'search', value: q || '' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card row', onsubmit: ev => { ev.preventDefault(); location.hash = '#/search?q=' + encodeURIComponent(input.value); } },
    h('div', {}, h('label', { for: 'q' }, 'Names or words'), input), h('div', { style: 'flex:0' }, h('button', { type: 'submit' }, 'Search')));
  show(h('h1', {}, 'Search the knowledge store'), form, out);
  if (!q) return;
  try {
    const r = await api('/search?q=' + encodeURIComponent(q));
    out.replaceChildren(h('div', { class: 'grid' },
      h('div', { class: 'card' }, h('h2', {}, 'Entities'), h('ul', {}, ...r.entities.map(e => h('li', {}, h('a', { href: entityHref(e.id), class: isListed(e.id) ? 'flag' : '' }, e.name), ' ', h('span', { class: 'muted' }, e.type.toLowerCase() + ' · ' + e.documents + ' documents'))))),
      h('div', { class: 'card' }, h('h2', {}, 'Documents'), h('ul', {}, ...r.documents.map(d => h('li', {}, h('strong', {}, d.title || d.id), ' ', h('span', { class: 'muted' }, d.date || ''), h('div', { class: 'muted' }, d.snippet)))))));
  } catch (e) { out.replaceChildren(errorBox(e)); }
}

// ---- Screening

function parseCsv(text) {
  const rows = []; let row = []; let field = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && text[i + 1] === '\n') i++; row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter(r => r.some(x => x.trim() !== ''));
}
function csvCell(v) { const s = String(v ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

function screeningPage() {
  const file = h('input', { id: 'csv', type: 'file', accept: '.csv,text/csv' });
  const pasted = h('textarea', { id: 'csv-text', placeholder: 'name,schema,birthDate,country\nAlexander Lukashenko,Person,1954,BY' });
  const go = h('button', { type: 'submit', id: 'screen' }, 'Screen');
  const out = h('div', { 'aria-live': 'polite' });
  async function submit(ev) {
    ev.preventDefault();
    const text = file.files.length ? await file.files[0].text() : pasted.value;
    const rows = parseCsv(text);
    if (rows.length < 2) { out.replaceChildren(errorBox(new Error('Need a header row with a "name" column and at least one row.'))); return; }
    const header = rows[0].map(x => x.trim().toLowerCase());
    const col = n => header.indexOf(n);
    if (col('name') < 0) { out.replaceChildren(errorBox(new Error('The header needs a "name" column.'))); return; }
    const parties = rows.slice(1).map((r, i) => ({ id: String(i + 1), row: r, name: r[col('name')] || '',
      schema: (col('schema') >= 0 && r[col('schema')]) || 'LegalEntity', birthDate: col('birthdate') >= 0 ? r[col('birthdate')] : '', country: col('country') >= 0 ? r[col('country')] : '' }))
      .filter(p => p.name.trim());
    go.disabled = true;
    const results = [];
    try {
      for (let i = 0; i < parties.length; i += 200) {
        out.replaceChildren(h('p', { class: 'muted' }, 'Screening ' + Math.min(i + 200, parties.length) + ' of ' + parties.length + '…'));
        const queries = {};
        for (const p of parties.slice(i, i + 200)) {
          const props = { name: [p.name] };
          if (p.birthDate) props.birthDate = [p.birthDate];
          if (p.country) props.country = [p.country];
          queries[p.id] = { schema: p.schema, properties: props };
        }
        const r = await api('/match/default?limit=3', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ queries }) });
        for (const p of parties.slice(i, i + 200)) results.push({ party: p, results: r.responses[p.id].results });
      }
    } catch (e) { out.replaceChildren(errorBox(e)); go.disabled = false; return; }
    go.disabled = false;
    const csv = [['name', 'schema', 'match', 'score', 'list_entry', 'listed_name', 'explanation'].join(',')]
      .concat(results.map(x => { const b = x.results[0]; return [x.party.name, x.party.schema, b ? b.match : false, b ? b.score : '', b ? b.id : '', b ? b.caption : '', b ? b.explanation : ''].map(csvCell).join(','); }));
    const blob = URL.createObjectURL(new Blob([csv.join('\n') + '\n'], { type: 'text/csv' }));
    const matches = results.filter(x => x.results.some(r => r.match)).length;
    out.replaceChildren(h('div', { class: 'card' },
      h('p', {}, results.length + ' parties screened, ', h('strong', { class: matches ? 'flag' : '' }, matches + ' with a match'), ' · ', h('a', { href: blob, download: 'screening-results.csv', id: 'download' }, 'Download results (CSV)')),
      h('table', { id: 'screen-results' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Best entries'), h('th', {}, 'Score'), h('th', {}, 'Why'))),
        h('tbody', {}, ...results.map(x => h('tr', { class: x.results.some(r => r.match) ? 'hit' : '' },
          h('td', {}, x.party.name, h('div', { class: 'muted' }, x.party.schema)),
          h('td', {}, ...x.results.map(r => h('div', {}, h('span', { class: r.match ? 'flag' : '' }, r.caption), ' ', h('span', { class: 'muted' }, r.id)))),
          h('td', {}, ...x.results.map(r => h('div', {}, score(r.score)))),
          h('td', {}, ...x.results.map(r => h('div', { class: 'muted' }, r.explanation)))))))));
  }
  show(h('h1', {}, 'Screen a list of names'),
    h('form', { class: 'card', onsubmit: submit },
      h('p', { class: 'muted' }, 'A CSV with a header: name (required), schema (Person, Company, Organization, Vessel…), birthDate, country.'),
      h('label', { for: 'csv' }, 'CSV file'), file, h('label', { for: 'csv-text' }, 'or paste CSV'), pasted, h('p', {}, go)), out);
}

// ---- Lists and alerts

async function listsPage() {
  show(h('h1', {}, 'Watchlists'), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const r = await api('/lists');
    const c = r.recentChanges;
    show(h('h1', {}, 'Watchlists in force: ' + r.current.id),
      h('div', { class: 'card' }, h('table', { id: 'sources' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Source'), h('th', {}, 'As of'), h('th', {}, 'Entries'), h('th', {}, 'Origin'))),
        h('tbody', {}, ...r.current.sources.map(s => h('tr', {}, h('td', {}, s.source), h('td', {}, s.date), h('td', {}, s.count.toLocaleString('en')), h('td', { class: 'muted' }, s.origin)))))),
      h('div', { class: 'card' }, h('h2', {}, 'Snapshots'), h('ul', {}, ...r.history.map(s => h('li', {}, s.id + (s.current ? ' (in force)' : '') + ' — ' + (s.created.startsWith('1970') ? 'shipped with redflag' : s.created) + ' — ' + s.sources.map(x => x.source + ' ' + x.date).join(', '))))),
      h('div', { class: 'card' }, h('h2', {}, 'Recent changes'), c
        ? h('div', {}, h('p', {}, c.older + ' → ' + c.newer + ': ' + c.added + ' added, ' + c.removed + ' removed, ' + c.changed + ' changed'),
          h('ul', {}, ...c.entries.map(x => h('li', {}, h('strong', {}, x.change), ' ', x.name, ' ', h('span', { class: 'muted' }, x.id + (x.fields.length ? ' (' + x.fields.join(', ') + ')' : ''))))))
        : h('p', { class: 'muted' }, 'Only one snapshot so far: run "redflag lists update" to see changes.')));
  } catch (e) { show(h('h1', {}, 'Watchlists'), errorBox(e)); }
}

async function alertsPage() {
  show(h('h1', {}, 'Alerts'), h('p', { class: 'muted' }, 'Re-screening the stored entities…'));
  try {
    const r = await api('/alerts');
    const l = r.lists;
    const changes = (title, list) => h('div', { class: 'card' }, h('h2', {}, title + ' (' + list.length + ')'),
      list.length ? h('ul', {}, ...list.map(x => h('li', {}, h('a', { href: entityHref(x.entity.id) }, x.entity.name), ' ', h('span', { class: 'muted' }, x.entries.map(e => e.list + ' ' + e.listId).join(', ')))))
        : h('p', { class: 'muted' }, 'None.'));
    show(h('h1', {}, 'Alerts'),
      h('p', {}, 'Watchlists ' + l.snapshot + ' against ' + l.previous + ': ' + l.screened + ' entities screened.'),
      changes('Newly listed', l.newlyListed), changes('Delisted', l.delisted),
      h('div', { class: 'card' }, h('h2', {}, 'Watches'), r.watches.length ? h('ul', {}, ...r.watches.map(w => h('li', {}, w.label + ': ' + w.events.length + ' new events'))) : h('p', { class: 'muted' }, 'No watches (redflag watch TARGET).')));
  } catch (e) { show(h('h1', {}, 'Alerts'), errorBox(e)); }
}

// ---- Router and readiness

function route() {
  const hash = location.hash || '#/analyze';
  const [path, query] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean);
  const page = parts[0] || 'analyze';
  document.querySelectorAll('nav a').forEach(a => a.toggleAttribute('aria-current', false));
  const link = document.querySelector('nav a[data-page="' + page + '"]');
  if (link) link.setAttribute('aria-current', 'page');
  const params = new URLSearchParams(query || '');
  if (page === 'entity' && parts[1]) entityPage(decodeURIComponent(parts.slice(1).join('/')));
  else if (page === 'search') searchPage(params.get('q'));
  else if (page === 'screening') screeningPage();
  else if (page === 'lists') listsPage();
  else if (page === 'alerts') alertsPage();
  else analyzePage();
}

async function pollReady() {
  const el = document.getElementById('ready');
  try {
    const r = await fetch('/ready');
    if (r.ok) { const b = await r.json(); el.textContent = 'ready · ' + b.watchlistEntries.toLocaleString('en') + ' list entries'; return; }
    el.textContent = 'loading models…';
  } catch (e) { el.textContent = 'server unreachable'; }
  setTimeout(pollReady, 2000);
}

window.addEventListener('hashchange', route);
route();
pollReady();
