// The script view: scene navigator, the scene's script formatted as a
// screenplay with its tagged words in their category colours, the
// breakdown sheet, and tagging by selection (menu and keys).
import { api } from './api.js';
import { t, getLang } from './i18n.js';
import { el, toast, stripClass } from './util.js';

// Keys for the categories in the tagging menu.
const KEYS = {
  101: 'x', 102: 's', 103: 'v', 104: 'p', 105: 'e', 106: 'w', 107: 'm', 108: 'a',
  109: 'r', 110: 'c', 111: 'u', 112: 'o', 113: 'b', 114: 'd', 115: 'g', 116: 'y',
  117: 'q', 118: 'l', 119: 'f', 120: 'k', 121: 'n', 122: 'j', 123: 'i', 124: 't',
};

const state = { categories: [], scenes: [], current: null, scene: null };

export function catName(id) {
  const c = state.categories.find((x) => x.id === id);
  return c ? c[getLang()] : String(id);
}
export function catColor(id) {
  const c = state.categories.find((x) => x.id === id);
  return c ? c.color : '#607D8B';
}

export async function loadScript(categories, scenes) {
  state.categories = categories;
  state.scenes = scenes;
  renderNavigator();
  const want = decodeURIComponent(location.hash.replace(/^#scene=/, ''));
  const first = scenes.find((s) => s.number === want) || scenes[0];
  if (first) await showScene(first.number);
}

export function refreshScenes(scenes) {
  state.scenes = scenes;
  renderNavigator();
}

function renderNavigator() {
  const nav = document.getElementById('scenes');
  nav.replaceChildren(el('h2', {}, t('scenes')), ...state.scenes.map((s) => el('button', {
    class: 'scene-link ' + stripClass(s) + (state.current === s.number ? ' on' : ''),
    dataset: { scene: s.number },
    onclick: () => showScene(s.number),
  }, el('b', {}, s.number), ' ', s.heading)));
}

export async function showScene(number) {
  const s = await api('GET', '/api/scenes/' + encodeURIComponent(number) + '?lang=' + getLang());
  state.current = number;
  state.scene = s;
  history.replaceState(null, '', location.pathname + location.search + '#scene=' + encodeURIComponent(number));
  renderNavigator();
  renderPage(s);
  renderSheet(s);
}

// The element's text with its tags as <mark>s (overlaps: the first wins).
function marked(text, tags) {
  const out = [];
  let at = 0;
  for (const g of tags.slice().sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (g.start < at || g.end > text.length) continue;
    if (g.start > at) out.push(text.slice(at, g.start));
    const color = catColor(g.category);
    out.push(el('mark', {
      class: 'tag',
      style: `background:${color}33;border-bottom:2px solid ${color}`,
      title: `${catName(g.category)}: ${g.name}${g.character ? ' (' + g.character + ')' : ''}`,
      dataset: { category: g.category, name: g.name, character: g.character || '', cast: g.cast ? '1' : null },
      onclick: g.cast ? null : (ev) => { ev.stopPropagation(); tagMenu(ev, g); },
    }, text.slice(g.start, g.end)));
    at = g.end;
  }
  out.push(text.slice(at));
  return out;
}

// The scene's cast where the action names them (whole words starting with a
// capital), shown in the cast colour; not editable here.
function castMarks(s) {
  const out = [];
  const names = s.cast.filter((n) => n.length > 1)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return out;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (const e of s.elements) {
    if (e.type !== 'action') continue;
    for (const m of e.text.matchAll(re)) {
      if (m[1][0] !== m[1][0].toUpperCase()) continue; /* "june", the month */
      const name = s.cast.find((n) => n.toLowerCase() === m[1].toLowerCase()) || m[1];
      out.push({ element: e.id, start: m.index, end: m.index + m[1].length, category: 100, name, cast: true });
    }
  }
  return out;
}

function renderPage(s) {
  const page = document.getElementById('page');
  const byEl = new Map();
  for (const g of [...s.tags, ...castMarks(s)]) {
    if (!byEl.has(g.element)) byEl.set(g.element, []);
    byEl.get(g.element).push(g);
  }
  page.replaceChildren(...s.elements.map((e) => el('p', {
    class: 'el ' + e.type + (e.dual ? ' dual-' + e.dual : ''),
    dataset: { element: e.id },
  }, e.type === 'scene_heading' ? el('span', { class: 'num' }, s.number) : null,
  ...marked(e.text, byEl.get(e.id) || []))));
  page.scrollTop = 0;
}

function renderSheet(s) {
  const sheet = document.getElementById('sheet');
  const head = el('div', { class: 'sheet-head ' + stripClass(s) },
    el('div', { class: 'sheet-num' }, t('scene') + ' ' + s.number),
    el('div', {}, s.heading),
    el('div', { class: 'meta' }, `${t('pages')} ${s.length} · ${t('story_day')} ${s.story_day}`));
  const cast = el('section', { class: 'box', style: `border-color:${catColor(100)}` },
    el('h3', { style: `background:${catColor(100)}` }, catName(100)),
    el('ul', {}, s.sheet.cast.map((c) => el('li', {}, `${c.id}. ${c.name}`,
      c.costume ? el('span', { class: 'costume' }, ' · ' + t('costume') + ' ' + c.costume) : null))));
  const boxes = s.sheet.categories.map((c) => el('section', {
    class: 'box', style: `border-color:${c.color}`, dataset: { category: c.id },
  }, el('h3', { style: `background:${c.color}` }, c.name),
  el('ul', {}, c.items.map((i) => el('li', { class: 'item' }, i.name,
    i.character ? el('span', { class: 'whose' }, ' (' + i.character + ')') : null,
    i.count ? el('span', { class: 'count' }, ' ×' + i.count) : null)))));
  sheet.replaceChildren(el('h2', {}, t('sheet')), head, cast,
    ...(boxes.length ? boxes : [el('p', {}, t('no_elements'))]));
}

function closeMenu() {
  const m = document.getElementById('menu');
  m.hidden = true;
  m.replaceChildren();
  document.removeEventListener('keydown', menuKeys, true);
}

let menuPick = null;
function menuKeys(ev) {
  if (ev.key === 'Escape') { closeMenu(); return; }
  if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement) {
    if (ev.key !== 'Enter') return;
  }
  const id = Object.keys(KEYS).find((k) => KEYS[k] === ev.key.toLowerCase());
  if (id && menuPick && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    menuPick(Number(id));
  }
}

function placeMenu(m, x, y) {
  m.hidden = false;
  const r = m.getBoundingClientRect();
  m.style.left = Math.max(4, Math.min(x, innerWidth - r.width - 8)) + 'px';
  m.style.top = Math.max(4, Math.min(y + 8, innerHeight - r.height - 8)) + 'px';
  document.addEventListener('keydown', menuKeys, true);
}

function categoryButtons(pick, except) {
  return el('div', { class: 'cats' }, state.categories.filter((c) => c.id > 100 && c.id !== except)
    .map((c) => el('button', {
      class: 'cat', style: `border-left:6px solid ${c.color}`, dataset: { category: c.id },
      onclick: () => pick(c.id),
    }, c[getLang()], el('kbd', {}, KEYS[c.id]))));
}

async function edit(body, done) {
  try {
    await api('POST', '/api/edits', body);
    toast(done);
  } catch (e) {
    toast(t('error') + ': ' + e.message, true);
  }
  closeMenu();
  await showScene(state.current);
}

// The menu for selected words: a name, whose (wardrobe, makeup), category.
function selectionMenu(ev, text) {
  const s = state.scene;
  const m = document.getElementById('menu');
  const name = el('input', { id: 'tag-name', value: text.toLowerCase(), 'aria-label': t('name') });
  const whose = el('select', { id: 'tag-whose' }, el('option', { value: '' }, t('nobody')),
    s.cast.map((c) => el('option', { value: c }, c)));
  menuPick = (cat) => edit({
    op: 'add', scene: s.number, category: cat, name: name.value.trim() || text, text,
    character: (cat === 106 || cat === 107) && whose.value ? whose.value : undefined,
  }, t('tagged') + ': ' + text);
  m.replaceChildren(el('div', { class: 'menu-head' }, t('add_as'), ' “', text, '”'),
    el('label', {}, t('name'), name), el('label', {}, t('whose'), whose),
    categoryButtons(menuPick), el('button', { class: 'cancel', onclick: closeMenu }, t('cancel')));
  placeMenu(m, ev.clientX, ev.clientY);
}

// The menu for a tag: another category (everywhere), or remove here.
function tagMenu(ev, g) {
  const s = state.scene;
  const m = document.getElementById('menu');
  const who = g.character || undefined;
  menuPick = (cat) => edit({
    op: 'recategorise', category: g.category, name: g.name, character: who, new_category: cat,
  }, t('changed') + ': ' + g.name);
  m.replaceChildren(el('div', { class: 'menu-head', style: `border-left:6px solid ${catColor(g.category)}` },
    catName(g.category), ': ', g.name),
  el('button', { class: 'remove', onclick: () => edit({
    op: 'remove', scene: s.number, category: g.category, name: g.name, character: who,
  }, t('removed') + ': ' + g.name) }, t('remove')),
  el('div', { class: 'menu-sub' }, t('change_to')), categoryButtons(menuPick, g.category),
  el('button', { class: 'cancel', onclick: closeMenu }, t('cancel')));
  placeMenu(m, ev.clientX, ev.clientY);
}

export function initScript() {
  const page = document.getElementById('page');
  page.addEventListener('mouseup', (ev) => {
    const sel = getSelection();
    if (!sel || sel.isCollapsed) return;
    const text = sel.toString().replace(/\s+/g, ' ').trim();
    const a = sel.anchorNode?.parentElement?.closest('.el');
    const b = sel.focusNode?.parentElement?.closest('.el');
    if (!text || !a || a !== b || text.length > 200) return;
    selectionMenu(ev, text);
  });
  document.addEventListener('mousedown', (ev) => {
    const m = document.getElementById('menu');
    if (!m.hidden && !m.contains(ev.target)) closeMenu();
  });
}
