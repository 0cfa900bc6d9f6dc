import { fuzzSuite } from './suite.js';
import { imageTargets } from './targets/image.js';

fuzzSuite('images', imageTargets);
