import { Model, settings } from 'survey-core';
import { readFileSync } from 'fs';
import { mulberry32 } from './scripts/demo/mulberry32';
const json = JSON.parse(readFileSync('/work/main/survey-definitions/pupil-wellbeing/survey.json', 'utf8'));
const strip = (v: any): any => Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !['title','description','html','text','completedHtml'].includes(k)).map(([k, x]) => [k, strip(x)])) : v;
function bench(label: string, j: unknown, reset: (m: Model) => void) {
  const r = mulberry32(1);
  const model = new Model(j);
  const qs = model.getAllQuestions().map(q => ({ name: q.name, values: (q as any).choices.map((c: any) => c.value) }));
  const N = 500; const s = performance.now();
  for (let i = 0; i < N; i++) {
    const a: Record<string, unknown> = {};
    for (const q of qs) { const x = r(); if (x < 0.6) a[q.name] = q.values[Math.floor(r() * q.values.length)]; else if (x < 0.7) a[q.name] = [null, '', []][Math.floor(r()*3)]; }
    reset(model); model.data = a; model.validate(true); model.doComplete(); void model.data;
  }
  console.log(label, ((performance.now() - s) / N).toFixed(2), 'ms');
}
bench('clear(true)', json, (m) => m.clear(true, false));
bench('stripped clear(true)', strip(json), (m) => m.clear(true, false));
bench('clear(false)+data={}', json, (m) => { m.clear(false, false); m.data = {}; });
bench('clear(false)', json, (m) => { m.clear(false, false); });
settings.animationEnabled = false;
bench('noanim clear(true)', json, (m) => m.clear(true, false));
