import { describeCorpusPart } from './corpus-harness';

// SurveyJS's own corpus, part 3 of 4 (see corpus-harness.ts).
describeCorpusPart(3, 4);
