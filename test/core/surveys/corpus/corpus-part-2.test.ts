import { describeCorpusPart } from './corpus-harness';

// SurveyJS's own corpus, part 2 of 4 (see corpus-harness.ts).
describeCorpusPart(2, 4);
