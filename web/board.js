// The stripboard: a strip per scene, coloured INT/EXT x DAY/NIGHT, in shoot
// days separated by day breaks. Strips and breaks are dragged; each drop
// saves the board (PUT /api/board) and shows its cost terms.
import { api } from './api.js';
import { t } from './i18n.js';
import { el, toast, stripClass } from './util.js';

let scenes = [];
let days = [];

function strip(i) {
  const s = scenes[i];
  return el('div', { class: 'strip ' + stripClass(s), draggable: 'true', dataset: { scene: i, number: s.number } },
    el('span', { class: 'n' }, s.number),
    el('span', { class: 'ie' }, s.int_ext + ' · ' + (s.night ? 'N' : 'D')),
    el('span', { class: 'set' }, s.set + (s.subset ? ' – ' + s.subset : '')),
    el('span', { class: 'len' }, s.length),
    el('span', { class: 'castids', title: s.cast.join(', ') }, s.cast_ids.join(', ')));
}

function dayBreak(d, total) {
  return el('div', { class: 'daybreak', draggable: 'true', dataset: { day: d + 1 } },
    el('span', {}, `${t('end_of_day')} ${d + 1}`, total && total.date ? ' · ' + total.date : ''),
    el('span', { class: 'len' }, !total ? '' : total.eighths ? `${total.length} ${t('pages_short')}` : t('day_off')));
}

function costPanel(cost) {
  const rows = cost.terms.map((c) => el('tr', { dataset: { term: c.name } },
    el('th', {}, t('term_' + c.name)), el('td', { class: 'v' }, String(c.value)),
    el('td', {}, '× ' + c.weight), el('td', { class: 'v' }, String(c.value * c.weight)),
    el('td', { class: 'lb' }, String(c.lower_bound))));
  return el('div', { id: 'cost' },
    el('table', { class: 'terms' },
      el('tr', {}, el('th', {}, t('term')), el('th', {}, t('value')), el('th', {}, t('weight')),
        el('th', {}, t('cost')), el('th', {}, t('bound'))),
      rows,
      el('tr', { class: 'total' }, el('th', {}, t('total')), el('td'), el('td'),
        el('td', { class: 'v', id: 'cost-total' }, String(cost.total)), el('td', { class: 'lb' }, String(cost.lower_bound)))),
    el('p', { class: cost.feasible ? 'feasible' : 'infeasible' },
      cost.feasible ? t('feasible') : `${t('infeasible')} (${cost.violations.length})`),
    cost.violations.length ? el('ul', { class: 'violations' },
      cost.violations.slice(0, 30).map((v) => el('li', {}, v))) : null);
}

function render(root, res) {
  const list = el('div', { id: 'strips' });
  res.days.forEach((day, d) => {
    day.forEach((i) => list.append(strip(i)));
    list.append(dayBreak(d, res.day_totals[d]));
  });
  const actors = el('table', { class: 'actors' },
    el('tr', {}, el('th', {}, t('cast')), el('th', {}, t('days')), el('th', {}, t('worked_paid'))),
    res.actors.map((a) => el('tr', {},
      el('td', {}, a.name), el('td', {}, `${a.first_day}–${a.last_day}`),
      el('td', {}, `${a.work_days} / ${a.paid_days}`))));
  root.replaceChildren(el('div', { class: 'board-main' }, el('h2', {}, t('tab_board')),
    el('p', { class: 'hint' }, t('drag_hint')),
    el('div', { class: 'board-tools' },
      el('button', { id: 'add-break', onclick: () => addBreak(root) }, t('add_break')),
      el('button', { id: 'solve', onclick: () => solve(root) }, t('solve'))), list),
  el('aside', { class: 'board-side' }, el('h2', {}, t('cost_terms')), costPanel(res.cost), actors));
  wire(root, list);
}

async function solve(root) {
  const b = root.querySelector('#solve');
  b.disabled = true;
  b.textContent = t('solving');
  try {
    render(root, await api('POST', '/api/board/solve?seconds=3'));
    toast(t('saved'));
  } catch (e) {
    toast(t('error') + ': ' + e.message, true);
    b.disabled = false;
    b.textContent = t('solve');
  }
}

// The days as the strips now stand (an empty day between two breaks is a
// day off; trailing empty days are dropped).
function daysOf(list) {
  const out = [[]];
  for (const n of list.children) {
    if (n.classList.contains('daybreak')) out.push([]);
    else out[out.length - 1].push(Number(n.dataset.scene));
  }
  while (out.length > 1 && !out[out.length - 1].length) out.pop();
  return out;
}

async function save(root, list) {
  days = daysOf(list);
  try {
    const res = await api('PUT', '/api/board', { days });
    render(root, res);
    toast(t('saved'));
  } catch (e) {
    toast(t('error') + ': ' + e.message, true);
  }
}

// A new day break in the middle of the longest day.
function addBreak(root) {
  const list = root.querySelector('#strips');
  let best = null;
  let run = [];
  for (const n of [...list.children, null]) {
    if (!n || n.classList.contains('daybreak')) {
      if (!best || run.length > best.length) best = run;
      run = [];
    } else run.push(n);
  }
  if (!best || best.length < 2) return;
  best[Math.floor(best.length / 2)].before(dayBreak(0, null));
  save(root, list);
}

function wire(root, list) {
  let dragged = null;
  list.addEventListener('dragstart', (ev) => {
    dragged = ev.target.closest('.strip, .daybreak');
    if (!dragged) return;
    dragged.classList.add('dragging');
    ev.dataTransfer.effectAllowed = 'move';
    ev.dataTransfer.setData('text/plain', dragged.dataset.number || 'break');
  });
  list.addEventListener('dragover', (ev) => {
    if (!dragged) return;
    ev.preventDefault();
    const over = ev.target.closest('.strip, .daybreak');
    if (!over || over === dragged) return;
    const r = over.getBoundingClientRect();
    if (ev.clientY < r.top + r.height / 2) over.before(dragged);
    else over.after(dragged);
  });
  list.addEventListener('drop', (ev) => { ev.preventDefault(); });
  list.addEventListener('dragend', () => {
    if (!dragged) return;
    dragged.classList.remove('dragging');
    dragged = null;
    save(root, list);
  });
}

export async function showBoard(root, allScenes) {
  scenes = allScenes;
  const res = await api('GET', '/api/board');
  days = res.days;
  render(root, res);
}
