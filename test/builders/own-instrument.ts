/**
 * A municipality's own instrument as an administrator would upload it: a library users' survey with
 * a radiogroup, a rating and a checkbox, and an indicators.json scoring the rating.
 */
export function aLibrarySurvey(options: { extraQuestion?: Record<string, unknown> } = {}) {
  const elements: Record<string, unknown>[] = [
    {
      type: 'radiogroup',
      name: 'visits',
      title: { da: 'Hvor tit kommer du?', nb: 'Hvor ofte kommer du?', en: 'How often do you visit?' },
      choices: [
        { value: 'weekly', text: { da: 'Hver uge', nb: 'Hver uke', en: 'Weekly' } },
        { value: 'monthly', text: { da: 'Hver måned', nb: 'Hver måned', en: 'Monthly' } },
      ],
    },
    {
      type: 'rating',
      name: 'satisfied',
      title: { da: 'Hvor tilfreds er du?', nb: 'Hvor fornøyd er du?', en: 'How satisfied are you?' },
      rateMin: 1,
      rateMax: 5,
    },
    {
      type: 'checkbox',
      name: 'uses',
      title: { da: 'Hvad bruger du?', nb: 'Hva bruker du?', en: 'What do you use?' },
      choices: ['books', 'films', 'events'],
    },
  ];
  if (options.extraQuestion) elements.push(options.extraQuestion);
  const title = { da: 'Bibliotekets brugere', nb: 'Bibliotekets brukere', en: 'Library users' };
  return { title, pages: [{ name: 'p1', elements }] };
}

export function aLibraryIndicators(key = 'library-users') {
  const text = { da: 'Tilfredse', nb: 'Fornøyde', en: 'Satisfied' };
  return {
    instrument: {
      key,
      version: 1,
      name: { da: 'Bibliotekets brugere', nb: 'Bibliotekets brukere', en: 'Library users' },
      minGroupSize: 5,
    },
    breakdowns: [{ key: 'visits', question: 'visits', label: { da: 'Besøg', nb: 'Besøk', en: 'Visits' } }],
    itemScores: { satisfied: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 } },
    indicators: [
      {
        key: 'satisfied',
        label: text,
        description: text,
        polarity: 'higher-is-better',
        unit: 'share',
        score: { itemSets: [['satisfied']], minAnsweredShare: 1 },
        measure: { type: 'share', condition: { op: '>=', value: 4 } },
        breakdowns: ['visits'],
      },
    ],
  };
}
