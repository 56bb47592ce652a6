import { Model } from 'survey-core';
import { readFileSync } from 'fs';
import { mulberry32 } from './scripts/demo/mulberry32';
const json = JSON.parse(readFileSync('/work/main/survey-definitions/pupil-wellbeing/survey.json', 'utf8'));
function judge(m: Model, data: Record<string, unknown>) {
  m.clear(true, false);
  m.data = data;
  const vis = m.pages.map(p => p.isVisible ? 1 : 0).join('');
  const ok = m.validate(true); m.doComplete();
  return vis + ' ' + ok + JSON.stringify(m.data) + JSON.stringify(m.getAllQuestions().map(q => q.isVisibleInSurvey ? q.errors.length : -1));
}
const r = mulberry32(1);
const model = new Model(json);
const qs = model.getAllQuestions().map(q => ({ name: q.name, values: (q as any).choices.map((c: any) => c.value) }));
let found = 0; let t = 0, tf = 0;
for (let i = 0; i < 3000 && found < 3; i++) {
  const a: Record<string, unknown> = {};
  for (const q of qs) { const x = r(); if (x < 0.6) a[q.name] = q.values[Math.floor(r() * q.values.length)]; else if (x < 0.7) a[q.name] = [null, '', []][Math.floor(r()*3)]; }
  let s = performance.now(); const reused = judge(model, a); t += performance.now() - s;
  s = performance.now(); const fresh = judge(new Model(json), a); tf += performance.now() - s;
  if (reused !== fresh) { found++; console.log('CUR ', JSON.stringify(a), '\nreused', reused, '\nfresh ', fresh); }
}
console.log('found', found, t / 3000, tf / 3000);
