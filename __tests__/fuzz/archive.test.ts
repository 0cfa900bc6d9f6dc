import { fuzzSuite } from './suite.js';
import { archiveTargets } from './targets/archive.js';

fuzzSuite('archives and compressed streams', archiveTargets);
