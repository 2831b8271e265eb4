// Every word of the interface, in English and French: t(key) in the
// current language.
const strings = {
  en: {
    tab_script: 'Script', tab_costumes: 'Costume plot', tab_board: 'Stripboard',
    tab_reports: 'Reports', tab_import: 'New draft',
    draft: 'Draft', scenes: 'Scenes', scene: 'Scene', sheet: 'Breakdown sheet',
    pages: 'Pages', story_day: 'Story day', cast: 'Cast', no_elements: 'No elements.',
    add_as: 'Tag as', name: 'Name', whose: 'Whose', nobody: '(nobody)', change_to: 'Change to',
    remove: 'Remove from this scene', cancel: 'Cancel', tagged: 'Tagged', removed: 'Removed',
    changed: 'Changed', error: 'Error', character: 'Character', costumes: 'Costumes',
    looks: 'Makeup & hair', description: 'Description', day: 'Day', end_of_day: 'End of day',
    saved: 'Board saved', add_break: 'Add a day break',
    drag_hint: 'Drag strips and day breaks; the board is saved and evaluated at each drop.',
    reports: 'Reports', report_sheets: 'Breakdown sheets', report_scenes: 'Scene list',
    report_sets: 'Scenes by set', report_cast: 'Cast list', report_elements: 'Elements',
    report_costumes: 'Costume plot', report_dood: 'Day out of days', report_needs: 'Needs by day',
    report_changes: 'Revision report', import_title: 'Import a new draft',
    import_hint: 'Fountain, Final Draft (.fdx), PDF or text. Scenes are matched to the current draft and every edit is carried over.',
    label: 'Label', import: 'Import', importing: 'Importing…', revision: 'Revision report',
    kept: 'kept', moved: 'moved', orphaned: 'orphaned', edits: 'Edits',
    status: 'Status', was: 'Was', gained: 'Gained', lost: 'Lost', department: 'Department',
    st_same: 'same', st_changed: 'changed', st_added: 'added', st_omitted: 'omitted',
    st_split: 'split', st_merged: 'merged', st_renumbered: 'renumbered',
    term: 'Term', value: 'Value', weight: 'Weight', cost: 'Cost', bound: 'Bound (valid boards)', total: 'Total',
    term_shoot_days: 'Shoot days', term_actor_days: 'Paid actor days', term_company_moves: 'Company moves',
    term_location_days: 'Location days', term_day_night_switches: 'Day/night switches',
    feasible: 'Every hard constraint is kept.', infeasible: 'Hard constraints broken',
    solve: 'Optimise', solving: 'Optimising…', cost_terms: 'Cost of this board', days: 'Days',
    worked_paid: 'worked / paid', day_off: 'no shooting',
    eighths_delta: 'Length change', day_short: 'D', costume: 'costume', pages_short: 'p.',
  },
  fr: {
    tab_script: 'Scénario', tab_costumes: 'Chronologie costumes', tab_board: 'Plan de travail',
    tab_reports: 'Documents', tab_import: 'Nouvelle version',
    draft: 'Version', scenes: 'Séquences', scene: 'Séquence', sheet: 'Fiche de dépouillement',
    pages: 'Pages', story_day: 'Jour (chronologie)', cast: 'Rôles', no_elements: 'Aucun élément.',
    add_as: 'Marquer comme', name: 'Nom', whose: 'À qui', nobody: '(personne)', change_to: 'Changer en',
    remove: 'Retirer de cette séquence', cancel: 'Annuler', tagged: 'Marqué', removed: 'Retiré',
    changed: 'Modifié', error: 'Erreur', character: 'Rôle', costumes: 'Costumes',
    looks: 'Maquillage et coiffure', description: 'Description', day: 'Jour', end_of_day: 'Fin du jour',
    saved: 'Plan enregistré', add_break: 'Ajouter une fin de journée',
    drag_hint: 'Glissez les bandes et les fins de journée ; le plan est enregistré et évalué à chaque dépôt.',
    reports: 'Documents', report_sheets: 'Fiches de dépouillement', report_scenes: 'Liste des séquences',
    report_sets: 'Séquences par décor', report_cast: 'Liste des rôles', report_elements: 'Éléments',
    report_costumes: 'Chronologie costumes', report_dood: 'Day out of days', report_needs: 'Besoins par jour',
    report_changes: 'Rapport de révision', import_title: 'Importer une nouvelle version',
    import_hint: 'Fountain, Final Draft (.fdx), PDF ou texte. Les séquences sont appariées à la version en cours et chaque correction est reportée.',
    label: 'Couleur', import: 'Importer', importing: 'Import…', revision: 'Rapport de révision',
    kept: 'conservée', moved: 'déplacée', orphaned: 'orpheline', edits: 'Corrections',
    status: 'État', was: 'Avant', gained: 'Ajouts', lost: 'Retraits', department: 'Département',
    st_same: 'identique', st_changed: 'modifiée', st_added: 'ajoutée', st_omitted: 'supprimée',
    st_split: 'scindée', st_merged: 'fusionnée', st_renumbered: 'renumérotée',
    term: 'Terme', value: 'Valeur', weight: 'Poids', cost: 'Coût', bound: 'Borne (plans valides)', total: 'Total',
    term_shoot_days: 'Jours de tournage', term_actor_days: 'Jours comédiens payés', term_company_moves: 'Déplacements',
    term_location_days: 'Jours de décor', term_day_night_switches: 'Passages jour/nuit',
    feasible: 'Toutes les contraintes sont tenues.', infeasible: 'Contraintes non tenues',
    solve: 'Optimiser', solving: 'Optimisation…', cost_terms: 'Coût de ce plan', days: 'Jours',
    worked_paid: 'travaillés / payés', day_off: 'relâche',
    eighths_delta: 'Écart de longueur', day_short: 'J', costume: 'costume', pages_short: 'p.',
  },
};
let lang = localStorage.getItem('depouille.lang') || (navigator.language || 'en').slice(0, 2);
if (!strings[lang]) lang = 'en';
export function t(key) {
  return strings[lang][key] ?? strings.en[key] ?? key;
}
export function getLang() { return lang; }
export function setLang(l) {
  lang = strings[l] ? l : 'en';
  localStorage.setItem('depouille.lang', lang);
}
// Fills every [data-i18n] element of 'root' with its string.
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.documentElement.lang = lang;
}
