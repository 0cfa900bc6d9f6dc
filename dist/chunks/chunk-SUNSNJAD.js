import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CATEGORY_CAPS,
  MAX_SCORE,
  allRules,
  blankReport,
  claimSlot,
  errText,
  extractZipEntry,
  gunzip,
  ownedBuffers,
  ownsBuffer,
  parseArtifactName,
  readTar,
  readZipDirectory,
  releaseSlot,
  roundScore,
  scanArtifact,
  scoreArtifact,
  sha256Hex
} from "./chunk-UI4XNSBP.js";
import {
  require_common,
  require_symbols
} from "./chunk-4J2HL6ZJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/piscina/package.json
var require_package = __commonJS({
  "node_modules/piscina/package.json"(exports, module) {
    module.exports = {
      name: "piscina",
      version: "5.3.2",
      description: "A fast, efficient Node.js Worker Thread Pool implementation",
      main: "./dist/main.js",
      types: "./dist/index.d.ts",
      exports: {
        types: "./dist/index.d.ts",
        import: "./dist/esm-wrapper.mjs",
        require: "./dist/main.js"
      },
      engines: {
        node: ">=20.x"
      },
      scripts: {
        build: "tsc && gen-esm-wrapper . dist/esm-wrapper.mjs",
        lint: "eslint",
        test: "node scripts/run-tests.js",
        "test:jest": "jest --config test/jest/jest.config.js",
        "test:ci": "npm run lint && npm run build && npm run test:coverage && npm run test:jest",
        "test:coverage": "node scripts/run-tests.js --coverage",
        prepack: "npm run build",
        benchmark: "node --allow-natives-syntax benchmark/index.js --scope all",
        "benchmark:ci": "node --allow-natives-syntax benchmark/index.js --scope all --reporter json | jq '.[] | .name, .opsSec'",
        "benchmark:simple": "node --allow-natives-syntax benchmark/index.js --scope simple:all",
        "benchmark:simple:default": "node --allow-natives-syntax benchmark/index.js --scope simple",
        "benchmark:simple:async": "node --allow-natives-syntax benchmark/index.js --scope simple:async",
        "benchmark:startup": "node --allow-natives-syntax benchmark/index.js --scope startup",
        "benchmark:queue": "node --allow-natives-syntax benchmark/index.js --scope queue"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/piscinajs/piscina.git"
      },
      keywords: [
        "fast",
        "worker threads",
        "thread pool",
        "wade wilson"
      ],
      author: "James M Snell <jasnell@gmail.com>",
      contributors: [
        "Anna Henningsen <anna@addaleax.net>",
        "Matteo Collina <matteo.collina@gmail.com>",
        "Carlos Fuentes <me@metcoder.dev>"
      ],
      license: "MIT",
      devDependencies: {
        "@types/jest": "^30.0.0",
        "@types/node": "^22.4.1",
        "abort-controller": "^3.0.0",
        "bench-node": "^0.7.0",
        "concat-stream": "^2.0.0",
        eslint: "^9.16.0",
        "gen-esm-wrapper": "^1.1.1",
        glob: "^13.0.1",
        jest: "^30.2.0",
        neostandard: "^0.13.0",
        "ts-jest": "^29.4.6",
        tsx: "^4.20.3",
        typescript: "5.8.3"
      },
      optionalDependencies: {
        "@napi-rs/nice": "^1.0.4"
      },
      bugs: {
        url: "https://github.com/piscinajs/piscina/issues"
      },
      homepage: "https://github.com/piscinajs/piscina#readme",
      directories: {
        example: "examples",
        test: "test"
      }
    };
  }
});

// node_modules/piscina/dist/abort.js
var require_abort = __commonJS({
  "node_modules/piscina/dist/abort.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AbortError = void 0;
    exports.onabort = onabort;
    var AbortError = class extends Error {
      constructor(reason) {
        super("The task has been aborted", { cause: reason });
      }
      get name() {
        return "AbortError";
      }
    };
    exports.AbortError = AbortError;
    function onabort(abortSignal, listener) {
      if ("addEventListener" in abortSignal) {
        abortSignal.addEventListener("abort", listener, { once: true });
        return () => abortSignal.removeEventListener("abort", listener);
      } else {
        abortSignal.once("abort", listener);
        return () => abortSignal.removeListener("abort", listener);
      }
    }
  }
});

// node_modules/piscina/dist/task_queue/array_queue.js
var require_array_queue = __commonJS({
  "node_modules/piscina/dist/task_queue/array_queue.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ArrayTaskQueue = void 0;
    var node_assert_1 = __importDefault(__require("node:assert"));
    var ArrayTaskQueue2 = class {
      constructor() {
        this.tasks = [];
      }
      get size() {
        return this.tasks.length;
      }
      shift() {
        var _a;
        return (_a = this.tasks.shift()) !== null && _a !== void 0 ? _a : null;
      }
      push(task) {
        this.tasks.push(task);
      }
      unshift(task) {
        this.tasks.unshift(task);
      }
      remove(task) {
        const index = this.tasks.indexOf(task);
        node_assert_1.default.notStrictEqual(index, -1);
        this.tasks.splice(index, 1);
      }
    };
    exports.ArrayTaskQueue = ArrayTaskQueue2;
  }
});

// node_modules/piscina/dist/task_queue/fixed_queue.js
var require_fixed_queue = __commonJS({
  "node_modules/piscina/dist/task_queue/fixed_queue.js"(exports) {
    "use strict";
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    var _FixedQueue_size;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FixedQueue = void 0;
    var node_assert_1 = __importDefault(__require("node:assert"));
    var kSize = 2048;
    var kMask = kSize - 1;
    var FixedCircularBuffer = class {
      constructor() {
        this.bottom = 0;
        this.top = 0;
        this.list = new Array(kSize);
        this.next = null;
      }
      isEmpty() {
        return this.top === this.bottom;
      }
      isFull() {
        return (this.top + 1 & kMask) === this.bottom;
      }
      push(data) {
        this.list[this.top] = data;
        this.top = this.top + 1 & kMask;
      }
      unshift(data) {
        this.bottom = this.bottom - 1 & kMask;
        this.list[this.bottom] = data;
      }
      shift() {
        const nextItem = this.list[this.bottom];
        if (nextItem === void 0) {
          return null;
        }
        this.list[this.bottom] = void 0;
        this.bottom = this.bottom + 1 & kMask;
        return nextItem;
      }
      remove(task) {
        const indexToRemove = this.list.indexOf(task);
        node_assert_1.default.notStrictEqual(indexToRemove, -1);
        let curr = indexToRemove;
        while (true) {
          const next = curr + 1 & kMask;
          this.list[curr] = this.list[next];
          if (this.list[curr] === void 0) {
            break;
          }
          if (next === indexToRemove) {
            this.list[curr] = void 0;
            break;
          }
          curr = next;
        }
        this.top = this.top - 1 & kMask;
      }
    };
    var FixedQueue2 = class {
      constructor() {
        _FixedQueue_size.set(this, 0);
        this.head = this.tail = new FixedCircularBuffer();
      }
      isEmpty() {
        return this.head.isEmpty();
      }
      push(data) {
        var _a;
        if (this.head.isFull()) {
          this.head = this.head.next = new FixedCircularBuffer();
        }
        this.head.push(data);
        __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a++, _a), "f");
      }
      unshift(data) {
        var _a;
        if (this.tail.isFull()) {
          const newTail = new FixedCircularBuffer();
          newTail.next = this.tail;
          this.tail = newTail;
        }
        this.tail.unshift(data);
        __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a++, _a), "f");
      }
      shift() {
        var _a;
        const tail = this.tail;
        const next = tail.shift();
        if (next !== null)
          __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a--, _a), "f");
        if (tail.isEmpty() && tail.next !== null) {
          this.tail = tail.next;
          tail.next = null;
        }
        return next;
      }
      remove(task) {
        var _a;
        let prev = null;
        let buffer2 = this.tail;
        while (true) {
          if (buffer2.list.includes(task)) {
            buffer2.remove(task);
            __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a--, _a), "f");
            break;
          }
          if (buffer2.next === null)
            break;
          prev = buffer2;
          buffer2 = buffer2.next;
        }
        if (buffer2.isEmpty()) {
          if (prev === null) {
            if (buffer2.next !== null)
              this.tail = buffer2.next;
          } else {
            if (buffer2.next === null) {
              this.head = prev;
            } else {
              prev.next = buffer2.next;
            }
          }
        }
      }
      get size() {
        return __classPrivateFieldGet(this, _FixedQueue_size, "f");
      }
    };
    exports.FixedQueue = FixedQueue2;
    _FixedQueue_size = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/piscina/dist/task_queue/index.js
var require_task_queue = __commonJS({
  "node_modules/piscina/dist/task_queue/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TaskInfo = exports.FixedQueue = exports.ArrayTaskQueue = void 0;
    exports.isTaskQueue = isTaskQueue;
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var node_async_hooks_1 = __require("node:async_hooks");
    var abort_1 = require_abort();
    var common_1 = require_common();
    var symbols_1 = require_symbols();
    var array_queue_1 = require_array_queue();
    Object.defineProperty(exports, "ArrayTaskQueue", { enumerable: true, get: function() {
      return array_queue_1.ArrayTaskQueue;
    } });
    var fixed_queue_1 = require_fixed_queue();
    Object.defineProperty(exports, "FixedQueue", { enumerable: true, get: function() {
      return fixed_queue_1.FixedQueue;
    } });
    function isTaskQueue(value) {
      return typeof value === "object" && value !== null && "size" in value && typeof value.shift === "function" && typeof value.remove === "function" && typeof value.push === "function";
    }
    var taskIdCounter = 0;
    var TaskInfo = class extends node_async_hooks_1.AsyncResource {
      constructor({ task, transferList, filename, name, abortSignal, triggerAsyncId }, callback) {
        super("Piscina.Task", { requireManualDestroy: true, triggerAsyncId });
        this.workerInfo = null;
        this.aborted = false;
        this._abortListener = () => {
          this.aborted = true;
        };
        this._abortCleaner = null;
        this.callback = callback;
        this.task = task;
        this.transferList = transferList;
        if ((0, common_1.isMovable)(task)) {
          if (this.transferList == null) {
            this.transferList = [];
          }
          this.transferList = this.transferList.concat(task[symbols_1.kTransferable]);
          this.task = task[symbols_1.kValue];
        }
        this.filename = filename;
        this.name = name;
        this.taskId = taskIdCounter++;
        this.abortSignal = abortSignal;
        this.created = node_perf_hooks_1.performance.now();
        this.started = 0;
      }
      onAbort(value) {
        this._abortListener = () => {
          this.aborted = true;
          value();
        };
      }
      setAbortListener(signal) {
        this._abortCleaner = (0, abort_1.onabort)(signal, this._abortListener);
      }
      releaseTask() {
        const ret = this.task;
        this.task = null;
        return ret;
      }
      // TODO: implement - helpful for streaming chunks of data from worker to parent
      onResponse(_result) {
      }
      done(err, result) {
        var _a;
        this.runInAsyncScope(this.callback, null, err, result);
        this.emitDestroy();
        (_a = this._abortCleaner) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      get [symbols_1.kQueueOptions]() {
        var _a, _b;
        return (_b = (_a = this.task) === null || _a === void 0 ? void 0 : _a[symbols_1.kQueueOptions]) !== null && _b !== void 0 ? _b : null;
      }
      get interface() {
        return {
          taskId: this.taskId,
          filename: this.filename,
          name: this.name,
          created: this.created,
          isAbortable: this.abortSignal !== null,
          [symbols_1.kQueueOptions]: this[symbols_1.kQueueOptions]
        };
      }
    };
    exports.TaskInfo = TaskInfo;
  }
});

// node_modules/piscina/dist/errors.js
var require_errors = __commonJS({
  "node_modules/piscina/dist/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Errors = void 0;
    exports.Errors = {
      ThreadTermination: () => new Error("Terminating worker thread"),
      FilenameNotProvided: () => new Error("filename must be provided to run() or in options object"),
      TaskQueueAtLimit: () => new Error("Task queue is at limit"),
      NoTaskQueueAvailable: () => new Error("No task queue available and all Workers are busy"),
      CloseTimeout: () => new Error("Close operation timed out")
    };
  }
});

