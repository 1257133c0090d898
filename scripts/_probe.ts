import { extractText } from '/work/wt/persons/test/extract/helpers.js';
const de = [
  'Talheim. Beim Treffen sprach Jens Kolbe (Talheim) über die Pläne.',
  'Talheim. Beim Treffen sprach Jens Kolbe (SPD) über die Pläne.',
  'Talheim. Die Wirtschaft Deutschlands wächst, sagte Landrat Jens Kolbe.',
  'Talheim. Zu Gast war Frau Merle Hansen-Tiedke und Herr Bodo Kranich.',
  'Talheim. Die Rede hielt Karla von Dornbusch vor dem Rat.',
  'Talheim. Herr Kranich begrüßte die Gäste. Frau Tiedke dankte.',
  'Talheim. Bürgermeister Quirin Falkenrath eröffnete das Fest.',
  'Talheim. Landrätin Dr. Elwine Sturmhövel sprach zu den Gästen.',
  'Talheim. Sandra Lenz-Hauer (Kleinfurt) gewann den Preis.',
  'Talheim. Die Bürger Europas und Bayerns trafen sich, sagte Jens Kolbe.',
];
const en = [
  'Tarnby, 3 May 2026. Dr Ann Pike opened the new ward.',
  'Tarnby, 3 May 2026. Tom Reed, the founder and managing director of Reedworks, said the plan was good.',
  'Tarnby, 3 May 2026. Tarnby Foodbank received a grant from the council.',
  'Tarnby, 3 May 2026. Cllr Mary Oswin and Councillor Peter Hale attended. Prof Lionel Garth spoke.',
  'Tarnby, 3 May 2026. Sir Geoffrey Alder and Dame Rosa Pell visited. Baroness Thimble joined.',
  'Tarnby, 3 May 2026. Ann Pike opened the ward. Pike\'s team was thanked.',
  'Tarnby, 3 May 2026. Martha Glenn Foodbank opened.',
];
for (const t of de) { const x = extractText(t, 'de'); console.log('DE', t.slice(9,60), '=>', x.entities.filter(e=>e.type==='Person').map(e=>e.name).join(' | ')); }
for (const t of en) { const x = extractText(t, 'en'); console.log('EN', t.slice(20,70), '=>', x.entities.filter(e=>e.type==='Person').map(e=>e.name).join(' | ')); }
