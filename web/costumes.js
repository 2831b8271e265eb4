// The costume plot: each character's costumes scene by scene (the
// chronologie), with the story days, then each costume's description.
import { api } from './api.js';
import { t } from './i18n.js';
import { el, stripClass } from './util.js';

const PALETTE = ['#dcedc8', '#bbdefb', '#ffe0b2', '#f8bbd0', '#d1c4e9', '#b2dfdb', '#fff9c4', '#cfd8dc'];

export async function showCostumes(root, scenes) {
  const plot = await api('GET', '/api/costumes');
  const chars = plot.characters.filter((c) => c.costumes.length);
  const head = el('tr', {}, el('th', { class: 'who' }, t('character')),
    scenes.map((s) => el('th', { class: 'sc ' + stripClass(s), title: s.heading },
      s.number, el('br'), el('small', {}, t('day_short') + s.story_day))));
  const rows = chars.map((c) => {
    const cell = new Map();
    c.costumes.forEach((k, i) => k.scenes.forEach((s) => cell.set(s.number, [k, i])));
    return el('tr', { dataset: { character: c.name } }, el('th', { class: 'who' }, c.name),
      scenes.map((s) => {
        const hit = cell.get(s.number);
        return el('td', hit ? {
          class: 'cos', style: `background:${PALETTE[hit[1] % PALETTE.length]}`,
          title: hit[0].description || '',
        } : {}, hit ? hit[0].number : '');
      }));
  });
  const list = chars.map((c) => el('section', { class: 'cos-list' }, el('h3', {}, c.name),
    el('table', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, t('description')), el('th', {}, t('scenes'))),
      c.costumes.map((k) => el('tr', {}, el('td', {}, k.number), el('td', {}, k.description || '—'),
        el('td', {}, k.scenes.map((s) => s.number).join(', ')))),
      c.looks.length ? el('tr', {}, el('th', { colspan: 3 }, t('looks'))) : null,
      c.looks.map((k) => el('tr', {}, el('td', {}, k.number), el('td', {}, k.description || '—'),
        el('td', {}, k.scenes.map((s) => s.number).join(', ')))))));
  root.replaceChildren(el('h2', {}, t('tab_costumes')),
    el('div', { class: 'plot-wrap' }, el('table', { class: 'plot' }, el('thead', {}, head), el('tbody', {}, rows))),
    el('div', { class: 'cos-lists' }, list));
}
