import { fuzzSuite } from './suite.js';
import { pythonTargets } from './targets/python.js';

fuzzSuite('Python source', pythonTargets);
