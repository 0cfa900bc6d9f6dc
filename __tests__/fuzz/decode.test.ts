import { fuzzSuite } from './suite.js';
import { decodeTargets } from './targets/decode.js';

fuzzSuite('layered decoder', decodeTargets);
