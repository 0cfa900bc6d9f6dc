import { fuzzSuite } from './suite.js';
import { audioTargets } from './targets/audio.js';

fuzzSuite('audio containers', audioTargets);