// node_modules/piscina/dist/histogram.js
var require_histogram = __commonJS({
  "node_modules/piscina/dist/histogram.js"(exports) {
    "use strict";
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var _PiscinaHistogramHandler_runTime;
    var _PiscinaHistogramHandler_waitTime;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PiscinaHistogramHandler = void 0;
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var PiscinaHistogramHandler = class _PiscinaHistogramHandler {
      constructor() {
        _PiscinaHistogramHandler_runTime.set(this, void 0);
        _PiscinaHistogramHandler_waitTime.set(this, void 0);
        __classPrivateFieldSet(this, _PiscinaHistogramHandler_runTime, (0, node_perf_hooks_1.createHistogram)(), "f");
        __classPrivateFieldSet(this, _PiscinaHistogramHandler_waitTime, (0, node_perf_hooks_1.createHistogram)(), "f");
      }
      get runTimeSummary() {
        return _PiscinaHistogramHandler.createHistogramSummary(__classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f"));
      }
      get waitTimeSummary() {
        return _PiscinaHistogramHandler.createHistogramSummary(__classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f"));
      }
      get runTimeCount() {
        return __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").count;
      }
      recordRunTime(value) {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").record(_PiscinaHistogramHandler.toHistogramIntegerNano(value));
      }
      recordWaitTime(value) {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f").record(_PiscinaHistogramHandler.toHistogramIntegerNano(value));
      }
      resetWaitTime() {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f").reset();
      }
      resetRunTime() {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").reset();
      }
      static createHistogramSummary(histogram) {
        const { mean, stddev, min, max } = histogram;
        return {
          average: mean / 1e3,
          mean: mean / 1e3,
          stddev: stddev / 1e3,
          min: min / 1e3,
          max: max / 1e3,
          p0_001: histogram.percentile(1e-3) / 1e3,
          p0_01: histogram.percentile(0.01) / 1e3,
          p0_1: histogram.percentile(0.1) / 1e3,
          p1: histogram.percentile(1) / 1e3,
          p2_5: histogram.percentile(2.5) / 1e3,
          p10: histogram.percentile(10) / 1e3,
          p25: histogram.percentile(25) / 1e3,
          p50: histogram.percentile(50) / 1e3,
          p75: histogram.percentile(75) / 1e3,
          p90: histogram.percentile(90) / 1e3,
          p97_5: histogram.percentile(97.5) / 1e3,
          p99: histogram.percentile(99) / 1e3,
          p99_9: histogram.percentile(99.9) / 1e3,
          p99_99: histogram.percentile(99.99) / 1e3,
          p99_999: histogram.percentile(99.999) / 1e3
        };
      }
      static toHistogramIntegerNano(milliseconds) {
        return Math.max(1, Math.trunc(milliseconds * 1e3));
      }
    };
    exports.PiscinaHistogramHandler = PiscinaHistogramHandler;
    _PiscinaHistogramHandler_runTime = /* @__PURE__ */ new WeakMap(), _PiscinaHistogramHandler_waitTime = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/piscina/dist/worker_pool/base.js
var require_base = __commonJS({
  "node_modules/piscina/dist/worker_pool/base.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsynchronouslyCreatedResourcePool = exports.AsynchronouslyCreatedResource = void 0;
    var node_assert_1 = __importDefault(__require("node:assert"));
    var AsynchronouslyCreatedResource = class {
      constructor() {
        this.onreadyListeners = [];
        this.ondestroyListeners = [];
      }
      markAsReady() {
        const listeners = this.onreadyListeners;
        (0, node_assert_1.default)(listeners != null);
        this.onreadyListeners = null;
        for (const listener of listeners) {
          listener();
        }
      }
      isReady() {
        return this.onreadyListeners == null;
      }
      onReady(fn) {
        if (this.onreadyListeners == null) {
          fn();
          return;
        }
        this.onreadyListeners.push(fn);
      }
      onDestroy(fn) {
        if (this.ondestroyListeners == null) {
          return;
        }
        this.ondestroyListeners.push(fn);
      }
      markAsDestroyed() {
        const listeners = this.ondestroyListeners;
        (0, node_assert_1.default)(listeners != null);
        this.ondestroyListeners = null;
        for (const listener of listeners) {
          listener();
        }
      }
      isDestroyed() {
        return this.ondestroyListeners == null;
      }
    };
    exports.AsynchronouslyCreatedResource = AsynchronouslyCreatedResource;
    var AsynchronouslyCreatedResourcePool = class {
      constructor(maximumUsage) {
        this.pendingItems = /* @__PURE__ */ new Set();
        this.readyItems = /* @__PURE__ */ new Set();
        this.maximumUsage = maximumUsage;
        this.onAvailableListeners = [];
        this.onTaskDoneListeners = [];
      }
      add(item) {
        this.pendingItems.add(item);
        item.onReady(() => {
          if (this.pendingItems.has(item)) {
            this.pendingItems.delete(item);
            this.readyItems.add(item);
            this.maybeAvailable(item);
          }
        });
      }
      delete(item) {
        this.pendingItems.delete(item);
        this.readyItems.delete(item);
      }
      *[Symbol.iterator]() {
        yield* this.pendingItems;
        yield* this.readyItems;
      }
      get size() {
        return this.pendingItems.size + this.readyItems.size;
      }
      maybeAvailable(item) {
        if (item.currentUsage() < this.maximumUsage) {
          for (const listener of this.onAvailableListeners) {
            listener(item);
          }
        }
      }
      onAvailable(fn) {
        this.onAvailableListeners.push(fn);
      }
      taskDone(item) {
        for (let i = 0; i < this.onTaskDoneListeners.length; i++) {
          this.onTaskDoneListeners[i](item);
        }
      }
      onTaskDone(fn) {
        this.onTaskDoneListeners.push(fn);
      }
      getCurrentUsage() {
        let inFlight = 0;
        for (const worker of this.readyItems) {
          const currentUsage = worker.currentUsage();
          if (Number.isFinite(currentUsage))
            inFlight += currentUsage;
        }
        return inFlight;
      }
    };
    exports.AsynchronouslyCreatedResourcePool = AsynchronouslyCreatedResourcePool;
  }
});

// node_modules/piscina/dist/worker_pool/balancer/index.js
var require_balancer = __commonJS({
  "node_modules/piscina/dist/worker_pool/balancer/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LeastBusyBalancer = LeastBusyBalancer;
    function LeastBusyBalancer(opts) {
      const { maximumUsage } = opts;
      return (task, workers) => {
        let candidate = null;
        let checkpoint = maximumUsage;
        for (const worker of workers) {
          if (worker.currentUsage === 0) {
            candidate = worker;
            break;
          }
          if (worker.isRunningAbortableTask)
            continue;
          if (task.isAbortable === false && worker.currentUsage < checkpoint) {
            candidate = worker;
            checkpoint = worker.currentUsage;
          }
        }
        return candidate;
      };
    }
  }
});

// node_modules/piscina/dist/worker_pool/index.js
var require_worker_pool = __commonJS({
  "node_modules/piscina/dist/worker_pool/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsynchronouslyCreatedResourcePool = exports.WorkerInfo = void 0;
    var node_worker_threads_1 = __require("node:worker_threads");
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var node_assert_1 = __importDefault(__require("node:assert"));
    var errors_1 = require_errors();
    var symbols_1 = require_symbols();
    var histogram_1 = require_histogram();
    var base_1 = require_base();
    Object.defineProperty(exports, "AsynchronouslyCreatedResourcePool", { enumerable: true, get: function() {
      return base_1.AsynchronouslyCreatedResourcePool;
    } });
    __exportStar(require_balancer(), exports);
    var WorkerInfo = class extends base_1.AsynchronouslyCreatedResource {
      constructor({ worker, port, enableHistogram }, onMessage) {
        super();
        this.idleTimeout = null;
        this.lastSeenResponseCount = 0;
        this.terminating = false;
        this.destroyed = false;
        const { filename, ...workerOpts } = worker;
        this.worker = new node_worker_threads_1.Worker(filename, workerOpts);
        this.port = port;
        this.onMessage = onMessage;
        this.port.on("message", this._handleResponse.bind(this));
        this.taskInfos = /* @__PURE__ */ new Map();
        this.sharedBuffer = new Int32Array(new SharedArrayBuffer(symbols_1.kFieldCount * Int32Array.BYTES_PER_ELEMENT));
        this.histogram = enableHistogram ? (0, node_perf_hooks_1.createHistogram)() : null;
      }
      get id() {
        return this.worker.threadId;
      }
      onWorkerMessage(handler) {
        this.worker.on("message", handler);
      }
      onWorkerError(handler) {
        this.worker.on("error", handler);
      }
      onWorkerExit(handler) {
        this.worker.on("exit", handler);
      }
      onPortClose(handler) {
        this.port.on("close", handler);
      }
      init(msg, toTransfer) {
        this.worker.postMessage(msg, toTransfer);
        return this;
      }
      workerRef() {
        this.worker.ref();
        return this;
      }
      workerUnref() {
        this.worker.unref();
        return this;
      }
      destroy() {
        if (this.terminating || this.destroyed)
          return;
        this.terminating = true;
        this.clearIdleTimeout();
        this.worker.terminate();
        this.port.close();
        for (const taskInfo of this.taskInfos.values()) {
          taskInfo.done(errors_1.Errors.ThreadTermination());
        }
        this.taskInfos.clear();
        this.terminating = false;
        this.destroyed = true;
        this.markAsDestroyed();
      }
      setIdleTimeout(handler, ms, ...args) {
        this.idleTimeout = setTimeout(handler, ms, ...args).unref();
      }
      clearIdleTimeout() {
        if (this.idleTimeout != null) {
          clearTimeout(this.idleTimeout);
          this.idleTimeout = null;
        }
      }
      ref() {
        this.port.ref();
        return this;
      }
      unref() {
        this.port.unref();
        return this;
      }
      _handleResponse(message) {
        var _a;
        (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.record(histogram_1.PiscinaHistogramHandler.toHistogramIntegerNano(message === null || message === void 0 ? void 0 : message.time));
        this.onMessage(message);
        if (this.taskInfos.size === 0) {
          this.unref();
        }
      }
      postTask(taskInfo) {
        (0, node_assert_1.default)(!this.taskInfos.has(taskInfo.taskId));
        (0, node_assert_1.default)(!this.terminating && !this.destroyed);
        const message = {
          task: taskInfo.releaseTask(),
          taskId: taskInfo.taskId,
          filename: taskInfo.filename,
          name: taskInfo.name,
          histogramEnabled: this.histogram != null ? 1 : 0
        };
        try {
          this.port.postMessage(message, taskInfo.transferList);
          queueMicrotask(() => this.clearIdleTimeout());
          taskInfo.workerInfo = this;
          this.taskInfos.set(taskInfo.taskId, taskInfo);
          this.ref();
          Atomics.add(this.sharedBuffer, symbols_1.kRequestCountField, 1);
          Atomics.notify(this.sharedBuffer, symbols_1.kRequestCountField, 1);
        } catch (err) {
          taskInfo.done(err);
        }
      }
      processPendingMessages() {
        if (this.destroyed)
          return;
        const actualResponseCount = Atomics.load(this.sharedBuffer, symbols_1.kResponseCountField);
        if (actualResponseCount !== this.lastSeenResponseCount) {
          this.lastSeenResponseCount = actualResponseCount;
          let entry;
          while ((entry = (0, node_worker_threads_1.receiveMessageOnPort)(this.port)) != null) {
            this._handleResponse(entry.message);
          }
        }
      }
      isRunningAbortableTask() {
        if (this.taskInfos.size !== 1)
          return false;
        const [[, task]] = this.taskInfos;
        return task.abortSignal != null;
      }
      currentUsage() {
        return this.isRunningAbortableTask() ? Infinity : this.taskInfos.size;
      }
      popTask(taskId) {
        var _a;
        const task = (_a = this.taskInfos.get(taskId)) !== null && _a !== void 0 ? _a : null;
        if (task != null)
          this.taskInfos.delete(taskId);
        return task;
      }
      get interface() {
        const worker = this;
        return {
          get id() {
            return worker.worker.threadId;
          },
          get currentUsage() {
            return worker.currentUsage();
          },
          get isRunningAbortableTask() {
            return worker.isRunningAbortableTask();
          },
          get histogram() {
            return worker.histogram != null ? histogram_1.PiscinaHistogramHandler.createHistogramSummary(worker.histogram) : null;
          },
          get terminating() {
            return worker.terminating;
          },
          get destroyed() {
            return worker.destroyed;
          },
          [symbols_1.kWorkerData]: worker
        };
      }
    };
    exports.WorkerInfo = WorkerInfo;
  }
});

// node_modules/piscina/dist/index.js
var require_dist = __commonJS({
  "node_modules/piscina/dist/index.js"(exports) {
    "use strict";
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var _DirectlyTransferable_value;
    var _ArrayBufferViewTransferable_view;
    var _Piscina_pool;
    var _Piscina_histogram;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.workerData = exports.isWorkerThread = exports.move = exports.ArrayTaskQueue = exports.FixedQueue = exports.version = exports.queueOptionsSymbol = exports.valueSymbol = exports.transferableSymbol = exports.Piscina = void 0;
    var node_worker_threads_1 = __require("node:worker_threads");
    var node_events_1 = __require("node:events");
    var node_path_1 = __require("node:path");
    var node_util_1 = __require("node:util");
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var promises_1 = __require("node:timers/promises");
    var package_json_1 = require_package();
    Object.defineProperty(exports, "version", { enumerable: true, get: function() {
      return package_json_1.version;
    } });
    var symbols_1 = require_symbols();
    Object.defineProperty(exports, "queueOptionsSymbol", { enumerable: true, get: function() {
      return symbols_1.kQueueOptions;
    } });
    Object.defineProperty(exports, "transferableSymbol", { enumerable: true, get: function() {
      return symbols_1.kTransferable;
    } });
    Object.defineProperty(exports, "valueSymbol", { enumerable: true, get: function() {
      return symbols_1.kValue;
    } });
    var task_queue_1 = require_task_queue();
    Object.defineProperty(exports, "ArrayTaskQueue", { enumerable: true, get: function() {
      return task_queue_1.ArrayTaskQueue;
    } });
    Object.defineProperty(exports, "FixedQueue", { enumerable: true, get: function() {
      return task_queue_1.FixedQueue;
    } });
    var worker_pool_1 = require_worker_pool();
    var abort_1 = require_abort();
    var histogram_1 = require_histogram();
    var errors_1 = require_errors();
    var common_1 = require_common();
    var cpuParallelism = (0, common_1.getAvailableParallelism)();
    var kDefaultOptions = {
      filename: null,
      name: "default",
      minThreads: Math.max(Math.floor(cpuParallelism / 2), 1),
      maxThreads: cpuParallelism * 1.5,
      idleTimeout: 0,
      maxQueue: Infinity,
      concurrentTasksPerWorker: 1,
      atomics: "sync",
      taskQueue: new task_queue_1.ArrayTaskQueue(),
      niceIncrement: 0,
      trackUnmanagedFds: true,
      closeTimeout: 3e4,
      recordTiming: true,
      stricterFIFO: false,
      workerHistogram: false
    };
    var kDefaultRunOptions = {
      transferList: void 0,
      filename: null,
      signal: null,
      name: null
    };
    var kDefaultCloseOptions = {
      force: false
    };
    var DirectlyTransferable = class {
      constructor(value) {
        _DirectlyTransferable_value.set(this, void 0);
        __classPrivateFieldSet(this, _DirectlyTransferable_value, value, "f");
      }
      get [(_DirectlyTransferable_value = /* @__PURE__ */ new WeakMap(), symbols_1.kTransferable)]() {
        return __classPrivateFieldGet(this, _DirectlyTransferable_value, "f");
      }
      get [symbols_1.kValue]() {
        return __classPrivateFieldGet(this, _DirectlyTransferable_value, "f");
      }
    };
    var ArrayBufferViewTransferable = class {
      constructor(view) {
        _ArrayBufferViewTransferable_view.set(this, void 0);
        __classPrivateFieldSet(this, _ArrayBufferViewTransferable_view, view, "f");
      }
      get [(_ArrayBufferViewTransferable_view = /* @__PURE__ */ new WeakMap(), symbols_1.kTransferable)]() {
        return __classPrivateFieldGet(this, _ArrayBufferViewTransferable_view, "f").buffer;
      }
      get [symbols_1.kValue]() {
        return __classPrivateFieldGet(this, _ArrayBufferViewTransferable_view, "f");
      }
    };
    var ThreadPool = class {
      constructor(publicInterface, options) {
        var _a, _b, _c;
        this.skipQueue = [];
        this.completed = 0;
        this.histogram = null;
        this.start = node_perf_hooks_1.performance.now();
        this.inProcessPendingMessages = false;
        this.startingUp = false;
        this.closingUp = false;
        this.workerFailsDuringBootstrap = false;
        this.destroying = false;
        this.publicInterface = publicInterface;
        this.taskQueue = (_a = options.taskQueue) !== null && _a !== void 0 ? _a : new task_queue_1.FixedQueue();
        const filename = options.filename ? (0, common_1.maybeFileURLToPath)(options.filename) : null;
        this.options = (0, common_1.withNullPrototype)({
          ...kDefaultOptions,
          ...options,
          filename,
          maxQueue: 0
        });
        if (this.options.recordTiming) {
          this.histogram = new histogram_1.PiscinaHistogramHandler();
        }
        if (options.maxThreads !== void 0 && this.options.minThreads >= options.maxThreads) {
          this.options.minThreads = options.maxThreads;
        }
        if (options.minThreads !== void 0 && this.options.maxThreads <= options.minThreads) {
          this.options.maxThreads = options.minThreads;
        }
        if (options.maxQueue === "auto") {
          this.options.maxQueue = this.options.maxThreads ** 2;
        } else {
          this.options.maxQueue = (_b = options.maxQueue) !== null && _b !== void 0 ? _b : kDefaultOptions.maxQueue;
        }
        this.balancer = (_c = this.options.loadBalancer) !== null && _c !== void 0 ? _c : (0, worker_pool_1.LeastBusyBalancer)({ maximumUsage: this.options.concurrentTasksPerWorker });
        this.workers = new worker_pool_1.AsynchronouslyCreatedResourcePool(this.options.concurrentTasksPerWorker);
        this.workers.onTaskDone(this._onWorkerTaskDone.bind(this));
        this.maxCapacity = this.options.maxThreads * this.options.concurrentTasksPerWorker;
        this.startingUp = true;
        this._ensureMinimumWorkers();
        this.startingUp = false;
        this._needsDrain = false;
      }
      _ensureMinimumWorkers() {
        if (this.closingUp || this.destroying) {
          return;
        }
        while (this.workers.size < this.options.minThreads) {
          this._addNewWorker();
        }
      }
      _addNewWorker() {
        if (this.closingUp === true)
          return;
        const { port1, port2 } = new node_worker_threads_1.MessageChannel();
        const workerInfo = new worker_pool_1.WorkerInfo({
          worker: {
            filename: globalThis.__pssPiscinaBootstrap ?? (() => {
              throw new Error("piscina bootstrap (piscina-worker.js) not found beside the scan worker");
            })(),
            env: this.options.env,
            argv: this.options.argv,
            execArgv: this.options.execArgv,
            resourceLimits: this.options.resourceLimits,
            workerData: this.options.workerData,
            trackUnmanagedFds: this.options.trackUnmanagedFds
          },
          port: port1,
          enableHistogram: this.options.workerHistogram
        }, onMessage.bind(this));
        const message = {
          filename: this.options.filename,
          name: this.options.name,
          port: port2,
          sharedBuffer: workerInfo.sharedBuffer,
          atomics: this.options.atomics,
          niceIncrement: this.options.niceIncrement
        };
        workerInfo.onDestroy(() => {
          this.publicInterface.emit("workerDestroy", workerInfo.interface);
        });
        workerInfo.onWorkerMessage(onWorkerMessage.bind(this));
        workerInfo.onWorkerError(onWorkerError.bind(this));
        workerInfo.onWorkerExit(onWorkerExit.bind(this));
        workerInfo.onPortClose(() => {
          workerInfo.workerRef();
        });
        if (this.startingUp === true) {
          workerInfo.markAsReady();
          queueMicrotask(() => {
            this.publicInterface.emit("workerCreate", workerInfo.interface);
            this._onWorkerReady(workerInfo);
          });
        } else {
          workerInfo.onReady(() => {
            this.publicInterface.emit("workerCreate", workerInfo.interface);
            this._onWorkerReady(workerInfo);
          });
        }
        workerInfo.init(message, [port2]).workerUnref();
        this.workers.add(workerInfo);
        function onMessage(message2) {
          const { taskId, result } = message2;
          const taskInfo = workerInfo.popTask(taskId);
          this.workers.taskDone(workerInfo);
          if (taskInfo == null) {
            const err = new Error(`Unexpected message from Worker: ${(0, node_util_1.inspect)(message2)}`);
            this.publicInterface.emit("error", err);
          } else {
            taskInfo.done(message2.error, result);
          }
          this._processPendingMessages();
        }
        function onWorkerReady() {
          workerInfo.currentUsage() === 0 && workerInfo.unref();
          workerInfo.isReady() === false && workerInfo.markAsReady();
        }
        function onEventMessage(message2) {
          this.publicInterface.emit("message", message2);
        }
        function onWorkerMessage(message2) {
          const isReadyMessage = message2 instanceof Object && common_1.READY in message2 || typeof message2 === "object" && message2 !== null && common_1.READY in message2;
          if (isReadyMessage) {
            onWorkerReady();
          } else {
            onEventMessage.call(this, message2);
          }
        }
        function onWorkerError(err) {
          this._onError(workerInfo, err, false);
        }
        function onWorkerExit(code) {
          if (this.destroying === false) {
            const err = new Error(`worker exited with code: ${code}`);
            this._onError(workerInfo, err, true);
          }
        }
      }
      _onError(workerInfo, err, onlyErrorUnfinishedTasks) {
        const taskInfos = [...workerInfo.taskInfos.values()];
        workerInfo.taskInfos.clear();
        this._removeWorker(workerInfo);
        if (workerInfo.isReady() && !this.workerFailsDuringBootstrap) {
          this._ensureMinimumWorkers();
        } else {
          this.workerFailsDuringBootstrap = true;
        }
        if (taskInfos.length > 0) {
          for (const taskInfo of taskInfos) {
            taskInfo.done(err, null);
          }
        } else if (!onlyErrorUnfinishedTasks) {
          this.publicInterface.emit("error", err);
        }
      }
      _processPendingMessages() {
        if (this.inProcessPendingMessages || this.options.atomics === "disabled") {
          return;
        }
        this.inProcessPendingMessages = true;
        try {
          for (const workerInfo of this.workers) {
            workerInfo.processPendingMessages();
          }
        } finally {
          this.inProcessPendingMessages = false;
        }
      }
      _removeWorker(workerInfo) {
        workerInfo.destroy();
        this.workers.delete(workerInfo);
      }
      _removeTaskFromQueue(taskInfo) {
        this.taskQueue.remove(taskInfo);
        const skipQueueIndex = this.skipQueue.indexOf(taskInfo);
        if (skipQueueIndex !== -1) {
          this.skipQueue.splice(skipQueueIndex, 1);
        }
      }
      _onWorkerReady(workerInfo) {
        this._onWorkerAvailable(workerInfo);
      }
      _onWorkerTaskDone(workerInfo) {
        this._onWorkerAvailable(workerInfo);
      }
      _onWorkerAvailable(workerInfo) {
        let workers = null;
        while (this.taskQueue.size > 0 || this.skipQueue.length > 0) {
          const taskInfo = this.skipQueue.shift() || this.taskQueue.shift();
          if (workers == null) {
            workers = [...this.workers].map((workerInfo2) => workerInfo2.interface);
          }
          const distributed = this._distributeTask(taskInfo, workers);
          if (distributed) {
            continue;
          }
          if (this.workers.size < this.options.maxThreads) {
            this._addNewWorker();
            continue;
          } else {
            break;
          }
        }
        if (this.options.idleTimeout === Infinity) {
          return;
        }
        if (workerInfo.currentUsage() === 0 && this.workers.size > this.options.minThreads) {
          workerInfo.setIdleTimeout(() => {
            if (workerInfo.currentUsage() !== 0) {
              return;
            }
            if (this.workers.size > this.options.minThreads) {
              this._removeWorker(workerInfo);
            }
          }, this.options.idleTimeout);
        }
      }
      _distributeTask(task, workers) {
        var _a;
        if (task.aborted)
          return true;
        const candidate = this.balancer(task.interface, workers);
        if (candidate != null && candidate[symbols_1.kWorkerData] != null) {
          const now = node_perf_hooks_1.performance.now();
          (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.recordWaitTime(now - task.created);
          task.started = now;
          candidate[symbols_1.kWorkerData].postTask(task);
          queueMicrotask(() => this._maybeDrain());
          return true;
        }
        this._returnUndistributedTask(task, !this.options.stricterFIFO);
        return false;
      }
      _returnUndistributedTask(task, toTail = false) {
        if (task.abortSignal != null) {
          if (toTail) {
            this.skipQueue.push(task);
          } else {
            this.skipQueue.unshift(task);
          }
          return;
        }
        if (toTail) {
          this.taskQueue.push(task);
        } else if (this.taskQueue.unshift != null) {
          this.taskQueue.unshift(task);
        } else {
          this.taskQueue.push(task);
        }
      }
      runTask(task, options) {
        var _a;
        let { filename, name } = options;
        const { transferList = [] } = options;
        filename = filename !== null && filename !== void 0 ? filename : this.options.filename;
        name = name !== null && name !== void 0 ? name : this.options.name;
        if (typeof filename !== "string") {
          return Promise.reject(errors_1.Errors.FilenameNotProvided());
        }
        filename = (0, common_1.maybeFileURLToPath)(filename);
        let signal;
        if (this.closingUp || this.destroying) {
          const closingUpAbortController = new AbortController();
          closingUpAbortController.abort("queue is being terminated");
          signal = closingUpAbortController.signal;
        } else {
          signal = (_a = options.signal) !== null && _a !== void 0 ? _a : null;
        }
        const { promise: ret, resolve, reject } = (0, common_1.promiseResolvers)();
        const taskInfo = new task_queue_1.TaskInfo({
          task,
          transferList,
          filename,
          name,
          abortSignal: signal,
          triggerAsyncId: this.publicInterface.asyncResource.asyncId()
        }, (err, result) => {
          var _a2;
          this.completed++;
          if (taskInfo.started) {
            (_a2 = this.histogram) === null || _a2 === void 0 ? void 0 : _a2.recordRunTime(node_perf_hooks_1.performance.now() - taskInfo.started);
          }
          if (err !== null) {
            reject(err);
          } else {
            resolve(result);
          }
          queueMicrotask(this._maybeDrain.bind(this));
        });
        if (signal != null) {
          if (signal.aborted) {
            reject(new abort_1.AbortError(signal.reason));
            return ret;
          }
          taskInfo.onAbort(() => {
            reject(new abort_1.AbortError(signal.reason));
            if (taskInfo.workerInfo != null) {
              this._removeWorker(taskInfo.workerInfo);
              this._ensureMinimumWorkers();
            } else {
              this._removeTaskFromQueue(taskInfo);
            }
          });
          taskInfo.setAbortListener(signal);
        }
        if (this.taskQueue.size > 0) {
          const totalCapacity = this.options.maxQueue + this.pendingCapacity();
          if (this.taskQueue.size >= totalCapacity) {
            if (this.options.maxQueue === 0) {
              reject(errors_1.Errors.NoTaskQueueAvailable());
            } else {
              reject(errors_1.Errors.TaskQueueAtLimit());
            }
          } else {
            this.taskQueue.push(taskInfo);
            if (this.workers.size < this.options.maxThreads) {
              this._addNewWorker();
            }
          }
          queueMicrotask(this._maybeDrain.bind(this));
          return ret;
        }
        const workers = [...this.workers.readyItems].map((workerInfo) => workerInfo.interface);
        const distributed = this._distributeTask(taskInfo, workers);
        if (!distributed) {
          if (this.workers.size < this.options.maxThreads) {
            this._addNewWorker();
          }
          if (this.options.maxQueue <= 0 && this.pendingCapacity() === 0) {
            reject(errors_1.Errors.NoTaskQueueAvailable());
          }
        }
        ;
        queueMicrotask(this._maybeDrain.bind(this));
        return ret;
      }
      pendingCapacity() {
        return this.workers.pendingItems.size * this.options.concurrentTasksPerWorker;
      }
      _maybeDrain() {
        const { maxCapacity } = this;
        const currentUsage = this.workers.getCurrentUsage();
        if (maxCapacity === currentUsage) {
          this._needsDrain = true;
          queueMicrotask(() => this.publicInterface.emit("needsDrain"));
        } else if (maxCapacity > currentUsage && this._needsDrain) {
          this._needsDrain = false;
          queueMicrotask(() => this.publicInterface.emit("drain"));
        }
      }
      async destroy() {
        this.destroying = true;
        while (this.skipQueue.length > 0) {
          const taskInfo = this.skipQueue.shift();
          taskInfo.done(new Error("Terminating worker thread"));
        }
        while (this.taskQueue.size > 0) {
          const taskInfo = this.taskQueue.shift();
          taskInfo.done(new Error("Terminating worker thread"));
        }
        const exitEvents = [];
        while (this.workers.size > 0) {
          const [workerInfo] = this.workers;
          exitEvents.push((0, node_events_1.once)(workerInfo.worker, "exit"));
          this._removeWorker(workerInfo);
        }
        await Promise.allSettled(exitEvents);
        this.destroying = false;
      }
      async close(options) {
        this.closingUp = true;
        if (options.force) {
          const skipQueueLength = this.skipQueue.length;
          for (let i = 0; i < skipQueueLength; i++) {
            const taskInfo = this.skipQueue.shift();
            if (taskInfo.workerInfo === null) {
              taskInfo.done(new abort_1.AbortError("pool is closed"));
            } else {
              this.skipQueue.push(taskInfo);
            }
          }
          const taskQueueLength = this.taskQueue.size;
          for (let i = 0; i < taskQueueLength; i++) {
            const taskInfo = this.taskQueue.shift();
            if (taskInfo.workerInfo === null) {
              taskInfo.done(new abort_1.AbortError("pool is closed"));
            } else {
              this.taskQueue.push(taskInfo);
            }
          }
        }
        const onPoolFlushed = () => new Promise((resolve) => {
          const numberOfWorkers = this.workers.size;
          if (numberOfWorkers === 0) {
            resolve();
            return;
          }
          let numberOfWorkersDone = 0;
          const checkIfWorkerIsDone = (workerInfo) => {
            if (workerInfo.taskInfos.size === 0) {
              numberOfWorkersDone++;
            }
            if (numberOfWorkers === numberOfWorkersDone) {
              resolve();
            }
          };
          this.workers.onTaskDone(checkIfWorkerIsDone);
          for (const workerInfo of this.workers) {
            checkIfWorkerIsDone(workerInfo);
            this.workers.onTaskDone(checkIfWorkerIsDone);
          }
        });
        const throwOnTimeOut = async (timeout) => {
          await (0, promises_1.setTimeout)(timeout, null, { ref: false });
          throw errors_1.Errors.CloseTimeout();
        };
        try {
          await Promise.race([
            onPoolFlushed(),
            throwOnTimeOut(this.options.closeTimeout)
          ]);
        } catch (error) {
          this.publicInterface.emit("error", error);
        } finally {
          await this.destroy();
          this.publicInterface.emit("close");
          this.closingUp = false;
        }
      }
    };
    var Piscina2 = class _Piscina extends node_events_1.EventEmitterAsyncResource {
      constructor(options = {}) {
        const opts = (0, common_1.withNullPrototype)(options);
        super((0, common_1.withNullPrototype)(opts, { name: "Piscina" }));
        _Piscina_pool.set(this, void 0);
        _Piscina_histogram.set(this, null);
        if (typeof opts.filename !== "string" && opts.filename != null) {
          throw new TypeError("options.filename must be a string or null");
        }
        if (typeof opts.name !== "string" && opts.name != null) {
          throw new TypeError("options.name must be a string or null");
        }
        if (opts.minThreads !== void 0 && (typeof opts.minThreads !== "number" || opts.minThreads < 0)) {
          throw new TypeError("options.minThreads must be a non-negative integer");
        }
        if (opts.maxThreads !== void 0 && (typeof opts.maxThreads !== "number" || opts.maxThreads < 1)) {
          throw new TypeError("options.maxThreads must be a positive integer");
        }
        if (opts.minThreads !== void 0 && opts.maxThreads !== void 0 && opts.minThreads > opts.maxThreads) {
          throw new RangeError("options.minThreads and options.maxThreads must not conflict");
        }
        if (opts.idleTimeout !== void 0 && (typeof opts.idleTimeout !== "number" || opts.idleTimeout < 0)) {
          throw new TypeError("options.idleTimeout must be a non-negative integer");
        }
        if (opts.maxQueue !== void 0 && opts.maxQueue !== "auto" && (typeof opts.maxQueue !== "number" || opts.maxQueue < 0)) {
          throw new TypeError("options.maxQueue must be a non-negative integer");
        }
        if (opts.concurrentTasksPerWorker !== void 0 && (typeof opts.concurrentTasksPerWorker !== "number" || opts.concurrentTasksPerWorker < 1)) {
          throw new TypeError("options.concurrentTasksPerWorker must be a positive integer");
        }
        if (opts.atomics != null && (typeof opts.atomics !== "string" || !["sync", "async", "disabled"].includes(opts.atomics))) {
          throw new TypeError("options.atomics should be a value of sync, sync or disabled.");
        }
        if (opts.resourceLimits !== void 0 && (typeof opts.resourceLimits !== "object" || opts.resourceLimits === null)) {
          throw new TypeError("options.resourceLimits must be an object");
        }
        if (opts.taskQueue !== void 0 && !(0, task_queue_1.isTaskQueue)(opts.taskQueue)) {
          throw new TypeError("options.taskQueue must be a TaskQueue object");
        }
        if (opts.niceIncrement !== void 0 && (typeof opts.niceIncrement !== "number" || opts.niceIncrement < 0 && process.platform !== "win32")) {
          throw new TypeError("options.niceIncrement must be a non-negative integer on Unix systems");
        }
        if (opts.trackUnmanagedFds !== void 0 && typeof opts.trackUnmanagedFds !== "boolean") {
          throw new TypeError("options.trackUnmanagedFds must be a boolean value");
        }
        if (opts.closeTimeout !== void 0 && (typeof opts.closeTimeout !== "number" || opts.closeTimeout < 0)) {
          throw new TypeError("options.closeTimeout must be a non-negative integer");
        }
        if (opts.loadBalancer !== void 0 && (typeof opts.loadBalancer !== "function" || opts.loadBalancer.length < 1)) {
          throw new TypeError("options.loadBalancer must be a function with at least two args");
        }
        if (opts.workerHistogram !== void 0 && typeof opts.workerHistogram !== "boolean") {
          throw new TypeError("options.workerHistogram must be a boolean");
        }
        if (opts.stricterFIFO !== void 0 && typeof opts.stricterFIFO !== "boolean") {
          throw new TypeError("options.stricterFIFO must be a boolean");
        }
        __classPrivateFieldSet(this, _Piscina_pool, new ThreadPool(this, opts), "f");
      }
      run(task, options = kDefaultRunOptions) {
        var _a, _b, _c;
        if (options === null || typeof options !== "object") {
          return Promise.reject(new TypeError("options must be an object"));
        }
        options = (0, common_1.withNullPrototype)(options);
        const transferList = options.transferList;
        const signal = (_a = options.signal) !== null && _a !== void 0 ? _a : null;
        const filename = (_b = options.filename) !== null && _b !== void 0 ? _b : null;
        const name = (_c = options.name) !== null && _c !== void 0 ? _c : null;
        if (transferList !== void 0 && !Array.isArray(transferList)) {
          return Promise.reject(new TypeError("transferList argument must be an Array"));
        }
        if (filename != null && typeof filename !== "string") {
          return Promise.reject(new TypeError("filename argument must be a string"));
        }
        if (name != null && typeof name !== "string") {
          return Promise.reject(new TypeError("name argument must be a string"));
        }
        if (signal != null && typeof signal !== "object") {
          return Promise.reject(new TypeError("signal argument must be an object"));
        }
        return __classPrivateFieldGet(this, _Piscina_pool, "f").runTask(task, { transferList, filename, name, signal });
      }
      async close(options = kDefaultCloseOptions) {
        if (options === null || typeof options !== "object") {
          throw TypeError("options must be an object");
        }
        options = (0, common_1.withNullPrototype)(options);
        let { force } = options;
        if (force !== void 0 && typeof force !== "boolean") {
          return Promise.reject(new TypeError("force argument must be a boolean"));
        }
        force !== null && force !== void 0 ? force : force = kDefaultCloseOptions.force;
        return __classPrivateFieldGet(this, _Piscina_pool, "f").close({
          force
        });
      }
      destroy() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").destroy();
      }
      [(_Piscina_pool = /* @__PURE__ */ new WeakMap(), _Piscina_histogram = /* @__PURE__ */ new WeakMap(), Symbol.dispose)]() {
        this.close();
      }
      [Symbol.asyncDispose]() {
        return this.close();
      }
      get maxThreads() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").options.maxThreads;
      }
      get minThreads() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").options.minThreads;
      }
      get options() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").options;
      }
      get threads() {
        const ret = [];
        for (const workerInfo of __classPrivateFieldGet(this, _Piscina_pool, "f").workers) {
          ret.push(workerInfo.worker);
        }
        return ret;
      }
      get idleThreads() {
        let count = 0;
        for (const workerInfo of __classPrivateFieldGet(this, _Piscina_pool, "f").workers.readyItems) {
          if (workerInfo.currentUsage() === 0)
            count++;
        }
        return count;
      }
      get queueSize() {
        const pool2 = __classPrivateFieldGet(this, _Piscina_pool, "f");
        return Math.max(pool2.taskQueue.size + pool2.skipQueue.length - pool2.pendingCapacity(), 0);
      }
      get completed() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").completed;
      }
      get histogram() {
        if (__classPrivateFieldGet(this, _Piscina_histogram, "f") == null) {
          const piscinahistogram = {
            // @ts-expect-error
            get runTime() {
              var _a;
              return (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.runTimeSummary;
            },
            // @ts-expect-error
            get waitTime() {
              var _a;
              return (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.waitTimeSummary;
            },
            resetRunTime() {
              var _a;
              (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.resetRunTime();
            },
            resetWaitTime() {
              var _a;
              (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.resetWaitTime();
            }
          };
          Object.defineProperty(piscinahistogram, "histogram", {
            value: __classPrivateFieldGet(this, _Piscina_pool, "f").histogram,
            writable: false,
            enumerable: false,
            configurable: false
          });
          __classPrivateFieldSet(this, _Piscina_histogram, piscinahistogram, "f");
        }
        ;
        return __classPrivateFieldGet(this, _Piscina_histogram, "f");
      }
      get utilization() {
        if (__classPrivateFieldGet(this, _Piscina_pool, "f").histogram == null) {
          return 0;
        }
        const count = __classPrivateFieldGet(this, _Piscina_pool, "f").histogram.runTimeCount;
        if (count === 0) {
          return 0;
        }
        const capacity = this.duration * __classPrivateFieldGet(this, _Piscina_pool, "f").options.maxThreads;
        const totalMeanRuntime = __classPrivateFieldGet(this, _Piscina_pool, "f").histogram.runTimeSummary.mean / 1e3 * count;
        return totalMeanRuntime / capacity;
      }
      get duration() {
        return node_perf_hooks_1.performance.now() - __classPrivateFieldGet(this, _Piscina_pool, "f").start;
      }
      get needsDrain() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f")._needsDrain;
      }
      static get isWorkerThread() {
        return common_1.commonState.isWorkerThread;
      }
      static get workerData() {
        return common_1.commonState.workerData;
      }
      static get version() {
        return package_json_1.version;
      }
      static get Piscina() {
        return _Piscina;
      }
      static get FixedQueue() {
        return task_queue_1.FixedQueue;
      }
      static get ArrayTaskQueue() {
        return task_queue_1.ArrayTaskQueue;
      }
      static move(val) {
        if (val != null && typeof val === "object" && typeof val !== "function") {
          if (!(0, common_1.isTransferable)(val)) {
            if (node_util_1.types.isArrayBufferView(val)) {
              val = new ArrayBufferViewTransferable(val);
            } else {
              val = new DirectlyTransferable(val);
            }
          }
          (0, common_1.markMovable)(val);
        }
        return val;
      }
      static get transferableSymbol() {
        return symbols_1.kTransferable;
      }
      static get valueSymbol() {
        return symbols_1.kValue;
      }
      static get queueOptionsSymbol() {
        return symbols_1.kQueueOptions;
      }
    };
    exports.default = Piscina2;
    exports.Piscina = Piscina2;
    var move2 = Piscina2.move;
    exports.move = move2;
    var isWorkerThread2 = Piscina2.isWorkerThread;
    exports.isWorkerThread = isWorkerThread2;
    var workerData2 = Piscina2.workerData;
    exports.workerData = workerData2;
  }
});

// node_modules/piscina/dist/main.js
var require_main = __commonJS({
  "node_modules/piscina/dist/main.js"(exports, module) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    var index_1 = __importDefault(require_dist());
    module.exports = index_1.default;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path12) {
      const ctrl = callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visit_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path12) {
      const ctrl = await callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visitAsync_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path12);
      return void 0;
    }
    function replaceNode(key, path12, node) {
      const parent = path12[path12.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path12, value) {
      let v = value;
      for (let i = path12.length - 1; i >= 0; --i) {
        const k = path12[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key, ...rest] = path12;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        const [key, ...rest] = path12;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key, ...rest] = path12;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify3(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify3.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify3 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify3.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer2 = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer2[i] = str3.charCodeAt(i);
          return buffer2;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify3.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify3.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field, index] of path12) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path12) => {
      const parent = visit.itemAtPath(cst, path12.slice(0, -1));
      const field = path12[path12.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path12.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs13 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs13, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs13);
              } else {
                Object.assign(it, { key: fs13, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs13 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs13, sep: [] });
              else if (it.sep)
                this.stack.push(fs13);
              else
                Object.assign(it, { key: fs13, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify3(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/options.ts
import buffer from "node:buffer";
var MiB = 1024 * 1024;
var DEFAULT_LIMITS = {
  maxTotalBytes: 8192 * MiB,
  maxMemberBytes: 2047 * MiB,
  maxMembers: 1e5,
  maxRatio: 200,
  maxDepth: 3,
  maxArtifactBytes: 2048 * MiB
};
var DEFAULT_THRESHOLD = 7;
var MAX_BUFFER = buffer.constants.MAX_LENGTH;
function defaultOptions(overrides = {}) {
  return {
    threshold: overrides.threshold ?? DEFAULT_THRESHOLD,
    failOnIncomplete: overrides.failOnIncomplete ?? true,
    limits: clampLimits({ ...DEFAULT_LIMITS, ...overrides.limits ?? {} })
  };
}
function clampLimits(l) {
  return { ...l, maxMemberBytes: Math.min(l.maxMemberBytes, MAX_BUFFER), maxArtifactBytes: Math.min(l.maxArtifactBytes, MAX_BUFFER) };
}

// src/version.ts
import { createHash } from "node:crypto";
var TOOL_NAME = "pypi-stego-scan";
var TOOL_VERSION = "0.1.0";
var RULES_VERSION = (() => {
  const rules = [...allRules().values()].map((r) => `${r.id}:${r.category}:${r.weight}`).sort();
  const caps = Object.entries(CATEGORY_CAPS).map(([k, v]) => `${k}=${v}`).sort();
  return createHash("sha256").update([...rules, ...caps].join("\n")).digest("hex").slice(0, 16);
})();

// src/shard.ts
import { createHash as createHash2 } from "node:crypto";
import path from "node:path";

// src/inputs/names.ts
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var SDIST_EXT_RE = /\.(tar\.gz|tgz|zip|tar\.bz2|tbz2?|tar\.xz|txz|tar)$/i;
function parseArtifactFilename(filename) {
  const base = filename.slice(filename.lastIndexOf("/") + 1);
  if (/\.whl$/i.test(base)) {
    const parts = base.slice(0, -4).split("-");
    if (parts.length !== 5 && parts.length !== 6) return null;
    const [py, abi, plat] = parts.slice(-3);
    return { name: normalizeName(parts[0]), version: parts[1], kind: "wheel", tags: [`${py}-${abi}-${plat}`] };
  }
  const m = SDIST_EXT_RE.exec(base);
  if (!m) return null;
  const stem = base.slice(0, m.index);
  const i = stem.search(/-(?=v?\d[^-]*$)/i);
  if (i <= 0) return null;
  return { name: normalizeName(stem.slice(0, i)), version: stem.slice(i + 1), kind: "sdist", tags: [] };
}
function unescapeUrlPart(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/shard.ts
var MAX_SHARDS = 256;
var ShardError = class extends Error {
};
function parseShard(text) {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) throw new ShardError(`shard must be written i/n (this runner's part and the number of parts, e.g. 2/4), got ${JSON.stringify(text.slice(0, 100))}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw new ShardError(`shard ${index}/${count}: the number of shards must be from 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw new ShardError(`shard ${index}/${count}: the part must be from 1 to ${count} (parts are counted from 1)`);
  return { index, count };
}
function shardOf(key, count) {
  const digest = createHash2("sha256").update(key, "utf8").digest();
  return digest.readUIntBE(0, 6) % count + 1;
}
function inShard(key, shard) {
  return !shard || shard.count === 1 || shardOf(key, shard.count) === shard.index;
}
function localArtifactKey(file) {
  return `file:${path.basename(file)}`;
}
function projectKey(name) {
  return `project:${normalizeName(name)}`;
}
function fetchedArtifactKey(filename) {
  const a = parseArtifactFilename(path.basename(filename));
  return a ? projectKey(a.name) : localArtifactKey(filename);
}
function requirementKey(r) {
  if (r.name) return projectKey(r.name);
  if (r.url) {
    const base = r.url.replace(/[#?].*$/, "").replace(/\/+$/, "");
    const a = parseArtifactFilename(base.slice(base.lastIndexOf("/") + 1));
    if (a) return projectKey(a.name);
  }
  return `requirement:${r.text.trim()}`;
}

// src/workers/pool.ts
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";

// node_modules/piscina/dist/esm-wrapper.mjs
var import_main = __toESM(require_main(), 1);
var ArrayTaskQueue = import_main.default.ArrayTaskQueue;
var FixedQueue = import_main.default.FixedQueue;
var Piscina = import_main.default.Piscina;
var isWorkerThread = import_main.default.isWorkerThread;
var move = import_main.default.move;
var queueOptionsSymbol = import_main.default.queueOptionsSymbol;
var transferableSymbol = import_main.default.transferableSymbol;
var valueSymbol = import_main.default.valueSymbol;
var version = import_main.default.version;
var workerData = import_main.default.workerData;

// src/fetch/http.ts
import { createHash as createHash3 } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import { fileURLToPath } from "node:url";
var MAX_REDIRECTS = 5;
var FetchError = class extends Error {
};
function redact(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    const query = u.search ? "?\u2026" : "";
    u.search = "";
    u.hash = "";
    return u.toString() + query;
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//").slice(0, 300);
  }
}
function checkScheme(u) {
  if (u.protocol !== "http:" && u.protocol !== "https:" && u.protocol !== "file:") throw new FetchError(`refused URL scheme ${u.protocol} (${redact(u.toString())}): only http, https and file`);
}
function authFor(u) {
  const headers = {};
  if (u.username || u.password) {
    headers.authorization = "Basic " + Buffer.from(`${unescapeUrlPart(u.username)}:${unescapeUrlPart(u.password)}`).toString("base64");
    const clean = new URL(u.toString());
    clean.username = "";
    clean.password = "";
    return { url: clean.toString(), headers };
  }
  return { url: u.toString(), headers };
}
async function open(url, opts, signal) {
  let u = new URL(url);
  const origin = u.origin;
  const { headers: auth } = authFor(u);
  for (let hop = 0; ; hop++) {
    checkScheme(u);
    if (u.protocol === "file:") {
      let p = fileURLToPath(u);
      const st = await fsp.stat(p).catch(() => null);
      if (st?.isDirectory()) p = `${p.replace(/\/$/, "")}/index.html`;
      const st2 = await fsp.stat(p).catch(() => null);
      if (!st2?.isFile()) throw new FetchError(`not found: ${redact(u.toString())}`);
      return { body: fs.createReadStream(p), finalUrl: u.toString(), contentType: /\.html?$/.test(p) ? "text/html" : "application/octet-stream" };
    }
    const { url: clean, headers } = authFor(u);
    const sendAuth = u.origin === origin ? { ...auth, ...headers } : headers;
    const res = await fetch(clean, { redirect: "manual", signal, headers: { ...sendAuth, ...opts.accept ? { accept: opts.accept } : {}, "user-agent": "pypi-stego-scan" } });
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects from ${redact(url)}`);
      u = new URL(res.headers.get("location"), u);
      continue;
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new FetchError(`HTTP ${res.status} for ${redact(u.toString())}`);
    }
    return { body: res.body, finalUrl: u.toString(), contentType: res.headers.get("content-type") ?? "" };
  }
}
function timeoutSignal(ms) {
  return AbortSignal.timeout(ms);
}
async function getBytes(url, opts) {
  const signal = timeoutSignal(opts.timeoutMs);
  try {
    const r = await open(url, opts, signal);
    const chunks = [];
    let n = 0;
    for await (const c of r.body) {
      n += c.length;
      if (n > opts.maxBytes) throw new FetchError(`${redact(url)} is larger than ${opts.maxBytes} bytes`);
      chunks.push(c);
    }
    return { data: new Uint8Array(Buffer.concat(chunks)), finalUrl: r.finalUrl, contentType: r.contentType };
  } catch (e) {
    throw wrap(e, url, opts);
  }
}
async function download(url, dest, opts) {
  const signal = timeoutSignal(opts.timeoutMs);
  const hash = createHash3("sha256");
  let size = 0;
  let out = null;
  let created = false;
  try {
    const r = await open(url, opts, signal);
    out = await fsp.open(dest, "wx");
    created = true;
    for await (const c of r.body) {
      size += c.length;
      if (size > opts.maxBytes) throw new FetchError(`${redact(url)} is larger than the ${opts.maxBytes}-byte artifact limit: not downloaded`);
      hash.update(c);
      await out.write(c);
    }
    const done = out;
    out = null;
    await done.close();
    return { path: dest, size, sha256: hash.digest("hex"), finalUrl: r.finalUrl };
  } catch (e) {
    await out?.close().catch(() => void 0);
    if (created) await fsp.rm(dest, { force: true });
    throw wrap(e, url, opts);
  }
}
function wrap(e, url, opts) {
  if (e instanceof FetchError) return e;
  const err = e;
  if (err.name === "TimeoutError" || err.name === "AbortError") return new FetchError(`timed out after ${opts.timeoutMs / 1e3} s: ${redact(url)}`);
  const why = err.cause?.code ?? err.cause?.message ?? err.message;
  return new FetchError(`cannot download ${redact(url)}: ${why}`);
}
async function hashFile(p, algos) {
  const hs = [...new Set(algos)].map((a) => [a, createHash3(a)]);
  for await (const c of fs.createReadStream(p)) for (const [, h] of hs) h.update(c);
  return Object.fromEntries(hs.map(([a, h]) => [a, h.digest("hex")]));
}

// src/workers/pool.ts
var DEFAULT_TIMEOUT_BASE_SECONDS = 120;
var TIMEOUT_SECONDS_PER_MB = 1;
var DEFAULT_WORKER_HEAP_MB = 1024;
var MAX_JOBS = 256;
var isJobCount = (n) => Number.isInteger(n) && n >= 1 && n <= MAX_JOBS;
function workerFileNear(entryUrl) {
  try {
    const u = new URL("./worker.js", entryUrl);
    return u.protocol === "file:" && fs2.existsSync(u) ? u : void 0;
  } catch {
    return void 0;
  }
}
function defaultJobs() {
  return Math.max(1, os.availableParallelism());
}
function budgetSeconds(size, base = DEFAULT_TIMEOUT_BASE_SECONDS) {
  return Math.round(base + TIMEOUT_SECONDS_PER_MB * size / 1e6);
}
function stoppedReport(input, sha256, reason) {
  const dist = parseArtifactName(input.file);
  return blankReport({ file: input.file, path: input.path, sha256, size: input.data.length, package: dist.name, version: dist.version, kind: dist.kind }, "incomplete", [reason]);
}
function inProcess() {
  let artifacts = 0;
  return {
    jobs: 1,
    threaded: false,
    scan: (input, options, sha256) => {
      artifacts++;
      return scanArtifact(sha256 ? { ...input, sha256 } : input, options);
    },
    counts: () => ({ artifacts, members: 0 }),
    close: async () => void 0
  };
}
var Budget = class extends Error {
};
function createScanner(opts = {}) {
  if (!opts.workerFile) return inProcess();
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const heapMb = opts.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  const base = opts.timeoutSeconds ?? DEFAULT_TIMEOUT_BASE_SECONDS;
  const filename = opts.workerFile instanceof URL ? fileURLToPath2(opts.workerFile) : opts.workerFile;
  const bootstrap = path2.join(path2.dirname(filename), "piscina-worker.js");
  if (fs2.existsSync(bootstrap)) globalThis.__pssPiscinaBootstrap = bootstrap;
  const pool2 = new Piscina({
    filename,
    minThreads: 1,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    // between tasks a worker waits on its event loop, not blocked in Atomics.wait
    atomics: "disabled",
    idleTimeout: 3e4,
    resourceLimits: { maxOldGenerationSizeMb: heapMb }
  });
  pool2.on("error", () => void 0);
  const slotsBuffer = new SharedArrayBuffer(4);
  const slots = new Int32Array(slotsBuffer);
  const waiters = [];
  const wake = () => {
    while (waiters.length && claimSlot(slots, jobs)) waiters.shift()();
  };
  const release = () => {
    releaseSlot(slots);
    wake();
  };
  const acquire = () => new Promise((resolve) => {
    if (claimSlot(slots, jobs)) resolve();
    else waiters.push(resolve);
  });
  const counts = { artifacts: 0, members: 0 };
  const memberOf = (req2, options, signal) => {
    counts.members++;
    const task = { kind: "member", path: req2.path, depth: req2.depth, buffer: req2.buffer, byteOffset: req2.byteOffset, length: req2.length, options };
    return pool2.run(task, { transferList: [req2.buffer], signal });
  };
  const why = (e, input, seconds) => {
    if (e instanceof Budget) return { reason: e.message, stopped: "time" };
    const code = e.code;
    if (code === "ERR_WORKER_OUT_OF_MEMORY") return { reason: `${input.file}: scan stopped: the worker thread ran out of its ${heapMb} MB heap budget (not fully scanned)`, stopped: "memory" };
    return { reason: `${input.file}: scan stopped: the worker thread failed after ${seconds.toFixed(1)} s: ${errText(e)} (not fully scanned)`, stopped: "crash" };
  };
  const scan = async (input, options, sha256) => {
    await acquire();
    counts.artifacts++;
    let sha = sha256;
    const limit = budgetSeconds(input.data.length, base);
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new Budget(`${input.file}: scan stopped after ${limit} s, its time budget (${base} s + 1 s per MB): not fully scanned`)), limit * 1e3);
    const { port1, port2 } = new MessageChannel();
    const onMessage = (m) => {
      if ("sha256" in m) {
        sha ??= m.sha256;
        return;
      }
      const req2 = m;
      memberOf(req2, options, ac.signal).then(
        (result) => {
          const r = result;
          port1.postMessage({ id: req2.id, result: r }, ownedBuffers(r.attachments));
        },
        (e) => port1.postMessage({ id: req2.id, error: errText(e) })
      ).finally(release);
    };
    port1.on("message", onMessage);
    const d = input.data;
    const bytes2 = ownsBuffer(d) ? d : new Uint8Array(d);
    const task = {
      kind: "artifact",
      file: input.file,
      path: input.path,
      buffer: bytes2.buffer,
      byteOffset: 0,
      length: bytes2.byteLength,
      options,
      sha256: sha,
      port: port2,
      slots: jobs > 1 ? slotsBuffer : void 0,
      jobs
    };
    const t0 = performance.now();
    const size = d.byteLength;
    try {
      return await pool2.run(task, { transferList: [bytes2.buffer, port2], signal: ac.signal });
    } catch (e) {
      const { reason, stopped } = why(ac.signal.aborted ? ac.signal.reason : e, input, (performance.now() - t0) / 1e3);
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) onMessage(m.message);
      sha ??= await hashFile(input.path, ["sha256"]).then((h) => h.sha256, () => "");
      const r = stoppedReport({ ...input, data: new Uint8Array(0) }, sha, reason);
      r.stopped = stopped;
      r.size = size;
      r.stats.seconds = Math.round(performance.now() - t0) / 1e3;
      return r;
    } finally {
      clearTimeout(timer);
      if (!ac.signal.aborted) ac.abort(new Budget(`${input.file}: scan ended`));
      port1.close();
      release();
    }
  };
  return { jobs, threaded: true, scan, counts: () => ({ ...counts }), close: () => pool2.destroy() };
}

// src/tempdir.ts
import fs3 from "node:fs";
import fsp2 from "node:fs/promises";
import os2 from "node:os";
import path3 from "node:path";
var TEMP_PREFIX = "pypi-stego-scan-tmp-";
var root = null;
var users = 0;
var children = /* @__PURE__ */ new Set();
function openRunTemp() {
  users++;
}
function closeRunTemp() {
  users = Math.max(0, users - 1);
  if (users === 0) removeRunTemp();
}
function removeRunTemp() {
  const r = root;
  root = null;
  if (!r) return;
  try {
    fs3.rmSync(r, { recursive: true, force: true, maxRetries: 3 });
  } catch {
  }
}
async function withRunTemp(fn) {
  openRunTemp();
  try {
    return await fn();
  } finally {
    closeRunTemp();
  }
}
async function makeTempDir(prefix) {
  if (users > 0 && !root) root = fs3.mkdtempSync(path3.join(os2.tmpdir(), TEMP_PREFIX));
  return fsp2.mkdtemp(path3.join(root ?? os2.tmpdir(), `${prefix}-`));
}
function trackChild(child) {
  children.add(child);
  const forget = () => children.delete(child);
  child.once("exit", forget);
  child.once("error", forget);
}
function killChildren() {
  for (const c of children) {
    try {
      c.kill("SIGKILL");
    } catch {
    }
  }
  children.clear();
}
var SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
var installed = false;
function installSignalCleanup() {
  if (installed) return;
  installed = true;
  const handlers = /* @__PURE__ */ new Map();
  for (const [name, num2] of Object.entries(SIGNALS)) {
    const handler = () => {
      killChildren();
      removeRunTemp();
      process.exitCode = 128 + num2;
      for (const [s, h] of handlers) process.removeListener(s, h);
      try {
        process.kill(process.pid, name);
      } catch {
        process.exit(128 + num2);
      }
      setTimeout(() => process.exit(128 + num2), 1e3).unref();
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  process.on("exit", () => {
    killChildren();
    removeRunTemp();
  });
}

// src/run.ts
import fsSync from "node:fs";
import fs9 from "node:fs/promises";
import path9 from "node:path";

// src/targets.ts
import fs6 from "node:fs/promises";
import path6 from "node:path";

// src/inputs/index.ts
import fs5 from "node:fs/promises";

// src/inputs/types.ts
var ManifestError = class extends Error {
  constructor(message, location = null) {
    super(location ? `${location.file}:${location.line}: ${message}` : message);
    this.location = location;
  }
  location;
};

// src/inputs/lockfiles.ts
import path4 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str3 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str3 = str3.replaceAll("_", "");
  return state > 1 ? parseFloat(str3) : parseInteger(ctx, str3, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str3 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str3 = str3.replaceAll("_", "");
  return parseInteger(ctx, str3, base, startPtr);
}
function parseInteger(ctx, str3, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str3, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str3) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str3);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str3, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str3, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str3 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str3);
      case 2:
        return Temporal.PlainDateTime.from(str3);
      case 3:
        return Temporal.PlainDate.from(str3);
      case 4:
        return Temporal.PlainTime.from(str3);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/inputs/lockfiles.ts
function lockKind(file) {
  const base = path4.basename(file);
  if (base === "poetry.lock") return "poetry.lock";
  if (base === "Pipfile.lock") return "Pipfile.lock";
  if (base === "uv.lock") return "uv.lock";
  if (base === "pdm.lock") return "pdm.lock";
  if (/^pylock\.([^.]+\.)?toml$/.test(base)) return "pylock.toml";
  return null;
}
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : null;
var arr = (v) => Array.isArray(v) ? v : [];
function arrayTableLines(text, name) {
  const out = [];
  const re = new RegExp(`^\\s*\\[\\[\\s*${name.replace(/\./g, "\\.")}\\s*\\]\\]\\s*(#.*)?$`);
  let inString = null;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!inString && re.test(line)) out.push(i + 1);
    for (const m of line.matchAll(/"""|'''/g)) {
      if (!inString) inString = m[0];
      else if (inString === m[0]) inString = null;
    }
  });
  return out;
}
function nameLine(text, value) {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => new RegExp(`^\\s*name\\s*=\\s*["']${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`).test(l));
  return i >= 0 ? i + 1 : 1;
}
function jsonKeyLines(text) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === "{" || c === "[") {
      stack.push({ kind: c, key: null, expectKey: c === "{" });
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top?.kind === "{") top.expectKey = true;
    } else if (c === ":") {
      const top = stack[stack.length - 1];
      if (top) top.expectKey = false;
    } else if (c === '"') {
      let j = i + 1;
      let s = "";
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\") {
          s += text[j + 1] ?? "";
          j += 2;
        } else s += text[j++];
      }
      const top = stack[stack.length - 1];
      if (top?.kind === "{" && top.expectKey) {
        top.key = s;
        if (stack.length === 2) out.set(`${stack[0].key}/${s}`, line);
      }
      i = j;
    }
  }
  return out;
}
function req(name, version2, file, line, extra = {}) {
  const n = normalizeName(name);
  return {
    name: n,
    specifier: version2 ? `==${version2}` : "",
    version: version2,
    extras: [],
    markers: null,
    url: null,
    editable: false,
    hashes: [],
    files: [],
    index: null,
    location: { file, line },
    text: version2 ? `${name}==${version2}` : name,
    ...extra
  };
}
function normHash(h) {
  const m = /^([a-z0-9]+)[:=]([0-9a-fA-F]+)$/.exec(h.trim());
  return m ? `${m[1].toLowerCase()}:${m[2].toLowerCase()}` : null;
}
var fileOf = (filename, url, hashes) => ({
  filename: filename ?? (url ? unescapeUrlPart(url.split(/[#?]/)[0].slice(url.split(/[#?]/)[0].lastIndexOf("/") + 1)) || null : null),
  url,
  hashes
});
function allHashes(files) {
  return [...new Set(files.flatMap((f) => f.hashes))];
}
function emptyManifest(file, kind) {
  return { file, kind, requirements: [], indexUrls: [], extraIndexUrls: [], findLinks: [], included: [], constraints: [], warnings: [] };
}
function tomlOf(text, file) {
  try {
    return parse(text);
  } catch (e) {
    const m = /line (\d+)/.exec(e.message);
    throw new ManifestError(`not valid TOML: ${e.message.split("\n")[0]}`, m ? { file, line: Number(m[1]) } : { file, line: 1 });
  }
}
function withLines(text, header, packages) {
  const lines = arrayTableLines(text, header);
  return packages.filter(isObj).map((p, i) => ({ p, line: lines.length === packages.length ? lines[i] : nameLine(text, str(p.name) ?? "") }));
}
function major(v) {
  const m = v ? /^(\d+)(\.\d+)*$/.exec(v) : null;
  return m ? Number(m[1]) : null;
}
function parseLockfile(text, kind, file) {
  switch (kind) {
    case "poetry.lock":
      return poetry(text, file);
    case "Pipfile.lock":
      return pipfile(text, file);
    case "uv.lock":
      return uv(text, file);
    case "pylock.toml":
      return pylock(text, file);
    case "pdm.lock":
      return pdm(text, file);
  }
}
function poetry(text, file) {
  const data = tomlOf(text, file);
  const meta = isObj(data.metadata) ? data.metadata : {};
  const version2 = str(meta["lock-version"]);
  const mj = major(version2);
  if (mj !== 1 && mj !== 2) throw new ManifestError(`poetry.lock lock-version ${JSON.stringify(version2 ?? meta["lock-version"] ?? null)} is not supported (1.x and 2.x are)`, { file, line: 1 });
  const legacyFiles = isObj(meta.files) ? meta.files : {};
  const legacyByName = new Map(Object.entries(legacyFiles).map(([k, v]) => [normalizeName(k), v]));
  const m = emptyManifest(file, "poetry.lock");
  for (const { p, line } of withLines(text, "package", arr(data.package))) {
    const name = str(p.name);
    if (!name) throw new ManifestError("package without a name", { file, line });
    const ver = str(p.version);
    const fileList = Array.isArray(p.files) ? p.files : arr(legacyByName.get(normalizeName(name)));
    const files = fileList.filter(isObj).map((f) => fileOf(str(f.file), str(f.url), [normHash(str(f.hash) ?? "")].filter((h) => !!h)));
    const r = req(name, ver, file, line, { files, hashes: allHashes(files) });
    const markers = p.markers;
    if (typeof markers === "string") r.markers = markers;
    else if (isObj(markers)) {
      const ms = [...new Set(Object.values(markers).filter((v) => typeof v === "string"))];
      r.markers = ms.length === 1 ? ms[0] : ms.length ? ms.map((x) => `(${x})`).join(" or ") : null;
    }
    const src = isObj(p.source) ? p.source : null;
    const type = str(src?.type);
    const url = str(src?.url);
    if (src && url) {
      if (type === "legacy" || type === "explicit" || type === "supplemental") r.index = url;
      else if (type === "git") r.url = `git+${url}@${str(src.resolved_reference) ?? str(src.reference) ?? ""}`.replace(/@$/, "");
      else if (type === "url") r.url = url;
      else if (type === "file" || type === "directory") {
        r.url = url;
        r.editable = p.develop === true;
      } else throw new ManifestError(`package source type ${JSON.stringify(type)} is not supported`, { file, line });
    }
    m.requirements.push(r);
  }
  return m;
}
function pipfile(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ManifestError(`not valid JSON: ${e.message}`, { file, line: 1 });
  }
  if (!isObj(data) || !isObj(data._meta)) throw new ManifestError("not a Pipfile.lock: no _meta", { file, line: 1 });
  const spec = data._meta["pipfile-spec"];
  if (spec !== 6) throw new ManifestError(`pipfile-spec ${JSON.stringify(spec ?? null)} is not supported (6 is)`, { file, line: 1 });
  const sources = arr(data._meta.sources).filter(isObj);
  const lines = jsonKeyLines(text);
  const m = emptyManifest(file, "Pipfile.lock");
  for (const s of sources) if (str(s.url)) m.indexUrls.push(str(s.url));
  for (const section of ["default", "develop"]) {
    const entries = data[section];
    if (entries === void 0) continue;
    if (!isObj(entries)) throw new ManifestError(`"${section}" is not an object`, { file, line: 1 });
    for (const [name, e] of Object.entries(entries)) {
      const line = lines.get(`${section}/${name}`) ?? 1;
      if (!isObj(e)) throw new ManifestError(`entry ${JSON.stringify(name)} is not an object`, { file, line });
      const v = str(e.version);
      const ver = v?.startsWith("==") ? v.slice(2) : null;
      const hashes = arr(e.hashes).map((h) => normHash(String(h))).filter((h) => !!h);
      const r = req(name, ver, file, line, { hashes, markers: str(e.markers), extras: arr(e.extras).map((x) => normalizeName(String(x))) });
      if (v && !ver) r.specifier = v;
      const idx = str(e.index);
      r.index = (idx ? str(sources.find((s) => s.name === idx)?.url) : null) ?? null;
      if (str(e.git)) r.url = `git+${str(e.git)}${str(e.ref) ? "@" + str(e.ref) : ""}`;
      else if (str(e.file)) r.url = str(e.file);
      else if (str(e.path)) r.url = str(e.path);
      r.editable = e.editable === true;
      r.text = `${name}${v ?? ""}${r.url ? ` @ ${r.url}` : ""}`;
      m.requirements.push(r);
    }
  }
  return m;
}
function uv(text, file) {
  const data = tomlOf(text, file);
  if (data.version !== 1) throw new ManifestError(`uv.lock version ${JSON.stringify(data.version ?? null)} is not supported (1 is)`, { file, line: 1 });
  const m = emptyManifest(file, "uv.lock");
  for (const { p, line } of withLines(text, "package", arr(data.package))) {
    const name = str(p.name);
    if (!name) throw new ManifestError("package without a name", { file, line });
    const files = [];
    const add = (f) => {
      if (!isObj(f)) return;
      files.push(fileOf(str(f.filename), str(f.url) ?? str(f.path), [normHash(str(f.hash) ?? "")].filter((h) => !!h)));
    };
    add(p.sdist);
    arr(p.wheels).forEach(add);
    const r = req(name, str(p.version), file, line, { files, hashes: allHashes(files) });
    const src = isObj(p.source) ? p.source : {};
    if (str(src.registry)) r.index = str(src.registry);
    else if (str(src.git)) r.url = `git+${str(src.git)}`;
    else if (str(src.url)) r.url = str(src.url);
    else if (str(src.path)) r.url = str(src.path);
    else if (str(src.directory) ?? str(src.editable) ?? str(src.virtual)) {
      r.url = str(src.directory) ?? str(src.editable) ?? str(src.virtual);
      r.editable = !!str(src.editable);
    } else throw new ManifestError(`package ${JSON.stringify(name)} has a source this reader does not know: ${JSON.stringify(Object.keys(src))}`, { file, line });
    m.requirements.push(r);
  }
  return m;
}
function pylock(text, file) {
  const data = tomlOf(text, file);
  const version2 = str(data["lock-version"]);
  if (major(version2) !== 1) throw new ManifestError(`pylock lock-version ${JSON.stringify(version2 ?? data["lock-version"] ?? null)} is not supported (1.x is)`, { file, line: 1 });
  const m = emptyManifest(file, "pylock.toml");
  const hashesOf = (h) => isObj(h) ? Object.entries(h).map(([k, v]) => typeof v === "string" ? normHash(`${k}:${v}`) : null).filter((x) => !!x) : [];
  for (const { p, line } of withLines(text, "packages", arr(data.packages))) {
    const name = str(p.name);
    if (!name) throw new ManifestError("package without a name", { file, line });
    const files = [];
    const add = (f) => {
      if (isObj(f)) files.push(fileOf(str(f.name), str(f.url) ?? str(f.path), hashesOf(f.hashes)));
    };
    add(p.sdist);
    arr(p.wheels).forEach(add);
    const r = req(name, str(p.version), file, line, { markers: str(p.marker), index: str(p.index) });
    if (isObj(p.vcs)) r.url = `${str(p.vcs.type) ?? "git"}+${str(p.vcs.url) ?? str(p.vcs.path) ?? ""}${str(p.vcs["commit-id"]) ? "@" + str(p.vcs["commit-id"]) : ""}`;
    else if (isObj(p.directory)) {
      r.url = str(p.directory.path);
      r.editable = p.directory.editable === true;
    } else if (isObj(p.archive)) {
      add(p.archive);
      r.url = str(p.archive.url) ?? str(p.archive.path);
    } else if (!files.length) throw new ManifestError(`package ${JSON.stringify(name)} lists no sdist, wheels, archive, directory or vcs`, { file, line });
    r.files = files;
    r.hashes = allHashes(files);
    m.requirements.push(r);
  }
  return m;
}
function pdm(text, file) {
  const data = tomlOf(text, file);
  const meta = isObj(data.metadata) ? data.metadata : {};
  const version2 = str(meta.lock_version);
  if (major(version2) !== 4) throw new ManifestError(`pdm.lock lock_version ${JSON.stringify(version2 ?? meta.lock_version ?? null)} is not supported (4.x is)`, { file, line: 1 });
  const m = emptyManifest(file, "pdm.lock");
  for (const { p, line } of withLines(text, "package", arr(data.package))) {
    const name = str(p.name);
    if (!name) throw new ManifestError("package without a name", { file, line });
    const files = arr(p.files).filter(isObj).map((f) => fileOf(str(f.file), str(f.url), [normHash(str(f.hash) ?? "")].filter((h) => !!h)));
    const r = req(name, str(p.version), file, line, { files, hashes: allHashes(files), markers: str(p.marker), extras: arr(p.extras).filter((x) => typeof x === "string").map(normalizeName) });
    if (str(p.git)) r.url = `git+${str(p.git)}${str(p.revision) ? "@" + str(p.revision) : ""}`;
    else if (str(p.url)) r.url = str(p.url);
    else if (str(p.path)) {
      r.url = str(p.path);
      r.editable = p.editable === true;
    }
    m.requirements.push(r);
  }
  return m;
}

// src/inputs/requirements.ts
import fs4 from "node:fs/promises";
import path5 from "node:path";

// src/inputs/pep440.ts
var VERSION_RE = /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d+)?))?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
function parseVersion(text) {
  if (text.length > 200) return null;
  const m = VERSION_RE.exec(text);
  if (!m) return null;
  let pre = null;
  if (m[3]) {
    const l = m[3].toLowerCase();
    const letter = l === "alpha" ? "a" : l === "beta" ? "b" : l === "c" || l === "pre" || l === "preview" ? "rc" : l;
    pre = [letter, Number(m[4] ?? 0)];
  }
  const post = m[5] !== void 0 ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : null;
  const dev = m[8] ? Number(m[9] ?? 0) : null;
  const local = m[10] ? m[10].toLowerCase().split(/[-_.]/).map((s) => /^\d+$/.test(s) ? Number(s) : s) : null;
  return { epoch: Number(m[1] ?? 0), release: m[2].split(".").map(Number), pre, post, dev, local, text };
}
var PRE_RANK = { a: 0, b: 1, rc: 2 };
function cmpNum(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function cmpRelease(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmpNum(a[i] ?? 0, b[i] ?? 0);
    if (c) return c;
  }
  return 0;
}
function compareVersions(a, b) {
  let c = cmpNum(a.epoch, b.epoch) || cmpRelease(a.release, b.release);
  if (c) return c;
  const preKey = (v) => v.pre ? [PRE_RANK[v.pre[0]], v.pre[1]] : v.post === null && v.dev !== null ? [-1, 0] : [3, 0];
  const pa = preKey(a);
  const pb = preKey(b);
  c = cmpNum(pa[0], pb[0]) || cmpNum(pa[1], pb[1]);
  if (c) return c;
  c = cmpNum(a.post ?? -1, b.post ?? -1);
  if (c) return c;
  c = cmpNum(a.dev ?? Infinity, b.dev ?? Infinity);
  if (c) return c;
  const la = a.local ?? [];
  const lb = b.local ?? [];
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const x = la[i];
    const y = lb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (typeof x === "number" && typeof y === "number") c = cmpNum(x, y);
    else if (typeof x === "number") c = 1;
    else if (typeof y === "number") c = -1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c) return c;
  }
  return 0;
}
var isPrerelease = (v) => v.pre !== null || v.dev !== null;
var publicOf = (v) => ({ ...v, local: null });
var SPEC_RE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([^\s,;]+)\s*$/;
function parseSpecifierSet(text) {
  const t = text.trim();
  if (!t) return [];
  const out = [];
  for (const part of t.split(",")) {
    const m = SPEC_RE.exec(part);
    if (!m) return null;
    out.push({ op: m[1], version: m[2] });
  }
  return out;
}
function prefixMatch(v, prefix) {
  const p = parseVersion(prefix.slice(0, -2));
  if (!p) return false;
  if (p.epoch !== v.epoch) return false;
  if (p.pre || p.post !== null || p.dev !== null) return compareVersions(publicOf(v), p) === 0;
  for (let i = 0; i < p.release.length; i++) if ((v.release[i] ?? 0) !== p.release[i]) return false;
  return true;
}
function matchesSpecifier(v, s) {
  if (s.op === "===") return v.text.trim().toLowerCase() === s.version.toLowerCase();
  if ((s.op === "==" || s.op === "!=") && s.version.endsWith(".*")) {
    const r = prefixMatch(v, s.version);
    return s.op === "==" ? r : !r;
  }
  const sv = parseVersion(s.version);
  if (!sv) return false;
  const cmpPublic = compareVersions(sv.local ? v : publicOf(v), sv);
  switch (s.op) {
    case "==":
      return cmpPublic === 0;
    case "!=":
      return cmpPublic !== 0;
    case "<=":
      return compareVersions(publicOf(v), sv) <= 0;
    case ">=":
      return compareVersions(publicOf(v), sv) >= 0;
    case "<":
      if (compareVersions(v, sv) >= 0) return false;
      if (!isPrerelease(sv) && isPrerelease(v) && cmpRelease(v.release, sv.release) === 0 && v.epoch === sv.epoch) return false;
      return true;
    case ">":
      if (compareVersions(publicOf(v), sv) <= 0) return false;
      if (sv.post === null && v.post !== null && cmpRelease(v.release, sv.release) === 0 && v.epoch === sv.epoch && !v.pre && !sv.pre) return false;
      return true;
    case "~=": {
      if (sv.release.length < 2) return false;
      if (compareVersions(publicOf(v), sv) < 0) return false;
      const prefix = sv.release.slice(0, -1).join(".") + ".*";
      return prefixMatch(v, (sv.epoch ? `${sv.epoch}!` : "") + prefix);
    }
  }
  return false;
}
function satisfies(version2, specs, pre = false) {
  const v = parseVersion(version2);
  if (!v) return specs.length === 1 && specs[0].op === "===" && specs[0].version === version2;
  const allowPre = pre || specs.some((s) => {
    const p = parseVersion(s.version.replace(/\.\*$/, ""));
    return !!p && isPrerelease(p);
  });
  if (isPrerelease(v) && !allowPre) return false;
  return specs.every((s) => matchesSpecifier(v, s));
}
function bestVersion(versions, specs) {
  const parsed = [...new Set(versions)].map((t) => ({ t, v: parseVersion(t) })).filter((x) => x.v !== null);
  parsed.sort((a, b) => compareVersions(b.v, a.v));
  const hit = parsed.find((x) => satisfies(x.t, specs)) ?? parsed.find((x) => satisfies(x.t, specs, true));
  return hit ? hit.t : null;
}
function pinnedVersion(specs) {
  const eq = specs.filter((s) => s.op === "==" && !s.version.endsWith(".*") || s.op === "===");
  return eq.length === 1 ? eq[0].version : null;
}

// src/inputs/pep508.ts
var NAME_RE = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*/;
var URL_SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
var VCS_RE = /^(git|hg|svn|bzr)\+/i;
var isVcsUrl = (url) => VCS_RE.test(url);
var isUrl = (s) => URL_SCHEME_RE.test(s) || /^file:/i.test(s);
function looksLikePathOrUrl(s) {
  return isUrl(s) || isVcsUrl(s) || s.startsWith(".") || s.startsWith("/") || s.includes("/") || s.includes("\\") || /\.whl$/i.test(s) || SDIST_EXT_RE.test(s);
}
function splitExtras(s) {
  if (!s) return [];
  return s.split(",").map((x) => x.trim()).filter(Boolean).map(normalizeName);
}
function nameFromUrl(url) {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return { name: normalizeName(egg[1].replace(/-\d.*$/, "")), version: null };
  const path12 = url.split(/[#?]/)[0];
  const base = path12.slice(path12.lastIndexOf("/") + 1);
  const file = unescapeUrlPart(base);
  const parsed = parseArtifactFilename(file);
  return parsed ? { name: parsed.name, version: parsed.version } : { name: null, version: null };
}
function parseRequirement(line) {
  const text = line.trim();
  if (!text) return { error: "empty requirement" };
  if (text.length > 8192) return { error: "requirement longer than 8192 characters" };
  if (looksLikePathOrUrl(text.split(/\s/)[0].replace(/\[.*$/, ""))) {
    const m = /^(\S+?)(\[[^\]]*\])?(?:\s*;\s*(.*))?$/.exec(text.replace(/\s+;/, " ;"));
    const target = m ? m[1] : text.split(/\s/)[0];
    const markers2 = m?.[3]?.trim() || null;
    const n = nameFromUrl(target);
    return { name: n.name, extras: splitExtras(m?.[2]?.slice(1, -1)), specifier: n.version ? `==${n.version}` : "", version: n.version, markers: markers2, url: target };
  }
  const nm = NAME_RE.exec(text);
  if (!nm) return { error: `not a requirement: ${JSON.stringify(text.slice(0, 80))}` };
  const name = normalizeName(nm[1]);
  const extras = splitExtras(nm[2]);
  let rest = text.slice(nm[0].length);
  if (rest.startsWith("@")) {
    rest = rest.slice(1).trim();
    const um = /^(\S+)(?:\s+;\s*(.*))?\s*$/.exec(rest);
    if (!um) return { error: `missing URL after @ in ${JSON.stringify(text.slice(0, 80))}` };
    const fromUrl = nameFromUrl(um[1]);
    return { name, extras, specifier: "", version: fromUrl.name === name ? fromUrl.version : null, markers: um[2]?.trim() || null, url: um[1] };
  }
  let markers = null;
  const semi = rest.indexOf(";");
  if (semi >= 0) {
    markers = rest.slice(semi + 1).trim() || null;
    rest = rest.slice(0, semi);
  }
  let spec = rest.trim();
  if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1).trim();
  const specs = parseSpecifierSet(spec);
  if (specs === null) return { error: `bad version specifier ${JSON.stringify(spec.slice(0, 80))}` };
  return { name, extras, specifier: specs.map((s) => `${s.op}${s.version}`).join(","), version: pinnedVersion(specs), markers, url: null };
}

// src/inputs/requirements.ts
var HASH_RE = /^(md5|sha1|sha224|sha256|sha384|sha512):([0-9a-fA-F]+)$/;
var IGNORED_FLAGS = /* @__PURE__ */ new Set(["--pre", "--prefer-binary", "--require-hashes", "--no-index"]);
var IGNORED_WITH_VALUE = /* @__PURE__ */ new Set(["--trusted-host", "--only-binary", "--no-binary", "--use-feature", "--config-settings", "--global-option", "--install-option"]);
function displayPath(p) {
  const rel = path5.relative(process.cwd(), path5.resolve(p));
  return rel && !rel.startsWith("..") && !path5.isAbsolute(rel) ? rel : p;
}
function logicalLines(text) {
  const out = [];
  const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let buf = [];
  let first = 0;
  const isComment = (l) => /^\s*#/.test(l);
  physical.forEach((raw, i) => {
    const n = i + 1;
    if (!raw.endsWith("\\") || isComment(raw)) {
      const l = isComment(raw) ? " " + raw : raw;
      if (buf.length) {
        buf.push(l);
        out.push({ line: first, text: buf.join("") });
        buf = [];
      } else out.push({ line: n, text: l });
    } else {
      if (!buf.length) first = n;
      buf.push(raw.replace(/^\\+|\\+$/g, ""));
    }
  });
  if (buf.length) out.push({ line: first, text: buf.join("") });
  return out.map((l) => ({ line: l.line, text: l.text.replace(/(^|\s+)#.*$/, "").trim() })).filter((l) => l.text.length > 0);
}
function shellWords(s) {
  const out = [];
  let cur = "";
  let has = false;
  let q = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = null;
      else if (c === "\\" && q === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      q = c;
      has = true;
    } else if (c === "\\" && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = "";
      has = false;
    } else cur += c;
  }
  if (q) throw new Error("unclosed quote");
  if (has || cur) out.push(cur);
  return out;
}
async function readRequirementsFile(file, options = {}) {
  const manifest = { file: displayPath(file), kind: "requirements", requirements: [], indexUrls: [], extraIndexUrls: [], findLinks: [], included: [], constraints: [], warnings: [] };
  const state = {
    opts: { env: options.env ?? process.env, maxDepth: options.maxDepth ?? 10, maxBytes: options.maxBytes ?? 4 * 1024 * 1024, maxRequirements: options.maxRequirements ?? 2e4 },
    manifest,
    stack: [],
    count: 0
  };
  await readOne(file, false, 0, null, state);
  return manifest;
}
async function readOne(file, constraint, depth, from, st) {
  if (depth > st.opts.maxDepth) throw new ManifestError(`includes nested more than ${st.opts.maxDepth} deep`, from);
  let real;
  let text;
  try {
    real = await fs4.realpath(file);
    if (!(await fs4.stat(real)).isFile()) throw new ManifestError(`${displayPath(file)} is not a regular file`, from);
    const h = await fs4.open(real, "r");
    try {
      const size = (await h.stat()).size;
      if (size > st.opts.maxBytes) throw new ManifestError(`${displayPath(file)} is ${size} bytes, over the ${st.opts.maxBytes}-byte limit`, from);
      text = (await h.readFile()).toString("utf8");
    } finally {
      await h.close();
    }
  } catch (e) {
    if (e instanceof ManifestError) throw e;
    throw new ManifestError(`cannot read ${displayPath(file)}: ${e.code ?? e.message}`, from);
  }
  if (st.stack.includes(real)) throw new ManifestError(`include cycle: ${[...st.stack, real].map(displayPath).join(" -> ")}`, from);
  st.stack.push(real);
  const shown = displayPath(file);
  try {
    for (const { line, text: raw } of logicalLines(text)) {
      const loc = { file: shown, line };
      const lineText = raw.replace(/\$\{([A-Z0-9_]+)\}/g, (m, v) => st.opts.env[v] ?? m);
      await readLine(lineText, raw, loc, path5.dirname(file), constraint, depth, st);
    }
  } finally {
    st.stack.pop();
  }
}
async function readLine(line, written, loc, dir, constraint, depth, st) {
  const tokens = line.split(" ");
  let k = 0;
  while (k < tokens.length && !tokens[k].startsWith("-")) k++;
  const reqText = tokens.slice(0, k).join(" ").trim();
  let words;
  try {
    words = shellWords(tokens.slice(k).join(" "));
  } catch (e) {
    throw new ManifestError(e.message, loc);
  }
  const hashes = [];
  let editable = null;
  const m = st.manifest;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const eq = w.indexOf("=");
    const [flag, inline] = w.startsWith("--") && eq > 0 ? [w.slice(0, eq), w.slice(eq + 1)] : /^-[rcefi]./.test(w) ? [w.slice(0, 2), w.slice(2)] : [w, null];
    const value = () => {
      if (inline !== null) return inline;
      const v = words[++i];
      if (v === void 0) throw new ManifestError(`${flag} needs a value`, loc);
      return v;
    };
    switch (flag) {
      case "-r":
      case "--requirement":
      case "-c":
      case "--constraint": {
        const target = value();
        if (isUrl(target) && !/^file:/i.test(target)) throw new ManifestError(`remote requirement files are not read: ${target}`, loc);
        const p = path5.resolve(dir, target.replace(/^file:\/\//i, ""));
        m.included.push(displayPath(p));
        await readOne(p, constraint || flag === "-c" || flag === "--constraint", depth + 1, loc, st);
        break;
      }
      case "-e":
      case "--editable":
        editable = value();
        break;
      case "-i":
      case "--index-url":
        m.indexUrls.push(value());
        break;
      case "--extra-index-url":
        m.extraIndexUrls.push(value());
        break;
      case "-f":
      case "--find-links":
        m.findLinks.push(value());
        break;
      case "--hash": {
        const h = value();
        const hm = HASH_RE.exec(h);
        if (!hm) throw new ManifestError(`bad --hash ${JSON.stringify(h)}: expected algorithm:hex`, loc);
        hashes.push(`${hm[1]}:${hm[2].toLowerCase()}`);
        break;
      }
      default:
        if (IGNORED_FLAGS.has(flag)) {
          m.warnings.push({ location: loc, message: `${flag} has no effect on what is scanned` });
        } else if (IGNORED_WITH_VALUE.has(flag)) {
          value();
          m.warnings.push({ location: loc, message: `${flag} has no effect on what is scanned` });
        } else {
          throw new ManifestError(`unknown option ${JSON.stringify(flag)}`, loc);
        }
    }
  }
  const spec = editable ?? reqText;
  if (!spec) {
    if (hashes.length) throw new ManifestError("--hash without a requirement", loc);
    return;
  }
  if (++st.count > st.opts.maxRequirements) throw new ManifestError(`more than ${st.opts.maxRequirements} requirements`, loc);
  const parsed = parseRequirement(spec);
  if ("error" in parsed) throw new ManifestError(parsed.error, loc);
  if (editable && !parsed.url) {
    throw new ManifestError(`-e needs a path or URL, got ${JSON.stringify(editable)}`, loc);
  }
  const req2 = {
    name: parsed.name,
    specifier: parsed.specifier,
    version: parsed.version,
    extras: parsed.extras,
    markers: parsed.markers,
    url: parsed.url,
    editable: editable !== null,
    hashes,
    files: [],
    index: null,
    location: loc,
    text: written.replace(/\s+/g, " ").trim()
  };
  if (constraint) m.constraints.push(req2);
  else m.requirements.push(req2);
}

// src/inputs/index.ts
var MANIFEST_RE = /(^|[\\/])(requirements[^\\/]*\.(txt|in)|constraints[^\\/]*\.txt|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|pylock(\.[^.\\/]+)?\.toml)$/i;
var MAX_LOCK_BYTES = 64 * 1024 * 1024;
async function readManifest(file, options = {}) {
  const kind = lockKind(file);
  if (!kind) return readRequirementsFile(file, options);
  const shown = displayPath(file);
  let text;
  try {
    const st = await fs5.stat(file);
    if (!st.isFile()) throw new ManifestError(`${shown} is not a regular file`);
    if (st.size > MAX_LOCK_BYTES) throw new ManifestError(`${shown} is ${st.size} bytes, over the ${MAX_LOCK_BYTES}-byte limit`);
    text = await fs5.readFile(file, "utf8");
  } catch (e) {
    if (e instanceof ManifestError) throw e;
    throw new ManifestError(`cannot read ${shown}: ${e.code ?? e.message}`);
  }
  return parseLockfile(text, kind, shown);
}

// src/targets.ts
var ARTIFACT_RE = /\.(whl|egg|zip|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.lzma|tar\.lz|tlz|tar)$/i;
var MAX_FILES = 1e5;
var MAX_DEPTH = 32;
async function resolveTargets(targets) {
  const artifacts = [];
  const manifests = [];
  const errors = [];
  for (const target of targets) {
    let st;
    try {
      st = await fs6.stat(target);
    } catch {
      errors.push({ target, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) {
      const found = [];
      const ok = await walk(target, found, 0);
      if (!ok) errors.push({ target, message: `more than ${MAX_FILES} artifacts or ${MAX_DEPTH} folder levels: stopped searching` });
      if (found.length === 0) errors.push({ target, message: "no Python artifacts (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg) found in this folder" });
      artifacts.push(...found.sort());
    } else if (MANIFEST_RE.test(target)) {
      manifests.push(target);
    } else if (ARTIFACT_RE.test(target)) {
      artifacts.push(target);
    } else {
      errors.push({ target, message: "not a Python artifact (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg) nor a requirements or lock file (requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pdm.lock, pylock.toml)" });
    }
  }
  return { artifacts: [...new Set(artifacts)], manifests: [...new Set(manifests)], errors };
}
async function walk(dir, out, depth) {
  if (depth > MAX_DEPTH) return false;
  let entries;
  try {
    entries = await fs6.readdir(dir, { withFileTypes: true });
  } catch {
    return true;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path6.join(dir, e.name);
    if (e.isDirectory()) {
      if (!await walk(p, out, depth + 1)) return false;
    } else if ((e.isFile() || e.isSymbolicLink()) && ARTIFACT_RE.test(e.name)) {
      if (e.isSymbolicLink()) {
        const st = await fs6.stat(p).catch(() => null);
        if (!st?.isFile()) continue;
      }
      if (out.length >= MAX_FILES) return false;
      out.push(p);
    }
  }
  return true;
}

// src/workers/queue.ts
var WorkQueue = class {
  /** A binary max-heap on (size, then earlier first). */
  heap = [];
  pushed = 0;
  closed = false;
  waiting = [];
  push(w) {
    const h = this.heap;
    h.push({ w, seq: this.pushed++ });
    for (let i = h.length - 1; i > 0; ) {
      const up = i - 1 >> 1;
      if (!this.before(h[i], h[up])) break;
      [h[i], h[up]] = [h[up], h[i]];
      i = up;
    }
    this.waiting.shift()?.();
  }
  /** No more work will come: lanes waiting for some finish. */
  close() {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
  }
  /** Work queued so far, taken or not. */
  get total() {
    return this.pushed;
  }
  /** The work the next take returns, if any is waiting (left in the queue). */
  peek() {
    return this.heap[0]?.w;
  }
  async take() {
    for (; ; ) {
      if (this.heap.length) return this.pop();
      if (this.closed) return null;
      await new Promise((resolve) => this.waiting.push(resolve));
    }
  }
  before(a, b) {
    return a.w.size > b.w.size || a.w.size === b.w.size && a.seq < b.seq;
  }
  pop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top.w;
  }
};

// src/fetch/index.ts
import fs8 from "node:fs/promises";
import path8 from "node:path";
import { pathToFileURL } from "node:url";

// src/inputs/markers.ts
var ALIASES = {
  "os.name": "os_name",
  "sys.platform": "sys_platform",
  "platform.version": "platform_version",
  "platform.machine": "platform_machine",
  "platform.python_implementation": "platform_python_implementation",
  python_implementation: "platform_python_implementation"
};
var VARIABLES = /* @__PURE__ */ new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_release",
  "platform_system",
  "platform_version",
  "platform_machine",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra"
]);
var MarkerError = class extends Error {
};
var TOKEN_RE = /\s*(?:(\()|(\))|('[^']*'|"[^"]*")|(===|==|!=|<=|>=|~=|<|>)|(not\s+in\b|in\b|and\b|or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y;
function tokenize(text) {
  const out = [];
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN_RE.lastIndex))) break;
    const m = TOKEN_RE.exec(text);
    if (!m) throw new MarkerError(`cannot read marker at ${JSON.stringify(text.slice(TOKEN_RE.lastIndex, TOKEN_RE.lastIndex + 20))}`);
    out.push(m[0].trim().replace(/\s+/g, " "));
    if (out.length > 2e3) throw new MarkerError("marker too long");
  }
  return out;
}
function parseMarker(text) {
  if (text.length > 1e4) throw new MarkerError("marker too long");
  const toks = tokenize(text);
  let i = 0;
  let depth = 0;
  const operand = () => {
    const t = toks[i++];
    if (t === void 0) throw new MarkerError("marker ends early");
    if (/^['"]/.test(t)) return { s: t.slice(1, -1) };
    const name = ALIASES[t] ?? t;
    if (!VARIABLES.has(name)) throw new MarkerError(`unknown marker variable ${JSON.stringify(t)}`);
    return { v: name };
  };
  const expr = () => {
    if (toks[i] === "(") {
      i++;
      if (++depth > 50) throw new MarkerError("markers nested too deep");
      const n2 = or();
      depth--;
      if (toks[i++] !== ")") throw new MarkerError("missing )");
      return n2;
    }
    const l = operand();
    const op = toks[i++];
    if (!op || !/^(===|==|!=|<=|>=|~=|<|>|in|not in)$/.test(op)) throw new MarkerError(`expected a comparison, got ${JSON.stringify(op ?? "")}`);
    const r = operand();
    return { t: "cmp", l, op, r };
  };
  const and = () => {
    let n2 = expr();
    while (toks[i] === "and") {
      i++;
      n2 = { t: "and", a: n2, b: expr() };
    }
    return n2;
  };
  const or = () => {
    let n2 = and();
    while (toks[i] === "or") {
      i++;
      n2 = { t: "or", a: n2, b: and() };
    }
    return n2;
  };
  const n = or();
  if (i !== toks.length) throw new MarkerError(`unexpected ${JSON.stringify(toks[i])}`);
  return n;
}
function compare(l, op, r) {
  if (op === "in") return r.includes(l);
  if (op === "not in") return !r.includes(l);
  const lv = parseVersion(l);
  if (op !== "===" && lv && parseVersion(r.replace(/\.\*$/, ""))) return matchesSpecifier(lv, { op, version: r });
  switch (op) {
    case "==":
    case "===":
      return l === r;
    case "!=":
      return l !== r;
    case "<":
      return l < r;
    case "<=":
      return l <= r;
    case ">":
      return l > r;
    case ">=":
      return l >= r;
  }
  return false;
}
function evaluate(n, env) {
  if (n.t !== "cmp") {
    const stop = n.t === "or";
    const a = evaluate(n.a, env);
    if (a === stop) return stop;
    const b = evaluate(n.b, env);
    if (b === stop) return stop;
    return a === null || b === null ? null : !stop;
  }
  const isExtra = "v" in n.l && n.l.v === "extra" || "v" in n.r && n.r.v === "extra";
  if (isExtra) {
    const extras = env.extra ?? [];
    const other = "v" in n.l ? n.r : n.l;
    if (!("s" in other)) return null;
    const want = normalizeName(other.s);
    const hit = extras.some((e) => normalizeName(e) === want);
    return n.op === "==" || n.op === "===" ? hit : n.op === "!=" ? !hit : null;
  }
  const value = (o) => "s" in o ? o.s : env[o.v];
  const l = value(n.l);
  const r = value(n.r);
  if (l === void 0 || r === void 0) return null;
  return compare(l, n.op, r);
}
function evaluateMarker(text, env) {
  if (!text || !text.trim()) return { applies: true };
  try {
    const r = evaluate(parseMarker(text), env);
    if (r === null) return { applies: true, note: "depends on the target platform: kept" };
    return { applies: r };
  } catch (e) {
    return { applies: true, note: `marker not understood (${e.message}): kept` };
  }
}

// src/fetch/simple.ts
var ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var MAX_PAGE_BYTES = 64 * 1024 * 1024;
var MAX_ENTRIES = 2e5;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
var unescapeHtml = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
  if (e[0] === "#") {
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 1114112 ? String.fromCodePoint(code) : m;
  }
  return ENTITIES[e.toLowerCase()] ?? m;
});
function fragmentHashes(url) {
  const m = /^#(md5|sha1|sha224|sha256|sha384|sha512)=([0-9a-f]+)$/i.exec(url.hash);
  return m ? { [m[1].toLowerCase()]: m[2].toLowerCase() } : {};
}
function keep(u) {
  return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "file:";
}
function parseSimpleHtml(html, base) {
  const out = [];
  const re = /<a\s([^>]*)>([^<]*)<\/a\s*>/gi;
  let m;
  while ((m = re.exec(html)) && out.length < MAX_ENTRIES) {
    const attrs = /* @__PURE__ */ new Map();
    for (const a of m[1].matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attrs.set(a[1].toLowerCase(), unescapeHtml(a[2] ?? a[3] ?? a[4] ?? ""));
    const href = attrs.get("href");
    if (!href) continue;
    let u;
    try {
      u = new URL(href, base);
    } catch {
      continue;
    }
    if (!keep(u)) continue;
    const filename = unescapeUrlPart(u.pathname.slice(u.pathname.lastIndexOf("/") + 1)) || unescapeHtml(m[2]).trim();
    out.push({ filename, url: u.toString(), hashes: fragmentHashes(u), yanked: attrs.has("data-yanked"), requiresPython: attrs.get("data-requires-python") ?? null });
  }
  return out;
}
function parseSimpleJson(text, base) {
  const data = JSON.parse(text);
  if (!Array.isArray(data.files)) throw new FetchError("index JSON without a files list");
  const out = [];
  for (const f of data.files.slice(0, MAX_ENTRIES)) {
    if (typeof f !== "object" || f === null) continue;
    const o = f;
    if (typeof o.filename !== "string" || typeof o.url !== "string") continue;
    let u;
    try {
      u = new URL(o.url, base);
    } catch {
      continue;
    }
    if (!keep(u)) continue;
    const hashes = { ...fragmentHashes(u) };
    if (typeof o.hashes === "object" && o.hashes !== null) {
      for (const [k, v] of Object.entries(o.hashes)) if (typeof v === "string" && /^[0-9a-f]+$/i.test(v)) hashes[k.toLowerCase()] = v.toLowerCase();
    }
    out.push({ filename: o.filename, url: u.toString(), hashes, yanked: !!o.yanked, requiresPython: typeof o["requires-python"] === "string" ? o["requires-python"] : null });
  }
  return out;
}
async function listProjectFiles(indexUrl, name, timeoutMs) {
  const base = indexUrl.endsWith("/") ? indexUrl : indexUrl + "/";
  const pageUrl = new URL(`${normalizeName(name)}/`, base).toString();
  let page;
  try {
    page = await getBytes(pageUrl, { maxBytes: MAX_PAGE_BYTES, timeoutMs, accept: ACCEPT });
  } catch (e) {
    if (e instanceof FetchError && /^HTTP 404|^not found/.test(e.message)) return [];
    throw e;
  }
  const text = Buffer.from(page.data).toString("utf8");
  try {
    if (/application\/vnd\.pypi\.simple\.v1\+json/i.test(page.contentType)) return parseSimpleJson(text, page.finalUrl);
    return parseSimpleHtml(text, page.finalUrl);
  } catch (e) {
    throw new FetchError(`cannot read the index page ${redact(pageUrl)}: ${e.message}`);
  }
}

// src/fetch/python.ts
import { spawn } from "node:child_process";
import os3 from "node:os";
import path7 from "node:path";
var ALLOWED_ENV = [
  "PATH",
  "HOME",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "SYSTEMROOT",
  "SYSTEMDRIVE",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "TEMP",
  "TMP",
  "TMPDIR",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "REQUESTS_CA_BUNDLE",
  "CURL_CA_BUNDLE"
];
function pipEnvironment(from = process.env) {
  const env = {};
  for (const k of ALLOWED_ENV) {
    const v = from[k];
    if (v !== void 0 && !/TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(k)) env[k] = v;
  }
  env.PIP_CONFIG_FILE = os3.devNull;
  env.PYTHONIOENCODING = "utf-8";
  env.PYTHONDONTWRITEBYTECODE = "1";
  return env;
}
var MAX_OUTPUT = 4 * 1024 * 1024;
function runProcess(cmd, args, opts) {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let child;
    try {
      child = spawn(cmd, args, { env: opts.env, cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    } catch (e) {
      resolve({ code: null, stdout: "", stderr: e.message, timedOut: false });
      return;
    }
    trackChild(child);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs);
    child.stdout.on("data", (d) => {
      if (stdout.length < MAX_OUTPUT) stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d) => {
      if (stderr.length < MAX_OUTPUT) stderr += d.toString("utf8");
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + e.message, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
var PROBE = `
import json, os, platform, sys
def fv(i):
    v = '%d.%d.%d' % (i.major, i.minor, i.micro)
    if i.releaselevel != 'final':
        v += i.releaselevel[0] + str(i.serial)
    return v
print(json.dumps({
  'executable': sys.executable,
  'markers': {
    'implementation_name': sys.implementation.name,
    'implementation_version': fv(sys.implementation.version),
    'os_name': os.name,
    'platform_machine': platform.machine(),
    'platform_release': platform.release(),
    'platform_system': platform.system(),
    'platform_version': platform.version(),
    'python_full_version': platform.python_version(),
    'platform_python_implementation': platform.python_implementation(),
    'python_version': '.'.join(platform.python_version_tuple()[:2]),
    'sys_platform': sys.platform,
  },
}))
`;
var PythonNotFound = class extends Error {
};
async function probe(cmd) {
  const env = pipEnvironment();
  const r = await runProcess(cmd, ["-I", "-c", PROBE], { env, timeoutMs: 3e4 });
  if (r.code !== 0) return `${cmd}: ${r.stderr.trim().split("\n").pop() || `exit ${r.code}`}`;
  let info;
  try {
    info = JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    return `${cmd}: unexpected output`;
  }
  const exe = info.executable || cmd;
  const pip = await runProcess(exe, ["-I", "-m", "pip", "--isolated", "--version"], { env, timeoutMs: 6e4 });
  if (pip.code !== 0) return `${cmd} has no pip (${pip.stderr.trim().split("\n").pop() ?? ""})`;
  return { executable: exe, pip: pip.stdout.trim(), markers: { ...info.markers, extra: [] }, pythonVersion: info.markers.python_version ?? "" };
}
async function toolCachePython() {
  if (!process.env.RUNNER_TOOL_CACHE) return null;
  try {
    const tc = await import("./tool-cache-V7XDFFHN.js");
    const versions = tc.findAllVersions("Python").sort((a, b) => b.localeCompare(a, void 0, { numeric: true }));
    for (const v of versions) {
      const dir = tc.find("Python", v);
      if (!dir) continue;
      return process.platform === "win32" ? path7.join(dir, "python.exe") : path7.join(dir, "bin", "python3");
    }
  } catch {
    return null;
  }
  return null;
}
async function findPython(explicit) {
  const tried = [];
  const candidates = explicit ? [explicit] : ["python3", "python"];
  for (const c of candidates) {
    const r = await probe(c);
    if (typeof r !== "string") return r;
    tried.push(r);
  }
  if (!explicit) {
    const cached = await toolCachePython();
    if (cached) {
      const r = await probe(cached);
      if (typeof r !== "string") return r;
      tried.push(r);
    }
  }
  throw new PythonNotFound(
    `no Python with pip found (${tried.join("; ")}): install Python 3 and pip (e.g. apt-get install python3-pip, or actions/setup-python) or pass --python PATH`
  );
}

// src/fetch/metadata.ts
import fs7 from "node:fs/promises";
import zlib from "node:zlib";
var MAX_METADATA_BYTES = 4 * 1024 * 1024;
var MAX_READ_BYTES = 512 * 1024 * 1024;
function parseMetadataText(text) {
  const head = text.split(/\r?\n\r?\n/)[0];
  const out = { metadataVersion: null, requiresDist: [], dynamic: [] };
  for (const line of head.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    if (key === "metadata-version") out.metadataVersion = m[2].trim();
    else if (key === "requires-dist" && out.requiresDist.length < 2e3) out.requiresDist.push(m[2].trim());
    else if (key === "dynamic") out.dynamic.push(m[2].trim().toLowerCase());
  }
  return out;
}
async function readDeclaredMetadata(file) {
  try {
    const st = await fs7.stat(file);
    if (st.size > MAX_READ_BYTES) return null;
    const data = new Uint8Array(await fs7.readFile(file));
    if (/\.(whl|zip)$/i.test(file)) {
      const dir = readZipDirectory(data, 2e5);
      const wanted = /\.whl$/i.test(file) ? /^[^/]+\.dist-info\/METADATA$/ : /^[^/]+\/PKG-INFO$/;
      const e = dir.entries.find((x) => wanted.test(x.name));
      if (!e) return null;
      const r = extractZipEntry(data, e, MAX_METADATA_BYTES);
      return r.ok ? parseMetadataText(Buffer.from(r.data).toString("utf8")) : null;
    }
    if (/\.(tar\.gz|tgz)$/i.test(file)) {
      const g = gunzip(data, MAX_READ_BYTES);
      if (!g.ok) return null;
      const listing = readTar(g.data, 2e5, MAX_METADATA_BYTES);
      const e = listing.entries.find((x) => x.type === "file" && /^(\.\/)?[^/]+\/PKG-INFO$/.test(x.path));
      return e ? parseMetadataText(Buffer.from(e.data).toString("utf8")) : null;
    }
    return null;
  } catch {
    return null;
  }
}
function storedZip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of files) {
    const n = Buffer.from(name, "utf8");
    const d = Buffer.from(text, "utf8");
    const crc = zlib.crc32(d) >>> 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(67324752, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(2048, 6);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(d.length, 18);
    lh.writeUInt32LE(d.length, 22);
    lh.writeUInt16LE(n.length, 26);
    locals.push(lh, n, d);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(33639248, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(2048, 8);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(d.length, 20);
    ch.writeUInt32LE(d.length, 24);
    ch.writeUInt16LE(n.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, n);
    offset += 30 + n.length + d.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
function placeholderWheel(name, version2, requiresDist) {
  const stem = name.replace(/[-_.]+/g, "_");
  const di = `${stem}-${version2}.dist-info`;
  const meta = `Metadata-Version: 2.1
Name: ${name}
Version: ${version2}
${requiresDist.map((r) => `Requires-Dist: ${r.replace(/[\r\n]/g, " ")}
`).join("")}
`;
  const wheel = "Wheel-Version: 1.0\nGenerator: pypi-stego-scan (placeholder)\nRoot-Is-Purelib: true\nTag: py3-none-any\n";
  return { filename: `${stem}-${version2}-py3-none-any.whl`, data: storedZip([[`${di}/METADATA`, meta], [`${di}/WHEEL`, wheel], [`${di}/RECORD`, ""]]) };
}

// src/fetch/index.ts
var PIP_CAPPED = `import sys
try:
    import resource
    n = int(sys.argv[1])
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if hard != resource.RLIM_INFINITY:
        n = min(n, hard)
    resource.setrlimit(resource.RLIMIT_FSIZE, (n, hard))
except (ImportError, ValueError, OSError):
    pass
del sys.argv[1]
sys.argv[0] = 'pip'
import runpy
runpy.run_module('pip', run_name='__main__', alter_sys=True)
`;
var PYPI_SIMPLE = "https://pypi.org/simple";
var ALL_PLATFORMS = ["manylinux_2_28_x86_64", "manylinux_2_28_aarch64", "musllinux_1_2_x86_64", "macosx_14_0_arm64", "macosx_14_0_x86_64", "win_amd64"];
var ARTIFACT_RE2 = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar)$/i;
var MAX_ARTIFACTS = 1e4;
var DEFAULT_JOBS = 4;
var MIN_SHARD = 8;
var MAX_SHARD = 32;
async function pool(items, n, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}
var safeName = (s) => path8.basename(s).replace(/[^A-Za-z0-9._+-]/g, "_").replace(/^\.+/, "").slice(-150) || "artifact";
async function freshDir(ctx, prefix) {
  const d = path8.join(ctx.root, `${prefix}-${++ctx.seq}`);
  await fs8.mkdir(d);
  return d;
}
function problem(ctx, requirement, message, fatal, note = false) {
  ctx.problems.push({ requirement, message, fatal, ...note ? { note: true } : {} });
}
async function checkHashes(file, expected) {
  if (!expected.length) return null;
  const algos = [...new Set(expected.map((h) => h.split(":")[0]))];
  let got;
  try {
    got = await hashFile(file, algos);
  } catch (e) {
    return `cannot hash ${path8.basename(file)}: ${e.message}`;
  }
  if (expected.some((h) => got[h.split(":")[0]] === h.split(":")[1])) return null;
  return `hash mismatch for ${path8.basename(file)}: expected ${expected.slice(0, 4).join(" or ")}${expected.length > 4 ? " \u2026" : ""}, got ${algos.map((a) => `${a}:${got[a]}`).join(", ")}`;
}
async function addArtifact(ctx, file, filename, via, url, reqs, extraHashes = []) {
  for (const r of reqs) {
    const bad = await checkHashes(file, r.hashes);
    if (bad) {
      problem(ctx, r, `${bad} \u2014 the artifact was not scanned`, true);
      return null;
    }
  }
  const badIndex = await checkHashes(file, extraHashes);
  if (badIndex) {
    problem(ctx, reqs[0] ?? null, `${badIndex} (the hash the index advertised) \u2014 the artifact was not scanned`, true);
    return null;
  }
  const { sha256 } = await hashFile(file, ["sha256"]);
  const known = ctx.artifacts.get(sha256);
  if (known) {
    for (const r of reqs) if (!known.requiredBy.includes(r)) known.requiredBy.push(r);
    return known;
  }
  if (ctx.artifacts.size >= MAX_ARTIFACTS) {
    problem(ctx, reqs[0] ?? null, `more than ${MAX_ARTIFACTS} artifacts: stopped fetching`, true);
    return null;
  }
  const a = { path: file, filename, sha256, via, url: url ? redact(url) : null, requiredBy: [...reqs] };
  ctx.artifacts.set(sha256, a);
  ctx.opts.onArtifact?.(a);
  return a;
}
async function downloadTo(ctx, url, filename) {
  const dir = await freshDir(ctx, "http");
  const dest = path8.join(dir, safeName(filename));
  await download(url, dest, { maxBytes: ctx.opts.maxArtifactBytes, timeoutMs: ctx.timeoutMs });
  return dest;
}
function indexesFor(ctx, m, r) {
  const o = ctx.opts;
  if (o.indexUrl || o.extraIndexUrls?.length) return { index: o.indexUrl ?? PYPI_SIMPLE, extras: o.extraIndexUrls ?? [] };
  const env = o.env ?? process.env;
  if (env.PIP_INDEX_URL || env.PIP_EXTRA_INDEX_URL) return { index: env.PIP_INDEX_URL || PYPI_SIMPLE, extras: (env.PIP_EXTRA_INDEX_URL ?? "").split(/\s+/).filter(Boolean) };
  if (r.index) return { index: r.index, extras: [] };
  if (m.indexUrls.length || m.extraIndexUrls.length) return { index: m.indexUrls[m.indexUrls.length - 1] ?? PYPI_SIMPLE, extras: m.extraIndexUrls };
  return { index: PYPI_SIMPLE, extras: [] };
}
async function indexFiles(ctx, idx, name) {
  const out = [];
  for (const u of [idx.index, ...idx.extras]) out.push(...await listProjectFiles(u, name, Math.min(ctx.timeoutMs, 12e4)));
  return out;
}
var hashList = (e) => Object.entries(e.hashes).map(([a, h]) => `${a}:${h}`);
function constraintsFor(m, name) {
  return name ? (m.constraints ?? []).filter((c) => c.name === name) : [];
}
async function fetchSdist(ctx, m, r, name, spec, requiredBy2) {
  const lockedSdists = r.files.filter((f) => f.filename && parseArtifactFilename(f.filename)?.kind === "sdist");
  const withUrl = lockedSdists.find((f) => f.url);
  if (withUrl?.url) {
    const p2 = await downloadTo(ctx, lockUrl(m, withUrl.url), withUrl.filename ?? "sdist.tar.gz");
    return addArtifact(ctx, p2, path8.basename(p2), "http", withUrl.url, requiredBy2);
  }
  const idx = indexesFor(ctx, m, r);
  const files = (await indexFiles(ctx, idx, name)).filter((e) => {
    const a = parseArtifactFilename(e.filename);
    return a?.kind === "sdist" && a.name === normalizeName(name);
  });
  let pick;
  const wanted = new Set(lockedSdists.map((f) => f.filename));
  if (wanted.size) pick = files.find((e) => wanted.has(e.filename));
  else if (r.hashes.length && r.files.length === 0 && r.version) {
    const hs = new Set(r.hashes);
    pick = files.find((e) => hashList(e).some((h) => hs.has(h)));
  }
  if (!pick && !wanted.size) {
    const specs = [];
    for (const s of [spec, r.name === normalizeName(name) ? r.specifier : "", ...constraintsFor(m, normalizeName(name)).map((c) => c.specifier)]) specs.push(...parseSpecifierSet(s) ?? []);
    const pinned = specs.some((s) => s.op === "==" || s.op === "===");
    const usable = files.filter((e) => pinned || !e.yanked);
    const v = bestVersion(usable.map((e) => parseArtifactFilename(e.filename).version), specs);
    const same = usable.filter((e) => parseArtifactFilename(e.filename).version === v);
    pick = same.find((e) => /\.tar\.gz$/i.test(e.filename)) ?? same[0];
  }
  if (!pick) return false;
  const p = await downloadTo(ctx, pick.url, pick.filename);
  return addArtifact(ctx, p, path8.basename(p), "http", pick.url, requiredBy2, hashList(pick));
}
function lockUrl(m, u) {
  if (isUrl(u)) return u;
  return pathToFileURL(path8.resolve(path8.dirname(m.file), u)).toString();
}
function targetEnvironment(ctx, platforms) {
  const base = ctx.python ? { ...ctx.python.markers } : { sys_platform: process.platform === "win32" ? "win32" : process.platform, os_name: process.platform === "win32" ? "nt" : "posix" };
  if (!platforms) return base;
  const open2 = { ...base };
  for (const k of ["sys_platform", "platform_system", "os_name", "platform_machine", "platform_release", "platform_version"]) delete open2[k];
  const os_ = new Set(platforms.map((p) => /^win/.test(p) ? "win" : /^macosx/.test(p) ? "mac" : /linux/.test(p) ? "linux" : "?"));
  if (os_.size === 1) {
    const o = [...os_][0];
    if (o === "win") Object.assign(open2, { sys_platform: "win32", platform_system: "Windows", os_name: "nt" });
    if (o === "mac") Object.assign(open2, { sys_platform: "darwin", platform_system: "Darwin", os_name: "posix" });
    if (o === "linux") Object.assign(open2, { sys_platform: "linux", platform_system: "Linux", os_name: "posix" });
  }
  return open2;
}
function pipLine(r, pinned) {
  const extras = r.extras.length ? `[${r.extras.join(",")}]` : "";
  const spec = pinned && r.version ? `==${r.version}` : r.specifier;
  return `${r.name}${extras}${spec}${r.hashes.map((h) => ` --hash=${h}`).join("")}`;
}
function pipErrors(stderr) {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) => /^ERROR:|^\s+(Expected|Got)\b/.test(l));
  return (lines.length ? lines : stderr.trim().split("\n")).slice(-6).join(" | ").slice(0, 2e3);
}
function missingFrom(stderr) {
  const m = /No matching distribution found for (.+)$/m.exec(stderr);
  if (!m) return null;
  const what = m[1].trim();
  const parsed = parseRequirement(what.replace(/\s*\(from [^)]*\)\s*$/, ""));
  if ("error" in parsed || !parsed.name) return null;
  const cv = /Could not find a version that satisfies the requirement \S+ \(from ([A-Za-z0-9._-]+)/.exec(stderr);
  return { name: parsed.name, spec: parsed.specifier, parent: cv ? normalizeName(cv[1]) : null };
}
function hashMismatchLines(stderr) {
  if (!/DO NOT MATCH THE HASHES/.test(stderr)) return [];
  return [...stderr.matchAll(/\(from -r \S+ \(line (\d+)\)\)/g)].map((m) => Number(m[1]));
}
async function runPipGroup(ctx, g, platform) {
  const py = ctx.python;
  ctx.pipUsed = true;
  const dir = await freshDir(ctx, "pip");
  const out = path8.join(dir, "out");
  const stubs = path8.join(dir, "placeholders");
  await fs8.mkdir(out);
  const pipTmp = path8.join(dir, "tmp");
  await fs8.mkdir(pipTmp);
  const pipTemp = { TMPDIR: pipTmp, TEMP: pipTmp, TMP: pipTmp };
  let entries = [...g.entries];
  const direct = [];
  const stubHashes = /* @__PURE__ */ new Set();
  const stubDeps = /* @__PURE__ */ new Map();
  const seenMissing = /* @__PURE__ */ new Set();
  const maxRounds = entries.length + 25;
  let ok = false;
  for (let round = 0; round < maxRounds && entries.length; round++) {
    const reqFile = path8.join(dir, `requirements-${round}.txt`);
    await fs8.writeFile(reqFile, entries.map((e) => e.line).join("\n") + "\n");
    const args = ["-I", "-c", PIP_CAPPED, String(ctx.opts.maxArtifactBytes), "--isolated", "download", "--only-binary", ":all:", "--no-cache-dir", "--disable-pip-version-check", "--no-input", "--progress-bar", "off", "--timeout", "60", "-d", out, "-r", reqFile];
    if (g.noDeps) args.push("--no-deps");
    if (g.requireHashes) args.push("--require-hashes");
    if (g.linksPage) args.push("--no-index", "--find-links", g.linksPage);
    else if (g.indexes) {
      args.push("--index-url", g.indexes.index);
      for (const e of g.indexes.extras) args.push("--extra-index-url", e);
    }
    for (const f of g.findLinks) args.push("--find-links", f);
    if (stubHashes.size) args.push("--find-links", stubs);
    if (g.constraints.length && !g.noDeps) {
      const cFile = path8.join(dir, "constraints.txt");
      await fs8.writeFile(cFile, g.constraints.map((c) => `${c.name}${c.specifier}`).join("\n") + "\n");
      args.push("-c", cFile);
    }
    if (platform) {
      args.push("--platform", platform, "--python-version", py.pythonVersion);
      const impl = py.markers.implementation_name === "pypy" ? "pp" : py.markers.implementation_name === "cpython" ? "cp" : null;
      if (impl) args.push("--implementation", impl);
    }
    const r = await runProcess(py.executable, args, { env: { ...pipEnvironment(ctx.opts.env), ...pipTemp }, cwd: dir, timeoutMs: ctx.timeoutMs });
    if (r.code === 0) {
      ok = true;
      break;
    }
    if (r.timedOut) {
      for (const e of entries) problem(ctx, e.req, `pip timed out after ${ctx.timeoutMs / 1e3} s`, true);
      return;
    }
    if (/\[Errno 27\]|File too large/.test(r.stderr)) {
      for (const e of entries) problem(ctx, e.req, `pip stopped: a file it downloaded grew past the ${ctx.opts.maxArtifactBytes}-byte artifact limit (not scanned)`, true);
      return;
    }
    const bad = hashMismatchLines(r.stderr);
    if (bad.length) {
      const badSet = new Set(bad.map((n) => entries[n - 1]).filter(Boolean));
      for (const e of badSet) problem(ctx, e.req, `hash mismatch reported by pip \u2014 the artifact was not scanned: ${pipErrors(r.stderr)}`, true);
      entries = entries.filter((e) => !badSet.has(e));
      if (badSet.size) continue;
    }
    const miss = missingFrom(r.stderr);
    const key = miss ? `${miss.name}${miss.spec}` : "";
    if (!miss || seenMissing.has(key)) {
      for (const e of entries) problem(ctx, e.req, `pip could not download it${platform ? ` for ${platform}` : ""}: ${pipErrors(r.stderr)}`, true);
      return;
    }
    seenMissing.add(key);
    const top = entries.find((e) => e.req.name === miss.name);
    const owner = top ?? entries.find((e) => e.req.name === miss.parent) ?? entries[0];
    let got;
    try {
      got = await fetchSdist(ctx, owner.manifest, top?.req ?? { ...owner.req, name: miss.name, specifier: miss.spec, version: null, hashes: [], files: [] }, miss.name, miss.spec, top ? [top.req] : []);
    } catch (e) {
      got = null;
      problem(ctx, owner.req, `no wheel for ${miss.name}${miss.spec} and its sdist could not be downloaded: ${e.message}`, true);
    }
    if (got === false) {
      problem(ctx, top?.req ?? owner.req, `${miss.name}${miss.spec}${top ? "" : ` (needed by ${miss.parent ?? "a dependency"})`}: no wheel${platform ? ` for ${platform}` : ""} and no sdist on the index`, true);
    }
    if (g.noDeps || !got) {
      entries = entries.filter((e) => e !== top);
      if ((got === false || got === null) && !top && !g.noDeps) {
        for (const e of entries) if (e !== owner) problem(ctx, e.req, `not fetched: resolution stopped at ${miss.name}${miss.spec} (see the error above)`, true);
        return;
      }
      continue;
    }
    direct.push(got);
    ctx.transitive.add(got);
    const meta = await readDeclaredMetadata(got.path);
    const version2 = parseArtifactFilename(got.filename)?.version ?? "0";
    const deps = meta?.requiresDist ?? [];
    stubDeps.set(miss.name, deps);
    if (!meta || meta.metadataVersion === null || Number(meta.metadataVersion) < 2.2 || meta.dynamic.includes("requires-dist")) {
      problem(ctx, top?.req ?? owner.req, `${miss.name} ${version2} has no wheel: its sdist was scanned, and its dependencies were read from PKG-INFO, which ${meta ? "does not guarantee them complete (metadata not static)" : "it lacks"}`, false, true);
    }
    const stub = placeholderWheel(miss.name, version2, deps);
    await fs8.mkdir(stubs).catch((e) => {
      if (e.code !== "EEXIST") throw e;
    });
    await fs8.writeFile(path8.join(stubs, stub.filename), stub.data);
    stubHashes.add((await hashFile(path8.join(stubs, stub.filename), ["sha256"])).sha256);
  }
  if (!ok && entries.length) {
    for (const e of entries) problem(ctx, e.req, `pip could not download it after ${maxRounds} attempts`, true);
    return;
  }
  const saved = [];
  for (const f of (await fs8.readdir(out)).sort()) {
    const p = path8.join(out, f);
    if (stubHashes.has((await hashFile(p, ["sha256"])).sha256)) continue;
    const a = parseArtifactFilename(f);
    saved.push({ file: p, name: a?.name ?? normalizeName(f) });
  }
  const parents = await dependencyParents(saved, stubDeps);
  const topByName = /* @__PURE__ */ new Map();
  for (const e of g.entries) if (e.req.name) topByName.set(e.req.name, [...topByName.get(e.req.name) ?? [], e.req]);
  const reqsOf = (name) => {
    if (topByName.has(name)) return topByName.get(name);
    const found = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set([name]);
    const queue = [name];
    while (queue.length) {
      const n = queue.shift();
      for (const p of parents.get(n) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        const t = topByName.get(p);
        if (t) t.forEach((x) => found.add(x));
        else queue.push(p);
      }
    }
    return found.size ? [...found] : g.entries.map((e) => e.req);
  };
  for (const s of saved) {
    const reqs = reqsOf(s.name);
    const a = await addArtifact(ctx, s.file, path8.basename(s.file), "pip", null, topByName.has(s.name) ? reqs : reqs.map((r) => viaDependency(r, s.name)));
    if (a && !g.noDeps) ctx.transitive.add(a);
  }
  for (const d of direct) {
    const name = parseArtifactFilename(d.filename)?.name;
    if (name && !topByName.has(name) && d.requiredBy.length === 0) d.requiredBy.push(...reqsOf(name).map((r) => viaDependency(r, name)));
  }
}
var viaCache = /* @__PURE__ */ new WeakMap();
function viaDependency(r, dep) {
  let m = viaCache.get(r);
  if (!m) viaCache.set(r, m = /* @__PURE__ */ new Map());
  let v = m.get(dep);
  if (!v) m.set(dep, v = { ...r, text: `${r.text} (dependency ${dep})` });
  return v;
}
async function dependencyParents(saved, stubDeps) {
  const parents = /* @__PURE__ */ new Map();
  const edge = (from, dep) => {
    const p = parseRequirement(dep.split(";")[0]);
    if ("error" in p || !p.name) return;
    if (!parents.has(p.name)) parents.set(p.name, /* @__PURE__ */ new Set());
    parents.get(p.name).add(from);
  };
  for (const s of saved) {
    if (!/\.whl$/i.test(s.file)) continue;
    const meta = await readDeclaredMetadata(s.file);
    for (const d of meta?.requiresDist ?? []) edge(s.name, d);
  }
  for (const [name, deps] of stubDeps) for (const d of deps) edge(name, d);
  return parents;
}
async function fetchAllLockedFiles(ctx, m, r) {
  const files = [];
  const missing = r.files.filter((f) => !f.url);
  for (const f of r.files) if (f.url) files.push({ url: lockUrl(m, f.url), filename: f.filename ?? "artifact", hashes: f.hashes });
  if (missing.length || !r.files.length && r.name) {
    const listed = await indexFiles(ctx, indexesFor(ctx, m, r), r.name);
    if (missing.length) {
      const byName = new Map(listed.map((e) => [e.filename, e]));
      for (const f of missing) {
        const e = f.filename ? byName.get(f.filename) : void 0;
        if (e) files.push({ url: e.url, filename: e.filename, hashes: f.hashes });
        else problem(ctx, r, `${f.filename ?? "a locked file"} is not on the index`, true);
      }
    } else {
      const hs = new Set(r.hashes);
      for (const e of listed) {
        const a = parseArtifactFilename(e.filename);
        if (a?.name === r.name && a.version === r.version && hashList(e).some((h) => hs.has(h))) files.push({ url: e.url, filename: e.filename, hashes: [] });
      }
      if (!files.length) problem(ctx, r, `no file of ${r.name} ${r.version ?? ""} with a locked hash on the index`, true);
    }
  }
  await pool(files, ctx.opts.jobs ?? DEFAULT_JOBS, async (f) => {
    try {
      const p = await downloadTo(ctx, f.url, f.filename);
      await addArtifact(ctx, p, path8.basename(p), "http", f.url, [r], f.hashes);
    } catch (e) {
      problem(ctx, r, `cannot download ${f.filename}: ${e.message}`, true);
    }
  });
}
async function fetchDirect(ctx, m, r) {
  const raw = r.url;
  if (isVcsUrl(raw)) {
    problem(ctx, r, `VCS requirement ${redact(raw.replace(/^[a-z]+\+/i, ""))}: a repository checkout is not an artifact and cannot be scanned without building it`, false);
    return;
  }
  const fragment = /#(?:.*&)?(md5|sha1|sha224|sha256|sha384|sha512)=([0-9a-f]+)/i.exec(raw);
  const extra = fragment ? [`${fragment[1].toLowerCase()}:${fragment[2].toLowerCase()}`] : [];
  const clean = raw.replace(/#.*$/, "");
  if (/^https?:/i.test(clean)) {
    const filename = unescapeUrlPart(new URL(clean).pathname.split("/").pop() || "artifact");
    if (!ARTIFACT_RE2.test(filename)) {
      problem(ctx, r, `${redact(clean)} does not name an artifact (.whl, .tar.gz, .zip\u2026): not downloaded`, false);
      return;
    }
    const p = await downloadTo(ctx, clean, filename);
    await addArtifact(ctx, p, path8.basename(p), "http", clean, [r], extra);
    return;
  }
  let local;
  if (/^file:/i.test(clean)) local = new URL(clean).pathname;
  else if (isUrl(clean)) {
    problem(ctx, r, `refused URL scheme in ${redact(clean)}: only http, https and file`, true);
    return;
  } else local = m.kind === "requirements" ? path8.resolve(clean) : path8.resolve(path8.dirname(m.file), clean);
  const st = await fs8.stat(local).catch(() => null);
  if (st?.isDirectory()) {
    problem(ctx, r, `${clean} is a local project folder (${r.editable ? "editable, " : ""}your own source, not a downloaded artifact): not scanned \u2014 scan its built wheel or sdist instead`, false, true);
    return;
  }
  if (!st?.isFile()) {
    problem(ctx, r, `${clean}: no such file`, true);
    return;
  }
  if (!ARTIFACT_RE2.test(local)) {
    problem(ctx, r, `${clean} is not an artifact (.whl, .tar.gz, .zip\u2026)`, true);
    return;
  }
  if (st.size > ctx.opts.maxArtifactBytes) {
    problem(ctx, r, `${clean} is ${st.size} bytes, over the ${ctx.opts.maxArtifactBytes}-byte artifact limit`, true);
    return;
  }
  await addArtifact(ctx, local, path8.basename(local), "local", null, [r], extra);
}
function pipBatches(items, jobs) {
  const n = Math.max(1, Math.min(jobs, Math.ceil(items.length / MIN_SHARD)), Math.ceil(items.length / MAX_SHARD));
  const out = Array.from({ length: n }, () => []);
  items.forEach((x, i) => out[i % n].push(x));
  return out.filter((s) => s.length);
}
function linksPage(entries) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const anchors = [];
  for (const e of entries) {
    for (const f of e.req.files) {
      if (!f.url || !f.filename) continue;
      const sha = f.hashes.find((h) => h.startsWith("sha256:"));
      const href = lockUrl(e.manifest, f.url).replace(/#.*$/, "") + (sha ? `#sha256=${sha.slice(7)}` : "");
      anchors.push(`<a href="${esc(href)}">${esc(f.filename)}</a>`);
    }
  }
  return `<!DOCTYPE html><html><body>
${anchors.join("<br/>\n")}
</body></html>
`;
}
var isWheel = (f) => !!f.filename && /\.whl$/i.test(f.filename);
function shardPart(ctx) {
  const shard = ctx.opts.shard;
  const all = [...ctx.artifacts.values()];
  if (!shard) return { artifacts: all, problems: ctx.problems };
  return {
    artifacts: all.filter((a) => !ctx.transitive.has(a) || inShard(fetchedArtifactKey(a.filename), shard)),
    problems: ctx.problems.filter((p) => !p.requirement || inShard(requirementKey(p.requirement), shard))
  };
}
async function fetchArtifacts(manifests, opts) {
  const t0 = performance.now();
  const root2 = opts.workDir ? await fs8.mkdir(opts.workDir, { recursive: true }).then(() => fs8.mkdtemp(path8.join(opts.workDir, "pss-fetch-"))) : await makeTempDir("fetch");
  const ctx = { opts, root: root2, timeoutMs: (opts.timeoutSeconds ?? 900) * 1e3, python: null, pythonError: null, pipUsed: false, artifacts: /* @__PURE__ */ new Map(), problems: [], seq: 0, transitive: /* @__PURE__ */ new Set() };
  const cleanup = () => fs8.rm(root2, { recursive: true, force: true });
  try {
    await fetchInto(ctx, manifests);
  } catch (e) {
    await cleanup();
    throw e;
  }
  const { artifacts, problems } = shardPart(ctx);
  return { artifacts, problems, pip: ctx.pipUsed ? ctx.python?.pip ?? null : null, seconds: (performance.now() - t0) / 1e3, cleanup };
}
async function fetchInto(ctx, manifests) {
  const opts = ctx.opts;
  const platforms = opts.platforms === "all" ? "all" : Array.isArray(opts.platforms) && opts.platforms.length ? opts.platforms : null;
  const jobs = Math.max(1, opts.jobs ?? DEFAULT_JOBS);
  const needsPip = manifests.some((m) => m.requirements.some((r) => !r.url && (m.kind === "requirements" || platforms !== "all")));
  if (needsPip) {
    try {
      ctx.python = await findPython(opts.python);
    } catch (e) {
      ctx.pythonError = e.message;
    }
  }
  const env = targetEnvironment(ctx, platforms === "all" ? ALL_PLATFORMS : platforms);
  const groups = /* @__PURE__ */ new Map();
  const directTasks = [];
  const direct = (r0, fetchOne) => {
    directTasks.push(async () => {
      try {
        await fetchOne();
      } catch (e) {
        problem(ctx, r0, e.message, true);
      }
    });
  };
  for (const m of manifests) {
    const hashed = m.kind === "requirements" && m.requirements.some((r) => r.hashes.length > 0);
    for (const r0 of m.requirements) {
      if (opts.only && r0.name && !opts.only.has(r0.name)) continue;
      if (opts.shard && !(m.kind === "requirements" && !hashed && !r0.url) && !inShard(requirementKey(r0), opts.shard)) continue;
      const cons = constraintsFor(m, r0.name);
      const r = cons.length && !r0.hashes.length ? { ...r0, hashes: cons.flatMap((c) => c.hashes) } : r0;
      const mk = evaluateMarker(r.markers, { ...env, extra: r.extras });
      if (!mk.applies) {
        problem(ctx, r0, `not for this environment (marker: ${r.markers}): not fetched`, false, true);
        continue;
      }
      if (r.url && !(m.kind !== "requirements" && r.files.length && !isVcsUrl(r.url))) {
        direct(r0, () => fetchDirect(ctx, m, r));
        continue;
      }
      if (!r.name) {
        problem(ctx, r0, "requirement without a project name", true);
        continue;
      }
      const isLock = m.kind !== "requirements";
      const hasUrls = isLock && r.files.some((f) => f.url);
      if (isLock && platforms === "all") {
        direct(r0, () => fetchAllLockedFiles(ctx, m, r));
        continue;
      }
      if (isLock && r.files.length && !r.files.some(isWheel)) {
        direct(r0, async () => {
          if (await fetchSdist(ctx, m, r, r.name, r.specifier, [r]) === false) problem(ctx, r0, "the locked sdist is not on the index", true);
        });
        continue;
      }
      if (!ctx.python) {
        problem(ctx, r0, ctx.pythonError ?? "no Python with pip", true);
        continue;
      }
      if (isLock && !r.version) {
        problem(ctx, r0, "lock entry without a version", true);
        continue;
      }
      const noDeps = isLock || hashed;
      const idx = hasUrls ? null : indexesFor(ctx, m, r);
      const requireHashes = noDeps && r.hashes.length > 0;
      const key = JSON.stringify([hasUrls, idx, noDeps, requireHashes, isLock ? null : m.file]);
      let g = groups.get(key);
      if (!g) {
        g = { key, entries: [], indexes: idx, linksPage: null, findLinks: isLock ? [] : m.findLinks.map((f) => isUrl(f) ? f : path8.resolve(f)), noDeps, requireHashes, constraints: isLock ? [] : m.constraints ?? [] };
        groups.set(key, g);
      }
      g.entries.push({ req: r, manifest: m, line: pipLine(r, isLock) });
    }
  }
  const pipTasks = [];
  for (const g of groups.values()) {
    if (g.key.startsWith("[true")) {
      g.linksPage = path8.join(await freshDir(ctx, "links"), "locked-files.html");
      await fs8.writeFile(g.linksPage, linksPage(g.entries));
    }
    const parts = g.noDeps ? pipBatches(g.entries, jobs) : [g.entries];
    const plats = platforms === "all" ? ALL_PLATFORMS : platforms ?? [null];
    for (const part of parts) for (const p of plats) pipTasks.push(() => runPipGroup(ctx, { ...g, entries: part }, p));
  }
  await pool([...pipTasks, ...directTasks], jobs, async (t) => {
    try {
      await t();
    } catch (e) {
      problem(ctx, null, e instanceof FetchError ? e.message : `fetch failed: ${e.message}`, true);
    }
  });
}

// src/run.ts
async function scanPath(p, options, scanner, verdicts, name, ahead) {
  const file = name ?? path9.basename(p);
  const limit = options.limits.maxArtifactBytes;
  const over = (n) => errorReport(p, file, null, n, `artifact is ${n} bytes, over the ${limit}-byte limit: not scanned`);
  let data;
  if (ahead) {
    const got = await ahead;
    if (got instanceof Error) throw got;
    data = got;
  } else {
    const st = await fs9.stat(p);
    if (st.size > limit) return over(st.size);
    data = await fs9.readFile(p);
  }
  if (data.length > limit) return over(data.length);
  const sha = verdicts ? sha256Hex(data) : void 0;
  const cached = verdicts && sha ? await verdicts.get(sha).catch(() => null) : null;
  if (cached) {
    const { requiredBy: _r, fetchedVia: _f, ...rest } = cached;
    return { ...rest, file, path: p };
  }
  const size = data.length;
  let report2;
  try {
    report2 = await scanner.scan({ file, path: p, data }, options, sha);
  } catch (e) {
    return errorReport(p, file, sha ?? (data.byteLength === size ? sha256Hex(data) : null), size, `scan failed: ${errText(e)}`);
  }
  if (verdicts && report2.status !== "error" && !report2.stopped) await verdicts.put(report2).catch(() => void 0);
  return report2;
}
function errorReport(p, file, sha256, size, reason) {
  return blankReport({ file, path: p, sha256: sha256 ?? "", size, package: null, version: null, kind: "unknown" }, "error", [reason]);
}
var ATTACH_MIN_SCORE = 2;
async function saveAttachments(report2, reportDir) {
  const atts = report2.attachments;
  if (!atts?.length) return;
  const kept = [];
  for (const [i, a] of atts.entries()) {
    const data = a.data;
    delete a.data;
    if (!reportDir || !data) continue;
    const worth = report2.flagged || report2.findings.some((f) => f.path === a.path && f.score >= ATTACH_MIN_SCORE);
    if (!worth) continue;
    const base = a.path.slice(a.path.lastIndexOf("/") + 1).replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "").slice(-80) || "file";
    const name = a.name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
    const rel = path9.join(report2.sha256.slice(0, 12) || "unhashed", `${i}-${base}-${name}`);
    await fs9.mkdir(path9.join(reportDir, path9.dirname(rel)), { recursive: true });
    await fs9.writeFile(path9.join(reportDir, rel), data);
    kept.push({ ...a, file: rel });
  }
  if (kept.length) report2.attachments = kept;
  else delete report2.attachments;
}
function unscannedReport(problem2) {
  const r = problem2.requirement;
  const where = r ? `${r.location.file}:${r.location.line}` : "";
  const report2 = errorReport(where, r?.text ?? "requirement", null, 0, problem2.message);
  report2.status = "incomplete";
  report2.package = r?.name ?? null;
  report2.version = r?.version ?? null;
  if (r) report2.requiredBy = [{ file: r.location.file, line: r.location.line, requirement: r.text }];
  return report2;
}
var READ_AHEAD_MAX_BYTES = 64 * 1024 * 1024;
var sizeOf = (p) => fs9.stat(p).then((st) => st.size, () => 0);
function attribute(r, a) {
  if (a.via !== "local") r.path = a.url ?? a.filename;
  r.fetchedVia = a.via;
  const seen = /* @__PURE__ */ new Set();
  r.requiredBy = [];
  for (const q of a.requiredBy) {
    const key = `${q.location.file}:${q.location.line}:${q.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    r.requiredBy.push({ file: q.location.file, line: q.location.line, requirement: q.text });
  }
  r.requiredBy.sort((a2, b) => a2.file.localeCompare(b.file) || a2.line - b.line);
}
async function runScan(targets, options, run = {}) {
  const { progress } = run;
  const t0 = performance.now();
  const { artifacts: found, manifests, errors } = await resolveTargets(targets);
  const artifacts = found.filter((p) => inShard(localArtifactKey(p), run.shard));
  if (run.shard) run = { ...run, fetch: { ...run.fetch, shard: run.shard } };
  const reports = [];
  const notes = [];
  const queue = new WorkQueue();
  const local = await Promise.all(artifacts.map(async (p) => ({ path: p, size: await sizeOf(p) })));
  for (const w of local) queue.push(w);
  const done = /* @__PURE__ */ new Map();
  const scanned = /* @__PURE__ */ new Map();
  let fetched = null;
  let fetchFailed = false;
  let fetching = false;
  let tFetched = null;
  let tFirst = null;
  let tLast = 0;
  let threads = 0;
  const scanner = run.scanner ?? createScanner(run.workers);
  try {
    let finished = 0;
    const scanOne = async (w, ahead) => {
      try {
        const r = await scanPath(w.path, options, scanner, run.verdicts, w.fetched?.filename, ahead);
        await saveAttachments(r, run.reportDir);
        return r;
      } catch (e) {
        return errorReport(w.path, w.fetched?.filename ?? path9.basename(w.path), null, 0, `cannot read: ${errText(e)}`);
      }
    };
    let aheadBytes = 0;
    const readAhead = (w) => {
      if (!w || w.ahead || w.size <= 0 || w.fetched && fetchFailed) return;
      if (w.size > options.limits.maxArtifactBytes || aheadBytes + w.size > READ_AHEAD_MAX_BYTES) return;
      aheadBytes += w.size;
      w.ahead = fs9.readFile(w.path).catch((e) => e instanceof Error ? e : new Error(String(e)));
    };
    const lane = async () => {
      for (let w = await queue.take(); w; w = await queue.take()) {
        const ahead = w.ahead;
        if (ahead) aheadBytes -= w.size;
        w.ahead = void 0;
        if (w.fetched && fetchFailed) continue;
        tFirst ??= performance.now();
        progress?.(finished, queue.total, w.fetched ? w.fetched.url ?? w.fetched.filename : w.path, fetching);
        const report3 = scanOne(w, ahead);
        readAhead(queue.peek());
        done.set(w, await report3);
        finished++;
        tLast = performance.now();
      }
    };
    const lanes = Promise.all(Array.from({ length: Math.max(1, scanner.jobs) }, lane));
    lanes.catch(() => void 0);
    try {
      if (manifests.length) {
        const read = [];
        for (const m of manifests) {
          try {
            read.push(await readManifest(m));
          } catch (e) {
            errors.push({ target: m, message: e instanceof ManifestError ? e.message : `cannot read: ${errText(e)}` });
          }
        }
        const enqueue = (a) => {
          const w = { path: a.path, size: 0, fetched: a };
          scanned.set(a, w);
          try {
            w.size = fsSync.statSync(a.path).size;
          } catch {
          }
          queue.push(w);
        };
        const onArtifact = (a) => {
          if (!run.shard || inShard(fetchedArtifactKey(a.filename), run.shard)) enqueue(a);
        };
        if (read.length) {
          fetching = true;
          try {
            fetched = await fetchArtifacts(read, { ...run.fetch, maxArtifactBytes: options.limits.maxArtifactBytes, onArtifact });
          } catch (e) {
            fetchFailed = true;
            errors.push({ target: manifests.join(" "), message: `cannot fetch: ${errText(e)}` });
          }
          tFetched = performance.now();
          fetching = false;
        }
        for (const pr of fetched?.problems ?? []) {
          const r = pr.requirement;
          if (pr.fatal) errors.push({ target: r ? `${r.location.file}:${r.location.line} (${r.text})` : manifests.join(" "), message: pr.message });
          else if (pr.note) notes.push({ file: r?.location.file ?? "", line: r?.location.line ?? 0, requirement: r?.text ?? "", message: pr.message });
          else reports.push(unscannedReport(pr));
        }
        for (const a of fetched?.artifacts ?? []) if (!scanned.has(a)) enqueue(a);
      }
    } finally {
      queue.close();
      await lanes;
    }
    for (const w of local) reports.push(done.get(w));
    const got = [...fetched?.artifacts ?? []].sort((a, b) => a.filename.localeCompare(b.filename));
    for (const a of got) {
      const r = done.get(scanned.get(a));
      if (!r) continue;
      attribute(r, a);
      reports.push(r);
    }
    threads = scanner.threaded ? scanner.jobs : 0;
    progress?.(queue.total, queue.total, "");
  } finally {
    if (!run.scanner) await scanner.close();
    await fetched?.cleanup();
  }
  const report2 = buildReport(reports, errors, options, (performance.now() - t0) / 1e3);
  const secs = (s) => Math.round(s * 1e3) / 1e3;
  if (fetched) {
    if (fetched.pip) report2.pip = fetched.pip;
    report2.stats.fetchSeconds = secs(fetched.seconds);
  }
  report2.stats.scanSeconds = tFirst === null ? 0 : secs((tLast - tFirst) / 1e3);
  if (tFetched !== null) report2.stats.scanAfterFetchSeconds = tFirst === null ? 0 : secs(Math.max(0, tLast - Math.max(tFetched, tFirst)) / 1e3);
  report2.stats.threads = threads;
  if (run.shard) report2.shard = { ...run.shard };
  if (notes.length) report2.notes = notes;
  return report2;
}
function buildReport(artifacts, errors, options, seconds) {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rulesVersion: RULES_VERSION },
    threshold: options.threshold,
    failOnIncomplete: options.failOnIncomplete,
    artifacts,
    errors,
    stats: {
      artifacts: artifacts.length,
      files: artifacts.reduce((a, r) => a + r.stats.files, 0),
      bytes: artifacts.reduce((a, r) => a + r.stats.bytes, 0),
      seconds: Math.round(seconds * 1e3) / 1e3,
      flagged: artifacts.filter((r) => r.flagged).length,
      incomplete: artifacts.filter((r) => r.status !== "scanned").length
    }
  };
}
function exitCode(r) {
  if (r.errors.length) return 2;
  if (r.artifacts.some((a) => a.flagged)) return 1;
  if (r.failOnIncomplete && r.artifacts.some((a) => a.status !== "scanned")) return 1;
  return 0;
}

// src/report/sanitize.ts
function safeText(s, max = 300) {
  let out = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  out = out.replace(/[\r\n\t]+/g, " ");
  return out.length > max ? `${out.slice(0, max - 1)}\u2026` : out;
}
function mdCell(s, max = 300) {
  return safeText(s, max).replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`);
}
function htmlText(s, max = 300) {
  return safeText(s, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/report/text.ts
function verdict(r) {
  const { flagged, incomplete, artifacts } = r.stats;
  if (r.errors.length) return `ERROR: ${r.errors.length} target(s) could not be scanned; ${flagged} of ${artifacts} artifact(s) flagged`;
  if (flagged) return `FLAGGED: ${flagged} of ${artifacts} artifact(s) scored ${r.threshold} or more`;
  if (incomplete) return `INCOMPLETE: ${incomplete} of ${artifacts} artifact(s) could not be fully scanned${r.failOnIncomplete ? " (this fails the run)" : ""}`;
  return `OK: ${artifacts} artifact(s) scanned, none scored ${r.threshold} or more`;
}
function scanTiming(r) {
  const sum = r.artifacts.reduce((s, a) => s + a.stats.seconds, 0);
  const t = r.stats.threads;
  if (r.stats.scanSeconds !== void 0 && t !== void 0 && !r.merged) {
    const after = r.stats.scanAfterFetchSeconds !== void 0 && r.stats.fetchSeconds !== void 0 ? `, ${r.stats.scanAfterFetchSeconds.toFixed(1)} s of it after the last download` : "";
    return t ? `scanning ${r.stats.scanSeconds.toFixed(1)} s on ${t} worker thread(s)${after}, ${sum.toFixed(1)} s of artifact scans added up` : `scanning ${r.stats.scanSeconds.toFixed(1)} s on the main thread${after}`;
  }
  return `${sum.toFixed(1)} s of artifact scans added up`;
}
function scopeLine(r) {
  if (r.shard) return `shard ${r.shard.index} of ${r.shard.count}: only this shard's part of the artifacts (merge the ${r.shard.count} shard reports for the whole run)`;
  if (r.merged) return r.merged.shards ? `merged from the reports of all ${r.merged.shards} shard(s)` : `merged from ${r.merged.reports} report(s)`;
  return null;
}
function statusLabel(a) {
  if (a.flagged) return "FLAGGED";
  if (a.status === "incomplete") return "INCOMPLETE";
  if (a.status === "error") return "ERROR";
  return "ok";
}
function pad(s, n) {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function renderText(r, opts = {}) {
  const lines = [];
  lines.push(verdict(r), "");
  const part = scopeLine(r);
  if (part) lines.push(part, "");
  const rows = r.artifacts.map((a) => [statusLabel(a), a.score.toFixed(1), safeText(a.package ?? "?", 40), safeText(a.version ?? "?", 20), safeText(a.file, 80), a.findings[0] ? safeText(a.findings[0].rule, 40) : ""]);
  const head = ["STATUS", "SCORE", "PACKAGE", "VERSION", "FILE", "TOP FINDING"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  lines.push(head.map((h, i) => pad(h, widths[i])).join("  ").trimEnd());
  for (const row of rows) lines.push(row.map((c, i) => pad(c, widths[i])).join("  ").trimEnd());
  for (const a of r.artifacts) {
    const show = opts.details === "all" ? a.findings.length > 0 || a.status !== "scanned" : a.flagged || a.status !== "scanned";
    if (!show) continue;
    lines.push("", `${statusLabel(a)} ${safeText(a.file)}  score ${a.score} (threshold ${r.threshold})  sha256 ${a.sha256}`);
    for (const q of (a.requiredBy ?? []).slice(0, 5)) lines.push(`  required by ${safeText(q.file, 120)}:${q.line}: ${safeText(q.requirement, 120)}`);
    if (a.denied) lines.push(`  denylisted by the policy: ${safeText(a.denied, 200)}`);
    if (a.scoreBreakdown.worstFile !== null) {
      const cats = Object.entries(a.scoreBreakdown.categories).map(([k, v]) => `${k} ${v}`).join(", ");
      lines.push(`  worst file: ${safeText(a.scoreBreakdown.worstFile || "(archive)")} = ${a.scoreBreakdown.worstFileScore} (${cats})${a.scoreBreakdown.corroboration ? ` + ${a.scoreBreakdown.corroboration} for other suspicious files` : ""}`);
    }
    for (const reason of a.reasons.slice(0, 10)) lines.push(`  ! not fully scanned: ${safeText(reason)}`);
    if (a.reasons.length > 10) lines.push(`  ! ... and ${a.reasons.length - 10} more reasons (see the JSON report)`);
    for (const f of a.findings.slice(0, 20)) {
      const where = f.offset !== void 0 ? ` @${f.offset}` : "";
      const sup = f.suppressed ? ` [suppressed: ${safeText(f.suppression?.reason ?? "by policy", 120)}]` : "";
      lines.push(`  ${pad(f.score.toFixed(1), 4)} ${f.rule}  ${safeText(f.path || "(archive)", 120)}${where}: ${safeText(f.message)}${sup}`);
      const preview = f.evidence?.preview;
      if (typeof preview === "string" && preview) lines.push(`       preview: ${safeText(preview, 160)}`);
    }
    if (a.findings.length > 20) lines.push(`  ... and ${a.findings.length - 20} more findings (see the JSON report)`);
    const omitted = Object.entries(a.omittedFindings ?? {});
    if (omitted.length) lines.push(`  (not listed even in the JSON report: ${omitted.map(([r2, n]) => `${n} more ${r2}`).join(", ")})`);
    for (const att of (a.attachments ?? []).filter((x) => x.file)) lines.push(`  picture: ${safeText(att.file ?? "", 200)} (${safeText(att.caption, 160)})`);
  }
  for (const e of r.errors) lines.push("", `error: ${safeText(e.target)}: ${safeText(e.message)}`);
  const notes = r.notes ?? [];
  if (notes.length) lines.push("", `${notes.length} requirement(s) not fetched, for reasons that are not failures:`);
  for (const n of notes.slice(0, 50)) lines.push(`  ${safeText(n.file, 120)}:${n.line}: ${safeText(n.requirement, 120)}: ${safeText(n.message, 300)}`);
  if (notes.length > 50) lines.push(`  ... and ${notes.length - 50} more (see the JSON report)`);
  if (r.policy) lines.push("", `policy ${safeText(r.policy.file)}: ${r.policy.suppressedFindings} finding(s) suppressed, ${r.policy.denied} artifact(s) denylisted, ${r.policy.expired.length} expired suppression(s), ${r.policy.unused.length} unused`);
  const mb = r.stats.bytes / 1e6;
  const fetch2 = ` (${r.stats.fetchSeconds !== void 0 ? `fetching ${r.stats.fetchSeconds.toFixed(1)} s, ` : ""}${scanTiming(r)})`;
  const pip = r.pip ? `; fetched with ${safeText(r.pip, 120)}` : "";
  lines.push("", `${r.stats.artifacts} artifact(s), ${r.stats.files} file(s), ${mb.toFixed(1)} MB in ${r.stats.seconds.toFixed(1)} s${fetch2}${pip}`);
  return lines.join("\n") + "\n";
}

// src/report/summary.ts
var SUMMARY_MAX_BYTES = 1e6;
var MAX_TABLE_ROWS = 300;
var MAX_FINDINGS_SHOWN = 30;
var bytes = (s) => Buffer.byteLength(s, "utf8");
var htmlCell = (s, max) => htmlText(s, max).replace(/[[\]`*_|\\]/g, (c) => `&#${c.charCodeAt(0)};`);
function fails(r, failOn) {
  if (failOn === "never") return false;
  if (r.errors.length) return true;
  if (r.artifacts.some((a) => a.flagged)) return true;
  return failOn === "incomplete" && r.artifacts.some((a) => a.status !== "scanned");
}
function verdictLine(r, failOn) {
  const { flagged, incomplete, artifacts } = r.stats;
  const counts = `${flagged} flagged, ${incomplete} not fully scanned, ${artifacts} artifact(s)${r.errors.length ? `, ${r.errors.length} target(s) not scanned` : ""}`;
  const bad = fails(r, failOn === "never" ? "incomplete" : failOn);
  if (failOn === "never" && bad) return `## \u26A0\uFE0F pypi-stego-scan (advisory): ${counts}`;
  if (bad) return `## \u274C pypi-stego-scan: ${counts}`;
  if (incomplete || flagged) return `## \u26A0\uFE0F pypi-stego-scan: ${counts}`;
  return `## \u2705 pypi-stego-scan: ${counts}`;
}
function requiredBy(a, max = 3) {
  const req2 = a.requiredBy ?? [];
  if (!req2.length) return "given directly";
  const shown = req2.slice(0, max).map((r) => `${mdCell(r.file, 80)}:${Math.floor(r.line)}`);
  return shown.join("<br>") + (req2.length > max ? `<br>+${req2.length - max} more` : "");
}
function topFindings(a) {
  const live = a.findings.filter((f) => !f.suppressed && f.score > 0).slice(0, 3);
  const parts = live.map((f) => `\`${mdCell(f.rule, 60)}\` ${f.score} ${mdCell(f.path || "(archive)", 80)}`);
  if (a.denied) parts.unshift(`denylisted: ${mdCell(a.denied, 100)}`);
  if (!parts.length && a.reasons.length) parts.push(`not fully scanned: ${mdCell(a.reasons[0], 140)}`);
  return parts.join("<br>") || "\u2014";
}
function findingRow(f) {
  const score = f.originalScore !== void 0 ? `${f.score} (was ${f.originalScore})` : String(f.score);
  const note = f.suppressed ? ` \u2014 *suppressed*: ${mdCell(f.suppression?.reason ?? "by policy", 120)}${f.suppression ? ` (${mdCell(f.suppression.file, 60)}:${f.suppression.line})` : ""}` : "";
  return `| ${score} | \`${mdCell(f.rule, 60)}\` | ${mdCell(f.path || "(archive)", 100)} | ${mdCell(f.message, 200)}${note} |`;
}
function details(a, r) {
  const out = [];
  out.push("<details>", `<summary>${htmlCell(a.file, 120)}: ${statusLabel(a)}, score ${a.score}, ${a.findings.length} finding(s)</summary>`, "");
  out.push(`sha256 \`${mdCell(a.sha256, 64)}\`${a.fetchedVia ? `, obtained via ${a.fetchedVia}` : ""}`, "");
  if (a.requiredBy?.length) {
    out.push("Required by:");
    for (const q of a.requiredBy.slice(0, 10)) out.push(`- ${mdCell(q.file, 100)}:${Math.floor(q.line)}: ${mdCell(q.requirement, 160)}`);
    if (a.requiredBy.length > 10) out.push(`- \u2026and ${a.requiredBy.length - 10} more`);
    out.push("");
  }
  if (a.denied) out.push(`- \u26D4 on the policy's denylist: ${mdCell(a.denied, 200)}`);
  if (a.scoreBreakdown.worstFile !== null) {
    const cats = Object.entries(a.scoreBreakdown.categories).map(([k, v]) => `${k} ${v}`).join(", ");
    out.push(`- score: worst file ${mdCell(a.scoreBreakdown.worstFile || "(archive)", 100)} = ${a.scoreBreakdown.worstFileScore} (${cats})${a.scoreBreakdown.corroboration ? ` + ${a.scoreBreakdown.corroboration} for other suspicious files` : ""}; threshold ${r.threshold}`);
  }
  for (const reason of a.reasons.slice(0, 10)) out.push(`- \u26A0\uFE0F not fully scanned: ${mdCell(reason, 300)}`);
  if (a.reasons.length > 10) out.push(`- \u26A0\uFE0F \u2026and ${a.reasons.length - 10} more reasons in the JSON report`);
  if (a.findings.length) {
    out.push("", "| Score | Rule | File | Message |", "| ---: | --- | --- | --- |");
    for (const f of a.findings.slice(0, MAX_FINDINGS_SHOWN)) out.push(findingRow(f));
    if (a.findings.length > MAX_FINDINGS_SHOWN) out.push("", `\u2026and ${a.findings.length - MAX_FINDINGS_SHOWN} more in the JSON report.`);
  }
  const omitted = Object.entries(a.omittedFindings ?? {});
  if (omitted.length) out.push("", `Not listed even in the JSON report: ${omitted.map(([k, n]) => `${n} more \`${mdCell(k, 60)}\``).join(", ")}.`);
  const pics = (a.attachments ?? []).filter((p) => p.file);
  if (pics.length) {
    out.push("", "In the report folder (upload it with actions/upload-artifact):");
    for (const p of pics.slice(0, 10)) out.push(`- ${mdCell(p.file, 120)}: ${mdCell(p.caption, 120)} (${mdCell(p.path, 100)})`);
  }
  out.push("", "</details>", "");
  return out.join("\n") + "\n";
}
function suppressedBlock(r, max = 200) {
  const rows = [];
  let total = 0;
  for (const a of r.artifacts)
    for (const f of a.findings) {
      if (!f.suppressed) continue;
      total++;
      if (rows.length >= max) continue;
      const src = f.suppression ? ` (${mdCell(f.suppression.file, 60)}:${f.suppression.line})` : "";
      rows.push(`| ${mdCell(a.package ?? a.file, 60)} | ${mdCell(a.version ?? "?", 30)} | \`${mdCell(f.rule, 60)}\` | ${mdCell(f.path || "(archive)", 100)} | ${f.score} | ${mdCell(f.suppression?.reason ?? "by policy", 120)}${src} |`);
    }
  if (!total) return "";
  const out = ["<details>", `<summary>${total} finding(s) suppressed by the policy (not counted in scores)</summary>`, "", "| Package | Version | Rule | File | Score | Reason |", "| --- | --- | --- | --- | ---: | --- |", ...rows];
  if (total > rows.length) out.push("", `\u2026and ${total - rows.length} more in the JSON report.`);
  out.push("", "</details>", "");
  return out.join("\n") + "\n";
}
function fmtSeconds(s) {
  return s < 10 ? s.toFixed(1) : String(Math.round(s));
}
function renderSummary(r, options = {}) {
  const failOn = options.failOn ?? (r.failOnIncomplete ? "incomplete" : "flagged");
  const budget = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const head = [verdictLine(r, failOn), ""];
  const policyText = failOn === "never" ? "Advisory mode (`fail-on: never`): nothing fails the step." : failOn === "flagged" ? "Flagged artifacts fail the step; artifacts that could not be fully scanned are reported." : "Flagged artifacts and artifacts that could not be fully scanned fail the step.";
  const part = scopeLine(r);
  if (part) head.push(`${mdCell(part, 300)}.`, "");
  head.push(`Threshold ${r.threshold}. ${policyText}`, "");
  for (const n of options.notices ?? []) head.push(`- ${mdCell(n, 500)}`);
  if (options.notices?.length) head.push("");
  const problems = r.artifacts.filter((a) => a.flagged || a.status !== "scanned").sort((x, y) => Number(y.flagged) - Number(x.flagged) || y.score - x.score || x.file.localeCompare(y.file));
  const table = [];
  if (problems.length) {
    table.push("| Status | Score | Package | Version | Top findings | Required by |", "| --- | ---: | --- | --- | --- | --- |");
    for (const a of problems.slice(0, MAX_TABLE_ROWS)) {
      table.push(`| ${statusLabel(a)} | ${a.score} | ${mdCell(a.package ?? a.file, 60)} | ${mdCell(a.version ?? "?", 30)} | ${topFindings(a)} | ${requiredBy(a)} |`);
    }
    if (problems.length > MAX_TABLE_ROWS) table.push("", `\u2026and ${problems.length - MAX_TABLE_ROWS} more flagged or incomplete artifacts in the JSON report.`);
    table.push("");
  } else {
    table.push(r.stats.artifacts ? "No artifact reached the threshold, and every artifact was fully scanned." : "No artifact was scanned.", "");
  }
  const tail = [];
  for (const e of r.errors.slice(0, 50)) tail.push(`- \u274C ${mdCell(e.target, 200)}: ${mdCell(e.message, 400)}`);
  if (r.errors.length > 50) tail.push(`- \u274C \u2026and ${r.errors.length - 50} more in the JSON report`);
  if (r.errors.length) tail.push("");
  const notes = r.notes ?? [];
  if (notes.length) {
    tail.push("<details>", `<summary>${notes.length} requirement(s) not fetched, for reasons that are not failures</summary>`, "");
    for (const n of notes.slice(0, 50)) tail.push(`- ${mdCell(n.file, 80)}:${Math.floor(n.line)}: ${mdCell(n.requirement, 120)}: ${mdCell(n.message, 300)}`);
    if (notes.length > 50) tail.push(`- \u2026and ${notes.length - 50} more in the JSON report`);
    tail.push("", "</details>", "");
  }
  if (r.policy) {
    const p = r.policy;
    tail.push(`**Policy** ${mdCell(p.file, 120)}: ${p.suppressedFindings} finding(s) suppressed (listed in the details, not counted in scores), ${p.denied} artifact(s) denylisted${Object.keys(p.weights).length ? `, weights changed for ${Object.keys(p.weights).map((k) => `\`${mdCell(k, 60)}\``).join(", ")}` : ""}.`);
    for (const s of p.expired.slice(0, 20)) tail.push(`- \u23F0 expired on ${mdCell(s.expires, 12)}, no longer applies: \`${mdCell(s.rule, 60)}\` on ${mdCell(s.package, 60)} (${mdCell(s.file, 80)}:${s.line}): ${mdCell(s.reason, 120)}`);
    if (p.expired.length > 20) tail.push(`- \u23F0 \u2026and ${p.expired.length - 20} more expired suppressions`);
    if (p.unused.length) tail.push(`- ${p.unused.length} suppression(s) matched nothing in this run.`);
    tail.push("");
  }
  const timing = [`${fmtSeconds(r.stats.seconds)} s in all`];
  if (r.stats.fetchSeconds !== void 0) timing.push(`fetching ${fmtSeconds(r.stats.fetchSeconds)} s`);
  timing.push(scanTiming(r));
  tail.push(`${r.stats.artifacts} artifact(s), ${r.stats.files} file(s), ${(r.stats.bytes / 1e6).toFixed(1)} MB; ${timing.join(", ")}.${r.pip ? ` Fetched with ${mdCell(r.pip, 120)}.` : ""}`);
  const where = [];
  if (options.reportJson) where.push(`JSON report \`${mdCell(options.reportJson, 200)}\``);
  if (options.sarifFile) where.push(`SARIF \`${mdCell(options.sarifFile, 200)}\``);
  if (options.reportDir) where.push(`report folder \`${mdCell(options.reportDir, 200)}\``);
  if (where.length) tail.push("", `Written: ${where.join(", ")}.`);
  if (options.annotationsOmitted) tail.push("", `${options.annotationsOmitted} annotation(s) were not shown (max-annotations); every artifact above is also in the SARIF file.`);
  const headText = head.join("\n") + "\n";
  let tableText = table.join("\n") + "\n";
  const tailText = "\n" + tail.join("\n") + "\n";
  const cutNote = (n) => `
> \u2702\uFE0F The summary is cut to stay under GitHub's 1 MiB limit: ${n} detail section(s) are not shown here. Everything is in the JSON report${options.reportJson ? ` (\`${mdCell(options.reportJson, 200)}\`)` : ""}.
`;
  const reserve = bytes(cutNote(problems.length)) + 64;
  while (bytes(headText) + bytes(tableText) + bytes(tailText) + reserve > budget && table.length > 3) {
    table.splice(Math.max(2, table.length - 50), 50);
    tableText = table.join("\n") + `

\u2026the table is cut here; the rest is in the JSON report.
`;
  }
  let used = bytes(headText) + bytes(tableText) + bytes(tailText) + reserve;
  const blocks = [];
  let cut = 0;
  for (const a of problems) {
    if (cut) {
      cut++;
      continue;
    }
    const d = details(a, r);
    const n = bytes(d);
    if (used + n > budget) {
      cut = 1;
      continue;
    }
    blocks.push(d);
    used += n;
  }
  const sup = suppressedBlock(r);
  if (sup && !cut && used + bytes(sup) <= budget) {
    blocks.push(sup);
    used += bytes(sup);
  } else if (sup) cut++;
  let out = headText + tableText + blocks.join("");
  if (cut) out += cutNote(cut);
  out += tailText;
  if (bytes(out) > budget) {
    const buf = Buffer.from(out, "utf8").subarray(0, budget - 200);
    const text = buf.toString("utf8");
    out = text.slice(0, text.lastIndexOf("\n") + 1).replace(/\uFFFD$/, "") + cutNote(problems.length);
  }
  return out;
}

// src/report/index.ts
var FORMATS = ["text", "json", "markdown"];
function render(r, format) {
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  if (format === "markdown") return renderSummary(r);
  return renderText(r);
}

// src/policy/config.ts
var import_yaml = __toESM(require_dist2(), 1);
import fs10 from "node:fs/promises";
import path10 from "node:path";
var PolicyError = class extends Error {
  constructor(problems) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in the policy:
  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
  problems;
};
var MAX_POLICY_BYTES = 8 * 1024 * 1024;
var MAX_ERRORS = 25;
var TOP_KEYS = ["version", "threshold", "weights", "suppressions", "deny", "baseline"];
var BASELINE_KEYS = ["version", "suppressions"];
var SUPPRESSION_KEYS = ["package", "rule", "sha256", "version", "path", "reason", "expires"];
var DENY_KEYS = ["package", "version", "versions", "reason"];
var PACKAGE_RE = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,200}[A-Za-z0-9])?$/;
var SHA256_RE = /^[0-9a-fA-F]{64}$/;
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
var Reader = class {
  constructor(file, lines) {
    this.file = file;
    this.lines = lines;
  }
  file;
  lines;
  errors = [];
  line(node) {
    const n = node && "range" in node ? node : node?.key;
    const offset = n?.range?.[0];
    return offset === void 0 ? 1 : this.lines.linePos(offset).line;
  }
  error(node, message) {
    if (this.errors.length < MAX_ERRORS) this.errors.push(`${this.file}:${this.line(node)}: ${message}`);
  }
  /** The map's entries by key, reporting unknown and duplicated keys. */
  entries(map, allowed, what) {
    const out = /* @__PURE__ */ new Map();
    for (const pair of map.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
      if (typeof key !== "string") {
        this.error(pair, `${what}: keys must be plain names`);
        continue;
      }
      if (!allowed.includes(key)) {
        this.error(pair, `${what}: unknown key ${JSON.stringify(key)} (allowed: ${allowed.join(", ")})`);
        continue;
      }
      out.set(key, { pair, value: pair.value ?? null });
    }
    return out;
  }
  string(node, what, at) {
    const text = (0, import_yaml.isScalar)(node) && typeof node.value === "number" && typeof node.source === "string" && /^[0-9][0-9a-fA-F._+!-]*$/.test(node.source) ? node.source : (0, import_yaml.isScalar)(node) ? node.value : void 0;
    if (typeof text !== "string") {
      this.error(node ?? at, `${what} must be a string`);
      return null;
    }
    const s = text.trim();
    if (!s) {
      this.error(node ?? at, `${what} must not be empty`);
      return null;
    }
    return s;
  }
  number(node, what, at, min, max) {
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "number" || !Number.isFinite(node.value)) {
      this.error(node ?? at, `${what} must be a number`);
      return null;
    }
    if (node.value < min || node.value > max) {
      this.error(node, `${what} must be between ${min} and ${max}, got ${node.value}`);
      return null;
    }
    return node.value;
  }
};
function isoDay(d) {
  return d.toISOString().slice(0, 10);
}
function validDate(s) {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(d) === s;
}
async function loadPolicy(file, options = {}) {
  const text = await readBounded(file);
  return parsePolicy(text, file, { readBaseline: options.readBaseline ?? ((f) => readBounded(path10.resolve(path10.dirname(file), f))) });
}
async function readBounded(file) {
  let st;
  try {
    st = await fs10.stat(file);
  } catch (e) {
    throw new PolicyError([`${file}: cannot read the policy file: ${e.code ?? e.message}`]);
  }
  if (!st.isFile()) throw new PolicyError([`${file}: not a file`]);
  if (st.size > MAX_POLICY_BYTES) throw new PolicyError([`${file}: ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit for a policy file`]);
  return fs10.readFile(file, "utf8");
}
function parseYaml(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, schema: "core", uniqueKeys: true, strict: true, prettyErrors: false });
  const reader = new Reader(file, lines);
  for (const e of doc.errors.slice(0, MAX_ERRORS)) {
    const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
    reader.errors.push(`${file}:${line}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  return { doc, reader };
}
async function parsePolicy(text, file, options = {}) {
  const policy = { file, threshold: null, weights: /* @__PURE__ */ new Map(), suppressions: [], deny: [] };
  const { doc, reader } = parseYaml(text, file);
  if (reader.errors.length) throw new PolicyError(reader.errors);
  const root2 = doc.contents;
  if (root2 === null || (0, import_yaml.isScalar)(root2) && root2.value === null) return policy;
  if (!(0, import_yaml.isMap)(root2)) throw new PolicyError([`${file}:${reader.line(root2)}: the policy must be a mapping of keys (threshold, weights, suppressions, deny, baseline)`]);
  const top = reader.entries(root2, TOP_KEYS, "policy");
  const rules = allRules();
  const version2 = top.get("version");
  if (version2 && !((0, import_yaml.isScalar)(version2.value) && version2.value.value === 1)) reader.error(version2.value ?? version2.pair, "version must be 1");
  const threshold = top.get("threshold");
  if (threshold) policy.threshold = reader.number(threshold.value, "threshold", threshold.pair, 0, MAX_SCORE);
  const weights = top.get("weights");
  if (weights) {
    if (!(0, import_yaml.isMap)(weights.value)) reader.error(weights.value ?? weights.pair, "weights must be a mapping of rule id to weight (0-10)");
    else
      for (const pair of weights.value.items) {
        const id = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
        if (typeof id !== "string" || !rules.has(id)) {
          reader.error(pair, `weights: unknown rule ${JSON.stringify(id)} (rule ids are listed in docs/rules.md)`);
          continue;
        }
        const w = reader.number(pair.value ?? null, `weight of ${id}`, pair, 0, MAX_SCORE);
        if (w !== null) policy.weights.set(id, w);
      }
  }
  const sup = top.get("suppressions");
  if (sup) readSuppressions(sup.value, sup.pair, reader, rules, policy.suppressions);
  const deny = top.get("deny");
  if (deny) {
    if (!(0, import_yaml.isSeq)(deny.value)) reader.error(deny.value ?? deny.pair, "deny must be a list");
    else
      for (const item of deny.value.items) {
        if (!(0, import_yaml.isMap)(item)) {
          reader.error(item, "each deny entry must be a mapping with package, reason and optionally version(s)");
          continue;
        }
        const e = reader.entries(item, DENY_KEYS, "deny entry");
        const pkg = e.get("package");
        const name = pkg ? reader.string(pkg.value, "package", pkg.pair) : null;
        if (!pkg) reader.error(item, "deny entry: package is required");
        else if (name && !PACKAGE_RE.test(name)) reader.error(pkg.value, `package ${JSON.stringify(name)} is not a valid project name`);
        const reasonE = e.get("reason");
        const reason = reasonE ? reader.string(reasonE.value, "reason", reasonE.pair) : null;
        if (!reasonE) reader.error(item, "deny entry: reason is required (say why, for the next person)");
        let versions = null;
        const v1 = e.get("version");
        const vs = e.get("versions");
        if (v1 && vs) reader.error(vs.pair, "deny entry: give version or versions, not both");
        if (v1) {
          const v = reader.string(v1.value, "version", v1.pair);
          if (v) versions = [v];
        } else if (vs) {
          if (!(0, import_yaml.isSeq)(vs.value) || vs.value.items.length === 0) reader.error(vs.value ?? vs.pair, "versions must be a non-empty list of version strings");
          else versions = vs.value.items.map((n) => reader.string(n, "each version", vs.pair)).filter((x) => x !== null);
        }
        for (const v of versions ?? []) if (!parseVersion(v)) reader.error(v1?.value ?? vs?.value, `${JSON.stringify(v)} is not a PEP 440 version`);
        if (name && PACKAGE_RE.test(name) && reason) policy.deny.push({ package: normalizeName(name), versions, reason, file, line: reader.line(item) });
      }
  }
  const baseline = top.get("baseline");
  if (baseline) {
    const ref = reader.string(baseline.value, "baseline", baseline.pair);
    if (ref && reader.errors.length === 0) {
      if (!options.readBaseline) reader.error(baseline.pair, "baseline: no way to read it here");
      else {
        let btext = null;
        try {
          btext = await options.readBaseline(ref);
        } catch (e) {
          reader.error(baseline.value, e instanceof PolicyError ? e.problems[0] : `cannot read baseline ${JSON.stringify(ref)}: ${e.message}`);
        }
        if (btext !== null) {
          const bfile = path10.join(path10.dirname(file), ref);
          const b = parseYaml(btext, bfile);
          reader.errors.push(...b.reader.errors);
          const broot = b.doc.contents;
          if (!b.reader.errors.length && broot !== null && !((0, import_yaml.isScalar)(broot) && broot.value === null)) {
            if (!(0, import_yaml.isMap)(broot)) b.reader.error(broot, "a baseline must be a mapping with a suppressions list");
            else {
              const be = b.reader.entries(broot, BASELINE_KEYS, "baseline");
              const bs = be.get("suppressions");
              if (bs) readSuppressions(bs.value, bs.pair, b.reader, rules, policy.suppressions);
            }
            reader.errors.push(...b.reader.errors);
          }
        }
      }
    }
  }
  if (reader.errors.length) throw new PolicyError(reader.errors);
  return policy;
}
function readSuppressions(value, at, reader, rules, out) {
  if (!(0, import_yaml.isSeq)(value)) {
    reader.error(value ?? at, "suppressions must be a list");
    return;
  }
  for (const item of value.items) {
    if (!(0, import_yaml.isMap)(item)) {
      reader.error(item, "each suppression must be a mapping (package, rule, sha256 or version, reason)");
      continue;
    }
    const before = reader.errors.length;
    const e = reader.entries(item, SUPPRESSION_KEYS, "suppression");
    const get = (k) => {
      const x = e.get(k);
      return x ? reader.string(x.value, k, x.pair) : null;
    };
    const pkg = get("package");
    const rule = get("rule");
    const sha = get("sha256");
    const version2 = get("version");
    const p = get("path");
    const reason = get("reason");
    const expires = get("expires");
    if (!e.has("package")) reader.error(item, "suppression: package is required (a suppression is never by path alone)");
    else if (pkg && !PACKAGE_RE.test(pkg)) reader.error(e.get("package").value, `package ${JSON.stringify(pkg)} is not a valid project name`);
    if (!e.has("rule")) reader.error(item, "suppression: rule is required (one rule per suppression; rule ids are in docs/rules.md)");
    else if (rule && !rules.has(rule)) reader.error(e.get("rule").value, `unknown rule ${JSON.stringify(rule)} (rule ids are listed in docs/rules.md)`);
    if (!e.has("sha256") && !e.has("version")) reader.error(item, "suppression: give sha256 (the artifact) or version, so that it cannot silence a future release");
    if (sha && !SHA256_RE.test(sha)) reader.error(e.get("sha256").value, "sha256 must be 64 hexadecimal digits");
    if (version2 && !parseVersion(version2)) reader.error(e.get("version").value, `${JSON.stringify(version2)} is not a PEP 440 version`);
    if (!e.has("reason")) reader.error(item, "suppression: reason is required (say why, for the next person)");
    if (expires && !validDate(expires)) reader.error(e.get("expires").value, `expires must be a date written YYYY-MM-DD, got ${JSON.stringify(expires)}`);
    if (p !== null && (p === "**" || p === "/**" || p === "*")) reader.error(e.get("path").value, "path must name a file or folder inside the artifact");
    if (reader.errors.length > before || !pkg || !rule || !reason) continue;
    out.push({
      package: normalizeName(pkg),
      rule,
      sha256: sha ? sha.toLowerCase() : null,
      version: version2,
      path: p,
      reason,
      expires,
      file: reader.file,
      line: reader.line(item)
    });
  }
}

// src/policy/apply.ts
function sameVersion(a, b) {
  if (a === null) return false;
  if (a === b) return true;
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return !!va && !!vb && compareVersions(va, vb) === 0;
}
function pathMatches(pattern, p) {
  if (pattern === null) return true;
  if (pattern.endsWith("/**")) return p.startsWith(pattern.slice(0, -2));
  return p === pattern;
}
function matches(s, a, pkg, f) {
  return s.package === pkg && s.rule === f.rule && (s.sha256 === null || s.sha256 === a.sha256.toLowerCase()) && (s.version === null || sameVersion(a.version, s.version)) && pathMatches(s.path, f.path);
}
var byScore = (a, b) => Number(!!a.suppressed) - Number(!!b.suppressed) || b.score - a.score || a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule);
function refreshVerdicts(report2) {
  for (const a of report2.artifacts) a.flagged = !!a.denied || a.score >= report2.threshold;
  report2.stats.flagged = report2.artifacts.filter((a) => a.flagged).length;
  report2.stats.incomplete = report2.artifacts.filter((a) => a.status !== "scanned").length;
  return report2;
}
function applyPolicy(report2, policy, options = {}) {
  if (!policy) return refreshVerdicts(report2);
  const today = isoDay(options.now ?? /* @__PURE__ */ new Date());
  const rules = allRules();
  const active = policy.suppressions.filter((s) => s.expires === null || s.expires >= today);
  const used = /* @__PURE__ */ new Set();
  let suppressedFindings = 0;
  for (const a of report2.artifacts) {
    const pkg = a.package ? normalizeName(a.package) : null;
    let changed = false;
    for (const f of a.findings) {
      const w = policy.weights.get(f.rule);
      const meta = rules.get(f.rule);
      if (w !== void 0 && meta && meta.weight > 0 && w !== meta.weight) {
        f.originalScore ??= f.score;
        f.score = roundScore(Math.min(MAX_SCORE, f.originalScore * w / meta.weight));
        changed = true;
      }
      if (!pkg) continue;
      const s = active.find((x) => matches(x, a, pkg, f));
      if (s) {
        f.suppressed = true;
        f.suppression = { reason: s.reason, expires: s.expires, file: s.file, line: s.line };
        used.add(s);
        suppressedFindings++;
        changed = true;
      }
    }
    if (changed) {
      const { score, breakdown } = scoreArtifact(a.findings, rules);
      a.score = score;
      a.scoreBreakdown = breakdown;
      a.findings.sort(byScore);
    }
    const deny = pkg ? policy.deny.find((d) => d.package === pkg && (d.versions === null || d.versions.some((v) => sameVersion(a.version, v)))) : void 0;
    if (deny) a.denied = deny.reason;
  }
  const summary = {
    file: policy.file,
    suppressedFindings,
    denied: report2.artifacts.filter((a) => a.denied).length,
    weights: Object.fromEntries(policy.weights),
    expired: policy.suppressions.filter((s) => s.expires !== null && s.expires < today).map((s) => ({ package: s.package, rule: s.rule, reason: s.reason, expires: s.expires, file: s.file, line: s.line })),
    unused: active.filter((s) => !used.has(s)).map((s) => ({ package: s.package, rule: s.rule, reason: s.reason, file: s.file, line: s.line }))
  };
  report2.policy = summary;
  return refreshVerdicts(report2);
}

// src/policy/baseline.ts
var import_yaml2 = __toESM(require_dist2(), 1);
function buildBaseline(report2, now = /* @__PURE__ */ new Date()) {
  const suppressions = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  for (const a of report2.artifacts) {
    const rules = [...new Set(a.findings.filter((f) => !f.suppressed && f.score > 0).map((f) => f.rule))].sort();
    if (!rules.length) continue;
    if (!a.package || !/^[0-9a-f]{64}$/.test(a.sha256)) {
      skipped.push(a.file);
      continue;
    }
    for (const rule of rules) {
      const key = `${a.sha256}\0${rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = { package: normalizeName(a.package), rule, sha256: a.sha256 };
      if (a.version) entry.version = a.version;
      entry.reason = "baseline";
      suppressions.push(entry);
    }
  }
  suppressions.sort((x, y) => x.package.localeCompare(y.package) || (x.version ?? "").localeCompare(y.version ?? "") || x.rule.localeCompare(y.rule) || x.sha256.localeCompare(y.sha256));
  const header = [
    `# Baseline written by ${TOOL_NAME} ${TOOL_VERSION} on ${now.toISOString().slice(0, 10)}: the findings of that scan,`,
    "# suppressed so that only new findings fail. Each entry is pinned to one artifact (sha256): a new release, or the",
    "# same version with other bytes, is scanned afresh. Review the entries; see docs/policy.md.",
    ""
  ].join("\n");
  const body = (0, import_yaml2.stringify)({ version: 1, suppressions }, { lineWidth: 0 });
  return { text: header + body, entries: suppressions.length, skipped };
}

// src/policy/index.ts
function resolveThreshold(explicit, policy) {
  return explicit ?? policy?.threshold ?? DEFAULT_THRESHOLD;
}

// src/report/sarif.ts
import { createHash as createHash4 } from "node:crypto";
import fs11 from "node:fs";
import path11 from "node:path";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SCAN_INCOMPLETE = {
  id: "scan.incomplete",
  category: "archive",
  weight: 6,
  description: "The artifact could not be fully scanned (a limit, an encrypted or unreadable member, a corrupt archive): what was not read was not checked."
};
var POLICY_DENIED = {
  id: "policy.denied",
  category: "payload",
  weight: 9,
  description: "The package (or this version of it) is on the policy file's denylist."
};
var MAX_RESULTS = 5e3;
var MAX_HELP_CHARS = 4e3;
function headingAnchor(heading) {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}
function ruleDocs(markdown) {
  const out = /* @__PURE__ */ new Map();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf("\n");
    const id = part.slice(0, nl < 0 ? void 0 : nl).trim();
    const body = (nl < 0 ? "" : part.slice(nl + 1)).split(/^# /m)[0].trim();
    if (/^[a-z0-9]+(\.[a-z0-9-]+)+$/.test(id)) out.set(id, body.length > MAX_HELP_CHARS ? `${body.slice(0, MAX_HELP_CHARS - 1)}\u2026` : body);
  }
  return out;
}
function readDocs(file) {
  if (!file) return /* @__PURE__ */ new Map();
  try {
    return ruleDocs(fs11.readFileSync(file, "utf8"));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function sarifUri(p, root2) {
  let rel = p;
  if (root2) {
    const r = path11.relative(path11.resolve(root2), path11.resolve(p));
    rel = r && !r.startsWith("..") && !path11.isAbsolute(r) ? r : path11.basename(p);
  } else if (path11.isAbsolute(p)) {
    rel = path11.basename(p);
  }
  return rel.split(/[\\/]+/).filter((s) => s && s !== ".").map((s) => encodeURIComponent(s)).join("/");
}
function level(score) {
  return score >= 7 ? "error" : score >= 4 ? "warning" : "note";
}
function ruleDescriptor(r, docs, docUrl) {
  const doc = docs.get(r.id);
  const help = `${r.description}

Category: ${r.category}; weight ${r.weight} (the most one finding of this rule adds to an artifact's 0-10 score).${doc ? `

${doc}` : ""}`;
  const d = {
    id: r.id,
    name: r.id.replace(/[.-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.description.split(/(?<=\.)\s/)[0] },
    fullDescription: { text: r.description },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: level(r.weight) },
    properties: {
      tags: ["security", "supply-chain", r.category],
      "security-severity": r.weight.toFixed(1),
      precision: r.weight >= 7 ? "high" : "medium",
      category: r.category,
      weight: r.weight
    }
  };
  if (docUrl) d.helpUri = `${docUrl}#${headingAnchor(r.id)}`;
  return d;
}
function fingerprint(...parts) {
  return createHash4("sha256").update(parts.map((p) => p ?? "").join("\0")).digest("hex").slice(0, 32);
}
function evidenceSummary(e) {
  const out = {};
  if (!e) return out;
  for (const [k, v] of Object.entries(e).slice(0, 12)) {
    let s;
    try {
      s = typeof v === "string" ? v : JSON.stringify(v) ?? "";
    } catch {
      s = String(v);
    }
    out[safeText(k, 40)] = safeText(s, 200);
  }
  return out;
}
function locationsOf(a, root2) {
  const req2 = a.requiredBy ?? [];
  if (!req2.length) {
    return { locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(a.path, root2) } }, message: { text: "the artifact (given directly, not through a requirements or lock file)" } }], related: [] };
  }
  const loc = (r, id) => {
    const l = {
      physicalLocation: { artifactLocation: { uri: sarifUri(r.file, root2) }, region: { startLine: Math.max(1, Math.floor(r.line) || 1) } },
      message: { text: safeText(r.requirement, 200) }
    };
    if (id !== void 0) l.id = id;
    return l;
  };
  return { locations: [loc(req2[0])], related: req2.slice(1, 20).map((r, i) => loc(r, i + 1)) };
}
function artifactName(a) {
  return a.package ? `${safeText(a.package, 80)} ${safeText(a.version ?? "?", 40)}` : safeText(a.file, 120);
}
function baseProperties(a, report2) {
  const p = {
    package: a.package === null ? null : safeText(a.package, 200),
    version: a.version === null ? null : safeText(a.version, 100),
    artifact: safeText(a.file, 200),
    artifactPath: safeText(a.path, 300),
    sha256: a.sha256,
    score: a.score,
    threshold: report2.threshold,
    flagged: a.flagged,
    status: a.status
  };
  const suppressed = a.findings.filter((f) => f.suppressed).length;
  if (suppressed) p.suppressedFindings = suppressed;
  return p;
}
function toSarif(report2, options = {}) {
  const registry = allRules();
  const docs = readDocs(options.rulesDocFile);
  const ruleList = [...registry.values(), SCAN_INCOMPLETE, POLICY_DENIED];
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  const results = [];
  const max = options.maxResults ?? MAX_RESULTS;
  let dropped = 0;
  const push = (r) => {
    if (results.length < max) results.push(r);
    else dropped++;
  };
  const ordered = [...report2.artifacts].sort((x, y) => Number(y.flagged) - Number(x.flagged) || y.score - x.score || x.file.localeCompare(y.file));
  for (const a of ordered) {
    const { locations, related } = locationsOf(a, options.root);
    const manifest = a.requiredBy?.[0]?.file ?? null;
    const name = artifactName(a);
    const common = (ruleId) => {
      const r = { ruleId, ruleIndex: ruleIndex.get(ruleId), locations, partialFingerprints: { "pypiStegoScan/v1": fingerprint(a.package ?? a.file, a.version, a.sha256, ruleId, manifest) } };
      if (related.length) r.relatedLocations = related;
      return r;
    };
    if (a.denied) {
      push({
        ...common(POLICY_DENIED.id),
        level: "error",
        message: { text: `${name} (${safeText(a.file, 120)}) is on the policy's denylist: ${safeText(a.denied, 300)}` },
        properties: { ...baseProperties(a, report2), reason: safeText(a.denied, 300) }
      });
    }
    if (a.status !== "scanned") {
      const reasons = a.reasons.slice(0, 5).map((x) => safeText(x, 300));
      push({
        ...common(SCAN_INCOMPLETE.id),
        level: report2.failOnIncomplete ? "error" : "warning",
        message: {
          text: `${name} (${safeText(a.file, 120)}) could not be fully scanned${a.status === "error" ? " (it could not be opened)" : ""}: ${reasons.join("; ")}${a.reasons.length > 5 ? `; and ${a.reasons.length - 5} more` : ""}`
        },
        properties: { ...baseProperties(a, report2), reasons }
      });
    }
    if (a.status === "error" || a.score < report2.threshold) continue;
    const byRule = /* @__PURE__ */ new Map();
    for (const f of a.findings) {
      if (f.suppressed || f.score <= 0) continue;
      const list2 = byRule.get(f.rule) ?? [];
      list2.push(f);
      byRule.set(f.rule, list2);
    }
    const rules = [...byRule.entries()].sort((x, y) => y[1][0].score - x[1][0].score || x[0].localeCompare(y[0]));
    for (const [ruleId, fs_] of rules) {
      if (!ruleIndex.has(ruleId)) continue;
      const top = fs_[0];
      const where = top.path ? `${safeText(a.file, 120)}!/${safeText(top.path, 200)}` : safeText(a.file, 120);
      const more = fs_.length > 1 ? ` (and ${fs_.length - 1} more finding(s) of this rule)` : "";
      const omitted = a.omittedFindings?.[ruleId];
      push({
        ...common(ruleId),
        level: level(top.score),
        message: {
          text: `${name}: ${safeText(top.message, 400)} \u2014 in ${where}${top.offset !== void 0 ? ` at offset ${top.offset}` : ""}${more}. Artifact score ${a.score} (threshold ${report2.threshold}).`
        },
        properties: {
          ...baseProperties(a, report2),
          innerPath: safeText(top.path, 300),
          findingScore: top.score,
          findings: fs_.slice(0, 10).map((f) => ({ path: safeText(f.path, 300), score: f.score, offset: f.offset ?? null })),
          ...omitted ? { omittedFindings: omitted } : {},
          evidence: evidenceSummary(top.evidence)
        }
      });
    }
  }
  const notifications = report2.errors.slice(0, 1e3).map((e) => ({
    level: "error",
    message: { text: `${safeText(e.target, 300)}: ${safeText(e.message, 500)}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(e.target, options.root) || "unknown" } } }]
  }));
  const driver = {
    name: TOOL_NAME,
    version: TOOL_VERSION,
    semanticVersion: TOOL_VERSION,
    rules: ruleList.map((r) => ruleDescriptor(r, docs, options.rulesDocUrl)),
    properties: { rulesVersion: RULES_VERSION }
  };
  if (options.rulesDocUrl) driver.informationUri = options.rulesDocUrl.replace(/\/blob\/[^/]+\/docs\/rules\.md$/, "");
  const runProps = { threshold: report2.threshold, failOnIncomplete: report2.failOnIncomplete, stats: report2.stats };
  if (dropped) runProps.resultsNotWritten = dropped;
  if (report2.policy) runProps.policy = { file: report2.policy.file, suppressedFindings: report2.policy.suppressedFindings, denied: report2.policy.denied, expiredSuppressions: report2.policy.expired.length };
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        invocations: [{ executionSuccessful: report2.errors.length === 0, toolExecutionNotifications: notifications }],
        results,
        columnKind: "utf16CodeUnits",
        properties: runProps
      }
    ]
  };
}
function renderSarif(report2, options = {}) {
  return JSON.stringify(toSarif(report2, options), null, 2) + "\n";
}

// src/merge.ts
import fs12 from "node:fs/promises";
var MAX_REPORT_BYTES = 256 * 1024 * 1024;
var MAX_REPORTS = 1024;
var MAX_TOTAL_REPORT_BYTES = 1024 * 1024 * 1024;
var MergeError = class extends Error {
};
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str2 = (v, at) => typeof v === "string" ? null : `${at}: expected a string`;
var num = (v, at) => typeof v === "number" && Number.isFinite(v) ? null : `${at}: expected a number`;
var int = (v, at) => Number.isSafeInteger(v) && v >= 0 ? null : `${at}: expected a whole number`;
var bool = (v, at) => typeof v === "boolean" ? null : `${at}: expected true or false`;
var nullable = (c) => (v, at) => v === null ? null : c(v, at);
var oneOf = (...values) => (v, at) => typeof v === "string" && values.includes(v) ? null : `${at}: expected one of ${values.join(", ")}`;
var arr2 = (c) => (v, at) => {
  if (!Array.isArray(v)) return `${at}: expected a list`;
  for (let i = 0; i < v.length; i++) {
    const e = c(v[i], `${at}[${i}]`);
    if (e) return e;
  }
  return null;
};
var rec = (c) => (v, at) => {
  if (!isObj2(v)) return `${at}: expected an object`;
  for (const [k, x] of Object.entries(v)) {
    const e = c(x, `${at}.${k}`);
    if (e) return e;
  }
  return null;
};
var obj = (fields) => (v, at) => {
  if (!isObj2(v)) return `${at}: expected an object`;
  for (const [k0, c] of Object.entries(fields)) {
    const optional = k0.endsWith("?");
    const k = optional ? k0.slice(0, -1) : k0;
    if (!(k in v) || v[k] === void 0) {
      if (optional) continue;
      return `${at}.${k}: missing`;
    }
    const e = c(v[k], `${at}.${k}`);
    if (e) return e;
  }
  return null;
};
var finding = obj({
  rule: str2,
  path: str2,
  score: num,
  message: str2,
  "offset?": num,
  "length?": num,
  "evidence?": rec(() => null),
  "suppressed?": bool,
  "suppression?": obj({ reason: str2, expires: nullable(str2), file: str2, line: num }),
  "originalScore?": num
});
var artifact = obj({
  file: str2,
  path: str2,
  sha256: str2,
  size: num,
  package: nullable(str2),
  version: nullable(str2),
  kind: str2,
  score: num,
  flagged: bool,
  status: oneOf("scanned", "incomplete", "error"),
  reasons: arr2(str2),
  findings: arr2(finding),
  "omittedFindings?": rec(num),
  "attachments?": arr2(obj({ path: str2, name: str2, mime: str2, caption: str2, "file?": str2 })),
  "requiredBy?": arr2(obj({ file: str2, line: num, requirement: str2 })),
  "fetchedVia?": oneOf("pip", "http", "local"),
  "denied?": str2,
  scoreBreakdown: obj({ worstFile: nullable(str2), worstFileScore: num, categories: rec(num), corroboration: num }),
  stats: obj({ files: num, bytes: num, seconds: num })
});
var policyReport = obj({
  file: str2,
  suppressedFindings: num,
  denied: num,
  weights: rec(num),
  expired: arr2(obj({ package: str2, rule: str2, reason: str2, expires: str2, file: str2, line: num })),
  unused: arr2(obj({ package: str2, rule: str2, reason: str2, file: str2, line: num }))
});
var report = obj({
  tool: obj({ name: str2, version: str2, "rulesVersion?": str2 }),
  "pip?": str2,
  threshold: num,
  failOnIncomplete: bool,
  artifacts: arr2(artifact),
  errors: arr2(obj({ target: str2, message: str2 })),
  stats: obj({ artifacts: num, files: num, bytes: num, seconds: num, flagged: num, incomplete: num, "fetchSeconds?": num, "scanSeconds?": num, "scanAfterFetchSeconds?": num, "threads?": int }),
  "notes?": arr2(obj({ file: str2, line: num, requirement: str2, message: str2 })),
  "policy?": policyReport,
  "shard?": obj({ index: int, count: int }),
  "merged?": obj({ reports: int, "shards?": int })
});
function parseReport(text, file) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new MergeError(`${file}: not a JSON file (${e.message.slice(0, 200)}): expected a JSON report of ${TOOL_NAME} (--format json, or report.json of the action)`);
  }
  if (isObj2(v) && ("runs" in v || "$schema" in v)) throw new MergeError(`${file}: a SARIF log, not a JSON report: give the JSON reports (--format json, or report.json of the action)`);
  const name = isObj2(v) && isObj2(v.tool) ? v.tool.name : void 0;
  if (name !== TOOL_NAME) {
    throw new MergeError(`${file}: not a JSON report of ${TOOL_NAME}${typeof name === "string" ? ` (made by ${JSON.stringify(name.slice(0, 80))})` : ""}: expected --format json output, or report.json of the action`);
  }
  const bad = report(v, "report");
  if (bad) throw new MergeError(`${file}: not a valid ${TOOL_NAME} JSON report: ${bad}`);
  const r = v;
  if (r.shard && (r.shard.count < 1 || r.shard.count > MAX_SHARDS || r.shard.index < 1 || r.shard.index > r.shard.count)) {
    throw new MergeError(`${file}: not a valid ${TOOL_NAME} JSON report: shard ${r.shard.index}/${r.shard.count} is out of range`);
  }
  return r;
}
async function reportSize(file) {
  let st;
  try {
    st = await fs12.stat(file);
  } catch {
    throw new MergeError(`${file}: no such file`);
  }
  if (!st.isFile()) throw new MergeError(`${file}: not a file`);
  if (st.size > MAX_REPORT_BYTES) throw new MergeError(`${file}: ${st.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a report`);
  return st.size;
}
async function readReport(file) {
  await reportSize(file);
  return parseReport(await fs12.readFile(file, "utf8"), file);
}
async function readReports(files) {
  if (!files.length) throw new MergeError("no report to merge");
  if (files.length > MAX_REPORTS) throw new MergeError(`${files.length} reports: at most ${MAX_REPORTS} are merged at once`);
  let total = 0;
  for (const file of files) total += await reportSize(file);
  if (total > MAX_TOTAL_REPORT_BYTES) throw new MergeError(`the reports add up to ${total} bytes, over the ${MAX_TOTAL_REPORT_BYTES}-byte limit of one merge`);
  const out = [];
  for (const file of files) out.push({ file, report: await readReport(file) });
  return out;
}
var MAX_LISTED = 8;
function list(items) {
  return items.slice(0, MAX_LISTED).join(", ") + (items.length > MAX_LISTED ? `, \u2026 (${items.length} in all)` : "");
}
function clearPolicy(a) {
  let changed = false;
  for (const f of a.findings) {
    if (f.originalScore !== void 0) {
      f.score = f.originalScore;
      delete f.originalScore;
      changed = true;
    }
    if (f.suppressed !== void 0 || f.suppression !== void 0) {
      delete f.suppressed;
      delete f.suppression;
      changed = true;
    }
  }
  delete a.denied;
  if (changed) {
    const { score, breakdown } = scoreArtifact(a.findings, allRules());
    a.score = score;
    a.scoreBreakdown = breakdown;
    a.findings.sort(byScore);
  }
}
var policyIdentity = (p) => p ? JSON.stringify([p.file, Object.entries(p.weights).sort()]) : "none";
function combinePolicies(ps) {
  const key = (s) => JSON.stringify([s.package, s.rule, s.file, s.line]);
  const expired = /* @__PURE__ */ new Map();
  for (const p of ps) for (const s of p.expired) if (!expired.has(key(s))) expired.set(key(s), s);
  const unusedIn = /* @__PURE__ */ new Map();
  for (const p of ps) {
    const seen = /* @__PURE__ */ new Set();
    for (const s of p.unused) {
      const k = key(s);
      if (seen.has(k)) continue;
      seen.add(k);
      const u = unusedIn.get(k);
      if (u) u.n++;
      else unusedIn.set(k, { entry: s, n: 1 });
    }
  }
  return {
    file: ps[0].file,
    suppressedFindings: ps.reduce((s, p) => s + p.suppressedFindings, 0),
    denied: ps.reduce((s, p) => s + p.denied, 0),
    weights: ps[0].weights,
    expired: [...expired.values()],
    unused: [...unusedIn.values()].filter((u) => u.n === ps.length).map((u) => u.entry)
  };
}
function mergeReports(inputs, options = {}) {
  if (!inputs.length) throw new MergeError("no report to merge");
  const warnings = [];
  const first = inputs[0].report;
  const describe = (r) => `${r.tool.version}${r.tool.rulesVersion ? ` (rules ${r.tool.rulesVersion})` : ""}`;
  const versions = new Set(inputs.map((x) => describe(x.report)));
  if (versions.size > 1) throw new MergeError(`the reports come from different versions of ${TOOL_NAME} or its rules, so their scores do not compare: ${list(inputs.map((x) => `${x.file}: ${describe(x.report)}`))}`);
  if (first.tool.version !== TOOL_VERSION || first.tool.rulesVersion && first.tool.rulesVersion !== RULES_VERSION) {
    warnings.push(`the reports were made by ${TOOL_NAME} ${describe(first)}, this is ${TOOL_VERSION} (rules ${RULES_VERSION}): rule descriptions in the outputs are this version's`);
  }
  const thresholds = new Set(inputs.map((x) => x.report.threshold));
  if (thresholds.size > 1) throw new MergeError(`the reports were made with different thresholds: ${list(inputs.map((x) => `${x.file}: ${x.report.threshold}`))}`);
  if (options.threshold !== void 0 && options.threshold !== first.threshold) {
    throw new MergeError(`the reports were made with threshold ${first.threshold}, not ${options.threshold} (the threshold given or the policy's): scan again with the same threshold`);
  }
  const sharded = inputs.filter((x) => x.report.shard);
  let shardCount;
  if (sharded.length) {
    const plain = inputs.filter((x) => !x.report.shard);
    if (plain.length) throw new MergeError(`shard reports and unsharded reports cannot be merged together: ${list(plain.map((x) => x.file))} ${plain.length === 1 ? "is" : "are"} not a shard report`);
    const counts = new Set(sharded.map((x) => x.report.shard.count));
    if (counts.size > 1) throw new MergeError(`the shard reports come from runs split differently: ${list(sharded.map((x) => `${x.file}: shard ${x.report.shard.index}/${x.report.shard.count}`))}`);
    shardCount = first.shard.count;
    const byIndex = /* @__PURE__ */ new Map();
    for (const x of sharded) byIndex.set(x.report.shard.index, [...byIndex.get(x.report.shard.index) ?? [], x.file]);
    const twice = [...byIndex].filter(([, files]) => files.length > 1).sort((a, b) => a[0] - b[0]);
    if (twice.length) throw new MergeError(`shard ${twice.map(([i, files]) => `${i}/${shardCount} is given ${files.length} times (${list(files)})`).join("; shard ")}: each shard must be merged exactly once`);
    const missing = [];
    for (let i = 1; i <= shardCount; i++) if (!byIndex.has(i)) missing.push(i);
    if (missing.length) {
      throw new MergeError(`missing shard report(s): ${list(missing.map((i) => `${i}/${shardCount}`))} \u2014 the packages of a missing shard were not checked (did its job fail before uploading its report?)`);
    }
  }
  const reports = inputs.map((x) => x.report);
  if (!options.policy) {
    const ids = new Set(reports.map((r) => policyIdentity(r.policy)));
    if (ids.size > 1) throw new MergeError(`the reports were made with different policies: ${list(inputs.map((x) => `${x.file}: ${x.report.policy ? x.report.policy.file : "no policy"}`))} \u2014 merge with --config (action: config) to apply one policy to all`);
  }
  const artifacts = reports.flatMap((r) => r.artifacts);
  artifacts.sort((a, b) => a.file.localeCompare(b.file) || a.path.localeCompare(b.path) || a.sha256.localeCompare(b.sha256));
  const errors = [];
  const seenErrors = /* @__PURE__ */ new Set();
  for (const e of reports.flatMap((r) => r.errors)) {
    const k = JSON.stringify([e.target, e.message]);
    if (seenErrors.has(k)) continue;
    seenErrors.add(k);
    errors.push(e);
  }
  const notes = [];
  const seenNotes = /* @__PURE__ */ new Set();
  for (const n of reports.flatMap((r) => r.notes ?? [])) {
    const k = JSON.stringify([n.file, n.line, n.requirement, n.message]);
    if (seenNotes.has(k)) continue;
    seenNotes.add(k);
    notes.push(n);
  }
  const round = (s) => Math.round(s * 1e3) / 1e3;
  const added = (k) => {
    const xs = reports.map((r) => r.stats[k]).filter((x) => x !== void 0);
    return xs.length ? round(xs.reduce((s, x) => s + x, 0)) : void 0;
  };
  const pips = [...new Set(reports.map((r) => r.pip).filter((p) => !!p))];
  const merged = {
    tool: { ...first.tool },
    threshold: first.threshold,
    failOnIncomplete: options.failOnIncomplete ?? reports.some((r) => r.failOnIncomplete),
    artifacts,
    errors,
    stats: {
      artifacts: artifacts.length,
      files: artifacts.reduce((s, a) => s + a.stats.files, 0),
      bytes: artifacts.reduce((s, a) => s + a.stats.bytes, 0),
      // Runner time: the shards' times added (the wall time of a matrix run is about the longest shard's).
      seconds: round(reports.reduce((s, r) => s + r.stats.seconds, 0)),
      flagged: 0,
      incomplete: 0
    }
  };
  if (pips.length) merged.pip = pips.join("; ");
  for (const k of ["fetchSeconds", "scanSeconds", "scanAfterFetchSeconds", "threads"]) {
    const v = added(k);
    if (v !== void 0) merged.stats[k] = v;
  }
  if (notes.length) merged.notes = notes;
  merged.merged = { reports: inputs.length, ...shardCount !== void 0 ? { shards: shardCount } : {} };
  if (options.policy) {
    for (const a of artifacts) clearPolicy(a);
    applyPolicy(merged, options.policy);
  } else {
    const ps = reports.map((r) => r.policy).filter((p) => !!p);
    if (ps.length) merged.policy = combinePolicies(ps);
    refreshVerdicts(merged);
  }
  return { report: merged, warnings };
}

export {
  DEFAULT_LIMITS,
  DEFAULT_THRESHOLD,
  defaultOptions,
  lockKind,
  parseLockfile,
  readRequirementsFile,
  MANIFEST_RE,
  readManifest,
  TOOL_NAME,
  TOOL_VERSION,
  RULES_VERSION,
  ShardError,
  parseShard,
  DEFAULT_TIMEOUT_BASE_SECONDS,
  DEFAULT_WORKER_HEAP_MB,
  MAX_JOBS,
  isJobCount,
  workerFileNear,
  defaultJobs,
  openRunTemp,
  closeRunTemp,
  withRunTemp,
  makeTempDir,
  installSignalCleanup,
  runScan,
  exitCode,
  safeText,
  renderSummary,
  FORMATS,
  render,
  PolicyError,
  loadPolicy,
  applyPolicy,
  buildBaseline,
  resolveThreshold,
  renderSarif,
  MergeError,
  readReports,
  mergeReports
};
