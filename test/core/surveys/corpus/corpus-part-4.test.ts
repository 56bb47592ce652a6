import { describeCorpusPart } from './corpus-harness';

// SurveyJS's own corpus, part 4 of 4 (see corpus-harness.ts).
describeCorpusPart(4, 4);
