// Report downloads (every kind in every format) and the import of a new
// draft with its revision report.
import { api, withToken } from './api.js';
import { t, getLang } from './i18n.js';
import { el, toast } from './util.js';

export function showReports(root, project) {
  const rows = project.reports.map((k) => el('tr', {},
    el('th', {}, t('report_' + k)),
    project.formats.map((f) => el('td', {}, (k === 'changes' && project.versions.length < 2) ? '—'
      : el('a', {
        href: withToken(`/api/report/${k}.${f}?lang=${getLang()}`), download: `${k}.${f}`,
        class: 'dl', dataset: { report: `${k}.${f}` },
      }, f.toUpperCase())))));
  root.replaceChildren(el('h2', {}, t('reports')), el('table', { class: 'reports' }, rows));
}

function list(items) {
  return items.length ? items.map((i) => i.name + (i.character ? ` (${i.character})` : '')).join(', ') : '';
}

export function renderChanges(root, res) {
  const c = res.changes;
  const v = res.version;
  const summary = el('p', { class: 'summary' },
    `${t('draft')} ${v.number} (${v.label}): ${v.scenes} ${t('scenes').toLowerCase()} — `,
    ['same', 'changed', 'added', 'omitted', 'split', 'merged'].map((k) => `${v[k]} ${t('st_' + k)}`).join(', '),
    el('br'), `${t('edits')}: ${res.edits.kept} ${t('kept')}, ${res.edits.moved} ${t('moved')}, ${res.edits.orphaned} ${t('orphaned')}`,
    el('br'), `${t('pages')}: ${c.old.pages} → ${c.new.pages}`);
  const scenes = el('table', { class: 'changes' },
    el('tr', {}, el('th', {}, t('scene')), el('th', {}, t('was')), el('th', {}, t('status')),
      el('th', {}, t('eighths_delta')), el('th', {}, t('cast'))),
    c.scenes.map((s) => el('tr', { class: 'st-' + s.status },
      el('td', {}, s.scene || '—'), el('td', {}, s.old_number || '—'), el('td', {}, t('st_' + s.status)),
      el('td', {}, s.eighths_delta ? (s.eighths_delta > 0 ? '+' : '') + s.eighths_delta + '/8' : ''),
      el('td', {}, [...(s.cast_gained || []).map((n) => '+' + n), ...(s.cast_lost || []).map((n) => '−' + n)].join(', ')))));
  const depts = el('table', { class: 'changes' },
    el('tr', {}, el('th', {}, t('department')), el('th', {}, t('scene')), el('th', {}, t('gained')), el('th', {}, t('lost'))),
    c.departments.flatMap((d) => d.scenes.map((s) => el('tr', {},
      el('td', {}, d.category_name), el('td', {}, s.scene), el('td', { class: 'plus' }, list(s.gained)),
      el('td', { class: 'minus' }, list(s.lost))))));
  root.replaceChildren(el('h2', {}, t('revision')), summary, scenes, depts);
}

export function showImport(root, onDone) {
  const file = el('input', { type: 'file', id: 'draft-file', accept: '.fountain,.fdx,.pdf,.txt,.spmd' });
  const label = el('input', { id: 'draft-label', placeholder: 'blue' });
  const out = el('div', { id: 'revision' });
  const go = el('button', { id: 'draft-import', onclick: async () => {
    const f = file.files[0];
    if (!f) return;
    go.disabled = true;
    go.textContent = t('importing');
    try {
      const q = `?name=${encodeURIComponent(f.name)}&lang=${getLang()}` + (label.value ? `&label=${encodeURIComponent(label.value)}` : '');
      const res = await api('POST', '/api/import' + q, await f.arrayBuffer(), true);
      renderChanges(out, res);
      await onDone();
    } catch (e) {
      toast(t('error') + ': ' + e.message, true);
    }
    go.disabled = false;
    go.textContent = t('import');
  } }, t('import'));
  root.replaceChildren(el('h2', {}, t('import_title')), el('p', { class: 'hint' }, t('import_hint')),
    el('div', { class: 'import-form' }, file, el('label', {}, t('label'), ' ', label), go), out);
}
