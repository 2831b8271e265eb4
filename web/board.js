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
    `${t('end_of_day')} ${d + 1}`, el('span', { class: 'len' }, total ? `${total.length} ${t('pages_short')}` : ''));
}

function render(root, res) {
  const list = el('div', { id: 'strips' });
  res.days.forEach((day, d) => {
    day.forEach((i) => list.append(strip(i)));
    list.append(dayBreak(d, res.day_totals[d]));
  });
  const terms = el('dl', { id: 'terms' }, Object.entries(res.terms)
    .filter(([k]) => k !== 'day_target_eighths')
    .map(([k, v]) => [el('dt', {}, t(k)), el('dd', { dataset: { term: k } }, String(v))]));
  const actors = el('table', { class: 'actors' }, res.actors.map((a) => el('tr', {},
    el('td', {}, a.name), el('td', {}, `${t('day')} ${a.first_day}–${a.last_day}`),
    el('td', {}, `${a.work_days} / ${a.paid_days}`))));
  root.replaceChildren(el('div', { class: 'board-main' }, el('h2', {}, t('tab_board')),
    el('p', { class: 'hint' }, t('drag_hint')),
    el('button', { id: 'add-break', onclick: () => addBreak(root) }, t('add_break')), list),
  el('aside', { class: 'board-side' }, terms, actors));
  wire(root, list);
}

// The days as the strips now stand (empty days dropped).
function daysOf(list) {
  const out = [[]];
  for (const n of list.children) {
    if (n.classList.contains('daybreak')) out.push([]);
    else out[out.length - 1].push(Number(n.dataset.scene));
  }
  return out.filter((d) => d.length);
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

function addBreak(root) {
  const list = root.querySelector('#strips');
  list.prepend(dayBreak(0, null));
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
