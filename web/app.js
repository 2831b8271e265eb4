// The page: loads the project, switches views, and the language toggle.
import { api } from './api.js';
import { t, getLang, setLang, translate } from './i18n.js';
import { initScript, loadScript, refreshScenes, showScene } from './script.js';
import { showCostumes } from './costumes.js';
import { showBoard } from './board.js';
import { showReports, showImport } from './reports.js';
import { toast } from './util.js';

const app = { project: null, scenes: [], categories: [], view: 'script' };

async function loadProject() {
  app.project = await api('GET', '/api/project');
  app.scenes = await api('GET', '/api/scenes');
  const v = app.project.versions[app.project.versions.length - 1];
  document.getElementById('title').textContent = app.project.title || 'depouille';
  document.getElementById('draft').textContent = `${t('draft')} ${v.number} · ${v.label}`;
  document.title = (app.project.title || 'depouille') + ' — depouille';
}

async function show(view) {
  app.view = view;
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('on', b.dataset.view === view));
  document.querySelectorAll('.view').forEach((v) => v.classList.toggle('on', v.id === 'view-' + view));
  const root = document.getElementById('view-' + view);
  try {
    if (view === 'script') refreshScenes(app.scenes);
    else if (view === 'costumes') await showCostumes(root, app.scenes);
    else if (view === 'board') await showBoard(root, app.scenes);
    else if (view === 'reports') showReports(root, app.project);
    else if (view === 'import') showImport(root, async () => {
      await loadProject();
      refreshScenes(app.scenes);
    });
  } catch (e) {
    toast(t('error') + ': ' + e.message, true);
  }
}

async function relabel() {
  translate(document);
  document.getElementById('lang').textContent = getLang() === 'fr' ? 'EN' : 'FR';
  await loadProject();
  if (app.view === 'script') {
    const cur = document.querySelector('.scene-link.on');
    refreshScenes(app.scenes);
    if (cur) await showScene(cur.dataset.scene);
  } else {
    await show(app.view);
  }
}

async function main() {
  translate(document);
  document.getElementById('lang').textContent = getLang() === 'fr' ? 'EN' : 'FR';
  document.getElementById('lang').addEventListener('click', async () => {
    setLang(getLang() === 'fr' ? 'en' : 'fr');
    await relabel();
  });
  document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  initScript();
  try {
    await loadProject();
    app.categories = await api('GET', '/api/categories');
    await loadScript(app.categories, app.scenes);
  } catch (e) {
    toast(t('error') + ': ' + e.message, true);
  }
  document.body.dataset.ready = '1';
}

main();
