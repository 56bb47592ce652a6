import { compileValidator } from '../../../../core/surveys/compile-validator';
import { quietSurveyCore, surveyCoreVerdict, type Answers } from './survey-core-verdict';

quietSurveyCore();

// survey-core builds a paneldynamic's panels when it is first rendered: on the first page as the
// model is built, before the answers are set; on a later page only after, when it writes its
// panelCount (at least minPanelCount) empty panels over an empty answer (corpus 0310).
const panels = (more: Record<string, unknown> = {}) => ({
  type: 'paneldynamic',
  name: 'p',
  templateElements: [{ type: 'text', name: 't' }],
  panelCount: 2,
  ...more,
});
const onPage = (page: number, panel: Record<string, unknown>) => ({
  pages: [{ elements: [{ type: 'text', name: 'q' }] }, { elements: [] }].map((p, i) =>
    i === page ? { elements: [...p.elements, panel] } : p,
  ),
});

const both = (json: unknown, answers: Answers) => ({
  surveyCore: surveyCoreVerdict(json, answers),
  ours: compileValidator(json, 'test').validate(answers),
});

describe('a paneldynamic on a later page', () => {
  it.each([{}, { p: null }, { p: [] }, { q: 'x' }])(
    'when %j is sent, then its empty answer completes to panelCount empty panels',
    (answers) => {
      const { surveyCore, ours } = both(onPage(1, panels()), answers);
      const completed = { ...answers, p: [{}, {}] };
      expect(surveyCore).toEqual({ valid: true, changed: [], completed });
      expect(ours).toEqual({ ok: true, answers: completed });
    },
  );

  it('when minPanelCount is above panelCount, then it completes to minPanelCount panels', () => {
    const { surveyCore, ours } = both(onPage(1, panels({ panelCount: 0, minPanelCount: 1 })), { p: null });
    expect(surveyCore.completed).toEqual({ p: [{}] });
    expect(ours).toEqual({ ok: true, answers: { p: [{}] } });
  });

  it('when it has no panelCount, or is hidden, then an empty answer stays as sent', () => {
    const none = both(onPage(1, panels({ panelCount: 0 })), { p: null });
    expect(none.surveyCore.completed).toEqual({ p: null });
    expect(none.ours).toEqual({ ok: true, answers: { p: null } });
    const hidden = both(onPage(1, panels({ visibleIf: '{q} = 1' })), { p: [] });
    expect(hidden.surveyCore.completed).toEqual({ p: [] });
    expect(hidden.ours).toEqual({ ok: true, answers: { p: [] } });
  });

  it.each([{ questionsOnPageMode: 'singlePage' }, { firstPageIsStartPage: true }])(
    'when the survey sets %j, then survey-core renders it first and an empty answer stays as sent',
    (setting) => {
      const { surveyCore, ours } = both({ ...setting, ...onPage(1, panels()) }, { p: null });
      expect(surveyCore.completed).toEqual({ p: null });
      expect(ours).toEqual({ ok: true, answers: { p: null } });
    },
  );

  it('when the same paneldynamic is on the first page, then an empty answer stays as sent', () => {
    const { surveyCore, ours } = both(onPage(0, panels()), { p: null });
    expect(surveyCore.completed).toEqual({ p: null });
    expect(ours).toEqual({ ok: true, answers: { p: null } });
  });
});
