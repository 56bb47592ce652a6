import { describeCorpusPart } from './corpus-harness';

// SurveyJS's own corpus, part 1 of 4 (see corpus-harness.ts).
describeCorpusPart(1, 4);
