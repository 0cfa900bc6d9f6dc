/** A full garbage collection, without starting Node with --expose-gc (for tests of what a scan still holds). */
import v8 from 'node:v8';
import vm from 'node:vm';

export const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();
