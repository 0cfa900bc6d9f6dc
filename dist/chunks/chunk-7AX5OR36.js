import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b2) => (typeof require !== "undefined" ? require : a)[b2]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ieee754/index.js
var require_ieee754 = __commonJS({
  "node_modules/ieee754/index.js"(exports) {
    exports.read = function(buffer2, offset, isLE, mLen, nBytes) {
      var e, m2;
      var eLen = nBytes * 8 - mLen - 1;
      var eMax = (1 << eLen) - 1;
      var eBias = eMax >> 1;
      var nBits = -7;
      var i = isLE ? nBytes - 1 : 0;
      var d = isLE ? -1 : 1;
      var s3 = buffer2[offset + i];
      i += d;
      e = s3 & (1 << -nBits) - 1;
      s3 >>= -nBits;
      nBits += eLen;
      for (; nBits > 0; e = e * 256 + buffer2[offset + i], i += d, nBits -= 8) {
      }
      m2 = e & (1 << -nBits) - 1;
      e >>= -nBits;
      nBits += mLen;
      for (; nBits > 0; m2 = m2 * 256 + buffer2[offset + i], i += d, nBits -= 8) {
      }
      if (e === 0) {
        e = 1 - eBias;
      } else if (e === eMax) {
        return m2 ? NaN : (s3 ? -1 : 1) * Infinity;
      } else {
        m2 = m2 + Math.pow(2, mLen);
        e = e - eBias;
      }
      return (s3 ? -1 : 1) * m2 * Math.pow(2, e - mLen);
    };
    exports.write = function(buffer2, value, offset, isLE, mLen, nBytes) {
      var e, m2, c;
      var eLen = nBytes * 8 - mLen - 1;
      var eMax = (1 << eLen) - 1;
      var eBias = eMax >> 1;
      var rt2 = mLen === 23 ? Math.pow(2, -24) - Math.pow(2, -77) : 0;
      var i = isLE ? 0 : nBytes - 1;
      var d = isLE ? 1 : -1;
      var s3 = value < 0 || value === 0 && 1 / value < 0 ? 1 : 0;
      value = Math.abs(value);
      if (isNaN(value) || value === Infinity) {
        m2 = isNaN(value) ? 1 : 0;
        e = eMax;
      } else {
        e = Math.floor(Math.log(value) / Math.LN2);
        if (value * (c = Math.pow(2, -e)) < 1) {
          e--;
          c *= 2;
        }
        if (e + eBias >= 1) {
          value += rt2 / c;
        } else {
          value += rt2 * Math.pow(2, 1 - eBias);
        }
        if (value * c >= 2) {
          e++;
          c /= 2;
        }
        if (e + eBias >= eMax) {
          m2 = 0;
          e = eMax;
        } else if (e + eBias >= 1) {
          m2 = (value * c - 1) * Math.pow(2, mLen);
          e = e + eBias;
        } else {
          m2 = value * Math.pow(2, eBias - 1) * Math.pow(2, mLen);
          e = 0;
        }
      }
      for (; mLen >= 8; buffer2[offset + i] = m2 & 255, i += d, m2 /= 256, mLen -= 8) {
      }
      e = e << mLen | m2;
      eLen += mLen;
      for (; eLen > 0; buffer2[offset + i] = e & 255, i += d, e /= 256, eLen -= 8) {
      }
      buffer2[offset + i - d] |= s3 * 128;
    };
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s3 = 1e3;
    var m2 = s3 * 60;
    var h = m2 * 60;
    var d = h * 24;
    var w2 = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s3;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d) {
        return Math.round(ms2 / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms2 / h) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s3) {
        return Math.round(ms2 / s3) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d) {
        return plural(ms2, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms2, msAbs, h, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s3) {
        return plural(ms2, msAbs, s3, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug2(...args) {
          if (!debug2.enabled) {
            return;
          }
          const self = debug2;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug2.namespace = namespace;
        debug2.useColors = createDebug.useColors();
        debug2.color = createDebug.selectColor(namespace);
        debug2.extend = extend;
        debug2.destroy = createDebug.destroy;
        Object.defineProperty(debug2, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug2);
        }
        return debug2;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os2 = __require("os");
    var tty = __require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os2.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream) {
      const level = supportsColor(stream, stream && stream.isTTY);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_2, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug2) {
      debug2.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug2.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/seek-bzip/lib/bitreader.js
var require_bitreader = __commonJS({
  "node_modules/seek-bzip/lib/bitreader.js"(exports, module) {
    var BITMASK = [0, 1, 3, 7, 15, 31, 63, 127, 255];
    var BitReader = function(stream) {
      this.stream = stream;
      this.bitOffset = 0;
      this.curByte = 0;
      this.hasByte = false;
    };
    BitReader.prototype._ensureByte = function() {
      if (!this.hasByte) {
        this.curByte = this.stream.readByte();
        this.hasByte = true;
      }
    };
    BitReader.prototype.read = function(bits) {
      var result = 0;
      while (bits > 0) {
        this._ensureByte();
        var remaining = 8 - this.bitOffset;
        if (bits >= remaining) {
          result <<= remaining;
          result |= BITMASK[remaining] & this.curByte;
          this.hasByte = false;
          this.bitOffset = 0;
          bits -= remaining;
        } else {
          result <<= bits;
          var shift = remaining - bits;
          result |= (this.curByte & BITMASK[bits] << shift) >> shift;
          this.bitOffset += bits;
          bits = 0;
        }
      }
      return result;
    };
    BitReader.prototype.seek = function(pos) {
      var n_bit = pos % 8;
      var n_byte = (pos - n_bit) / 8;
      this.bitOffset = n_bit;
      this.stream.seek(n_byte);
      this.hasByte = false;
    };
    BitReader.prototype.pi = function() {
      var buf = new Buffer(6), i;
      for (i = 0; i < buf.length; i++) {
        buf[i] = this.read(8);
      }
      return buf.toString("hex");
    };
    module.exports = BitReader;
  }
});

// node_modules/seek-bzip/lib/stream.js
var require_stream = __commonJS({
  "node_modules/seek-bzip/lib/stream.js"(exports, module) {
    var Stream = function() {
    };
    Stream.prototype.readByte = function() {
      throw new Error("abstract method readByte() not implemented");
    };
    Stream.prototype.read = function(buffer2, bufOffset, length) {
      var bytesRead = 0;
      while (bytesRead < length) {
        var c = this.readByte();
        if (c < 0) {
          return bytesRead === 0 ? -1 : bytesRead;
        }
        buffer2[bufOffset++] = c;
        bytesRead++;
      }
      return bytesRead;
    };
    Stream.prototype.seek = function(new_pos) {
      throw new Error("abstract method seek() not implemented");
    };
    Stream.prototype.writeByte = function(_byte) {
      throw new Error("abstract method readByte() not implemented");
    };
    Stream.prototype.write = function(buffer2, bufOffset, length) {
      var i;
      for (i = 0; i < length; i++) {
        this.writeByte(buffer2[bufOffset++]);
      }
      return length;
    };
    Stream.prototype.flush = function() {
    };
    module.exports = Stream;
  }
});

// node_modules/seek-bzip/lib/crc32.js
var require_crc32 = __commonJS({
  "node_modules/seek-bzip/lib/crc32.js"(exports, module) {
    module.exports = (function() {
      var crc32Lookup = new Uint32Array([
        0,
        79764919,
        159529838,
        222504665,
        319059676,
        398814059,
        445009330,
        507990021,
        638119352,
        583659535,
        797628118,
        726387553,
        890018660,
        835552979,
        1015980042,
        944750013,
        1276238704,
        1221641927,
        1167319070,
        1095957929,
        1595256236,
        1540665371,
        1452775106,
        1381403509,
        1780037320,
        1859660671,
        1671105958,
        1733955601,
        2031960084,
        2111593891,
        1889500026,
        1952343757,
        2552477408,
        2632100695,
        2443283854,
        2506133561,
        2334638140,
        2414271883,
        2191915858,
        2254759653,
        3190512472,
        3135915759,
        3081330742,
        3009969537,
        2905550212,
        2850959411,
        2762807018,
        2691435357,
        3560074640,
        3505614887,
        3719321342,
        3648080713,
        3342211916,
        3287746299,
        3467911202,
        3396681109,
        4063920168,
        4143685023,
        4223187782,
        4286162673,
        3779000052,
        3858754371,
        3904687514,
        3967668269,
        881225847,
        809987520,
        1023691545,
        969234094,
        662832811,
        591600412,
        771767749,
        717299826,
        311336399,
        374308984,
        453813921,
        533576470,
        25881363,
        88864420,
        134795389,
        214552010,
        2023205639,
        2086057648,
        1897238633,
        1976864222,
        1804852699,
        1867694188,
        1645340341,
        1724971778,
        1587496639,
        1516133128,
        1461550545,
        1406951526,
        1302016099,
        1230646740,
        1142491917,
        1087903418,
        2896545431,
        2825181984,
        2770861561,
        2716262478,
        3215044683,
        3143675388,
        3055782693,
        3001194130,
        2326604591,
        2389456536,
        2200899649,
        2280525302,
        2578013683,
        2640855108,
        2418763421,
        2498394922,
        3769900519,
        3832873040,
        3912640137,
        3992402750,
        4088425275,
        4151408268,
        4197601365,
        4277358050,
        3334271071,
        3263032808,
        3476998961,
        3422541446,
        3585640067,
        3514407732,
        3694837229,
        3640369242,
        1762451694,
        1842216281,
        1619975040,
        1682949687,
        2047383090,
        2127137669,
        1938468188,
        2001449195,
        1325665622,
        1271206113,
        1183200824,
        1111960463,
        1543535498,
        1489069629,
        1434599652,
        1363369299,
        622672798,
        568075817,
        748617968,
        677256519,
        907627842,
        853037301,
        1067152940,
        995781531,
        51762726,
        131386257,
        177728840,
        240578815,
        269590778,
        349224269,
        429104020,
        491947555,
        4046411278,
        4126034873,
        4172115296,
        4234965207,
        3794477266,
        3874110821,
        3953728444,
        4016571915,
        3609705398,
        3555108353,
        3735388376,
        3664026991,
        3290680682,
        3236090077,
        3449943556,
        3378572211,
        3174993278,
        3120533705,
        3032266256,
        2961025959,
        2923101090,
        2868635157,
        2813903052,
        2742672763,
        2604032198,
        2683796849,
        2461293480,
        2524268063,
        2284983834,
        2364738477,
        2175806836,
        2238787779,
        1569362073,
        1498123566,
        1409854455,
        1355396672,
        1317987909,
        1246755826,
        1192025387,
        1137557660,
        2072149281,
        2135122070,
        1912620623,
        1992383480,
        1753615357,
        1816598090,
        1627664531,
        1707420964,
        295390185,
        358241886,
        404320391,
        483945776,
        43990325,
        106832002,
        186451547,
        266083308,
        932423249,
        861060070,
        1041341759,
        986742920,
        613929101,
        542559546,
        756411363,
        701822548,
        3316196985,
        3244833742,
        3425377559,
        3370778784,
        3601682597,
        3530312978,
        3744426955,
        3689838204,
        3819031489,
        3881883254,
        3928223919,
        4007849240,
        4037393693,
        4100235434,
        4180117107,
        4259748804,
        2310601993,
        2373574846,
        2151335527,
        2231098320,
        2596047829,
        2659030626,
        2470359227,
        2550115596,
        2947551409,
        2876312838,
        2788305887,
        2733848168,
        3165939309,
        3094707162,
        3040238851,
        2985771188
      ]);
      var CRC32 = function() {
        var crc = 4294967295;
        this.getCRC = function() {
          return ~crc >>> 0;
        };
        this.updateCRC = function(value) {
          crc = crc << 8 ^ crc32Lookup[(crc >>> 24 ^ value) & 255];
        };
        this.updateCRCRun = function(value, count) {
          while (count-- > 0) {
            crc = crc << 8 ^ crc32Lookup[(crc >>> 24 ^ value) & 255];
          }
        };
      };
      return CRC32;
    })();
  }
});

// node_modules/seek-bzip/package.json
var require_package = __commonJS({
  "node_modules/seek-bzip/package.json"(exports, module) {
    module.exports = {
      name: "seek-bzip",
      version: "2.0.0",
      contributors: [
        "C. Scott Ananian (http://cscott.net)",
        "Eli Skeggs",
        "Kevin Kwok",
        "Rob Landley (http://landley.net)"
      ],
      description: "a pure-JavaScript Node.JS module for random-access decoding bzip2 data",
      main: "./lib/index.js",
      repository: {
        type: "git",
        url: "https://github.com/cscott/seek-bzip.git"
      },
      license: "MIT",
      bin: {
        "seek-bunzip": "./bin/seek-bunzip",
        "seek-table": "./bin/seek-bzip-table"
      },
      directories: {
        test: "test"
      },
      dependencies: {
        commander: "^6.0.0"
      },
      devDependencies: {
        fibers: "^5.0.0",
        mocha: "^8.1.0"
      },
      scripts: {
        test: "mocha"
      }
    };
  }
});

// node_modules/seek-bzip/lib/index.js
var require_lib = __commonJS({
  "node_modules/seek-bzip/lib/index.js"(exports, module) {
    var BitReader = require_bitreader();
    var Stream = require_stream();
    var CRC32 = require_crc32();
    var pjson = require_package();
    var MAX_HUFCODE_BITS = 20;
    var MAX_SYMBOLS = 258;
    var SYMBOL_RUNA = 0;
    var SYMBOL_RUNB = 1;
    var MIN_GROUPS = 2;
    var MAX_GROUPS = 6;
    var GROUP_SIZE = 50;
    var WHOLEPI = "314159265359";
    var SQRTPI = "177245385090";
    var mtf = function(array, index) {
      var src = array[index], i;
      for (i = index; i > 0; i--) {
        array[i] = array[i - 1];
      }
      array[0] = src;
      return src;
    };
    var Err = {
      OK: 0,
      LAST_BLOCK: -1,
      NOT_BZIP_DATA: -2,
      UNEXPECTED_INPUT_EOF: -3,
      UNEXPECTED_OUTPUT_EOF: -4,
      DATA_ERROR: -5,
      OUT_OF_MEMORY: -6,
      OBSOLETE_INPUT: -7,
      END_OF_BLOCK: -8
    };
    var ErrorMessages = {};
    ErrorMessages[Err.LAST_BLOCK] = "Bad file checksum";
    ErrorMessages[Err.NOT_BZIP_DATA] = "Not bzip data";
    ErrorMessages[Err.UNEXPECTED_INPUT_EOF] = "Unexpected input EOF";
    ErrorMessages[Err.UNEXPECTED_OUTPUT_EOF] = "Unexpected output EOF";
    ErrorMessages[Err.DATA_ERROR] = "Data error";
    ErrorMessages[Err.OUT_OF_MEMORY] = "Out of memory";
    ErrorMessages[Err.OBSOLETE_INPUT] = "Obsolete (pre 0.9.5) bzip format not supported.";
    var _throw = function(status, optDetail) {
      var msg = ErrorMessages[status] || "unknown error";
      if (optDetail) {
        msg += ": " + optDetail;
      }
      var e = new TypeError(msg);
      e.errorCode = status;
      throw e;
    };
    var Bunzip2 = function(inputStream, outputStream) {
      this.writePos = this.writeCurrent = this.writeCount = 0;
      this._start_bunzip(inputStream, outputStream);
    };
    Bunzip2.prototype._init_block = function() {
      var moreBlocks = this._get_next_block();
      if (!moreBlocks) {
        this.writeCount = -1;
        return false;
      }
      this.blockCRC = new CRC32();
      return true;
    };
    Bunzip2.prototype._start_bunzip = function(inputStream, outputStream) {
      var buf = new Buffer(4);
      if (inputStream.read(buf, 0, 4) !== 4 || String.fromCharCode(buf[0], buf[1], buf[2]) !== "BZh")
        _throw(Err.NOT_BZIP_DATA, "bad magic");
      var level = buf[3] - 48;
      if (level < 1 || level > 9)
        _throw(Err.NOT_BZIP_DATA, "level out of range");
      this.reader = new BitReader(inputStream);
      this.dbufSize = 1e5 * level;
      this.nextoutput = 0;
      this.outputStream = outputStream;
      this.streamCRC = 0;
    };
    Bunzip2.prototype._get_next_block = function() {
      var i, j2, k2;
      var reader = this.reader;
      var h = reader.pi();
      if (h === SQRTPI) {
        return false;
      }
      if (h !== WHOLEPI)
        _throw(Err.NOT_BZIP_DATA);
      this.targetBlockCRC = reader.read(32) >>> 0;
      this.streamCRC = (this.targetBlockCRC ^ (this.streamCRC << 1 | this.streamCRC >>> 31)) >>> 0;
      if (reader.read(1))
        _throw(Err.OBSOLETE_INPUT);
      var origPointer = reader.read(24);
      if (origPointer > this.dbufSize)
        _throw(Err.DATA_ERROR, "initial position out of bounds");
      var t2 = reader.read(16);
      var symToByte = new Buffer(256), symTotal = 0;
      for (i = 0; i < 16; i++) {
        if (t2 & 1 << 15 - i) {
          var o = i * 16;
          k2 = reader.read(16);
          for (j2 = 0; j2 < 16; j2++)
            if (k2 & 1 << 15 - j2)
              symToByte[symTotal++] = o + j2;
        }
      }
      var groupCount = reader.read(3);
      if (groupCount < MIN_GROUPS || groupCount > MAX_GROUPS)
        _throw(Err.DATA_ERROR);
      var nSelectors = reader.read(15);
      if (nSelectors === 0)
        _throw(Err.DATA_ERROR);
      var mtfSymbol = new Buffer(256);
      for (i = 0; i < groupCount; i++)
        mtfSymbol[i] = i;
      var selectors = new Buffer(nSelectors);
      for (i = 0; i < nSelectors; i++) {
        for (j2 = 0; reader.read(1); j2++)
          if (j2 >= groupCount) _throw(Err.DATA_ERROR);
        selectors[i] = mtf(mtfSymbol, j2);
      }
      var symCount = symTotal + 2;
      var groups = [], hufGroup;
      for (j2 = 0; j2 < groupCount; j2++) {
        var length = new Buffer(symCount), temp = new Uint16Array(MAX_HUFCODE_BITS + 1);
        t2 = reader.read(5);
        for (i = 0; i < symCount; i++) {
          for (; ; ) {
            if (t2 < 1 || t2 > MAX_HUFCODE_BITS) _throw(Err.DATA_ERROR);
            if (!reader.read(1))
              break;
            if (!reader.read(1))
              t2++;
            else
              t2--;
          }
          length[i] = t2;
        }
        var minLen, maxLen;
        minLen = maxLen = length[0];
        for (i = 1; i < symCount; i++) {
          if (length[i] > maxLen)
            maxLen = length[i];
          else if (length[i] < minLen)
            minLen = length[i];
        }
        hufGroup = {};
        groups.push(hufGroup);
        hufGroup.permute = new Uint16Array(MAX_SYMBOLS);
        hufGroup.limit = new Uint32Array(MAX_HUFCODE_BITS + 2);
        hufGroup.base = new Uint32Array(MAX_HUFCODE_BITS + 1);
        hufGroup.minLen = minLen;
        hufGroup.maxLen = maxLen;
        var pp = 0;
        for (i = minLen; i <= maxLen; i++) {
          temp[i] = hufGroup.limit[i] = 0;
          for (t2 = 0; t2 < symCount; t2++)
            if (length[t2] === i)
              hufGroup.permute[pp++] = t2;
        }
        for (i = 0; i < symCount; i++)
          temp[length[i]]++;
        pp = t2 = 0;
        for (i = minLen; i < maxLen; i++) {
          pp += temp[i];
          hufGroup.limit[i] = pp - 1;
          pp <<= 1;
          t2 += temp[i];
          hufGroup.base[i + 1] = pp - t2;
        }
        hufGroup.limit[maxLen + 1] = Number.MAX_VALUE;
        hufGroup.limit[maxLen] = pp + temp[maxLen] - 1;
        hufGroup.base[minLen] = 0;
      }
      var byteCount = new Uint32Array(256);
      for (i = 0; i < 256; i++)
        mtfSymbol[i] = i;
      var runPos = 0, dbufCount = 0, selector = 0, uc;
      var dbuf = this.dbuf = new Uint32Array(this.dbufSize);
      symCount = 0;
      for (; ; ) {
        if (!symCount--) {
          symCount = GROUP_SIZE - 1;
          if (selector >= nSelectors) {
            _throw(Err.DATA_ERROR);
          }
          hufGroup = groups[selectors[selector++]];
        }
        i = hufGroup.minLen;
        j2 = reader.read(i);
        for (; ; i++) {
          if (i > hufGroup.maxLen) {
            _throw(Err.DATA_ERROR);
          }
          if (j2 <= hufGroup.limit[i])
            break;
          j2 = j2 << 1 | reader.read(1);
        }
        j2 -= hufGroup.base[i];
        if (j2 < 0 || j2 >= MAX_SYMBOLS) {
          _throw(Err.DATA_ERROR);
        }
        var nextSym = hufGroup.permute[j2];
        if (nextSym === SYMBOL_RUNA || nextSym === SYMBOL_RUNB) {
          if (!runPos) {
            runPos = 1;
            t2 = 0;
          }
          if (nextSym === SYMBOL_RUNA)
            t2 += runPos;
          else
            t2 += 2 * runPos;
          runPos <<= 1;
          continue;
        }
        if (runPos) {
          runPos = 0;
          if (dbufCount + t2 > this.dbufSize) {
            _throw(Err.DATA_ERROR);
          }
          uc = symToByte[mtfSymbol[0]];
          byteCount[uc] += t2;
          while (t2--)
            dbuf[dbufCount++] = uc;
        }
        if (nextSym > symTotal)
          break;
        if (dbufCount >= this.dbufSize) {
          _throw(Err.DATA_ERROR);
        }
        i = nextSym - 1;
        uc = mtf(mtfSymbol, i);
        uc = symToByte[uc];
        byteCount[uc]++;
        dbuf[dbufCount++] = uc;
      }
      if (origPointer < 0 || origPointer >= dbufCount) {
        _throw(Err.DATA_ERROR);
      }
      j2 = 0;
      for (i = 0; i < 256; i++) {
        k2 = j2 + byteCount[i];
        byteCount[i] = j2;
        j2 = k2;
      }
      for (i = 0; i < dbufCount; i++) {
        uc = dbuf[i] & 255;
        dbuf[byteCount[uc]] |= i << 8;
        byteCount[uc]++;
      }
      var pos = 0, current = 0, run = 0;
      if (dbufCount) {
        pos = dbuf[origPointer];
        current = pos & 255;
        pos >>= 8;
        run = -1;
      }
      this.writePos = pos;
      this.writeCurrent = current;
      this.writeCount = dbufCount;
      this.writeRun = run;
      return true;
    };
    Bunzip2.prototype._read_bunzip = function(outputBuffer, len) {
      var copies, previous, outbyte;
      if (this.writeCount < 0) {
        return 0;
      }
      var gotcount = 0;
      var dbuf = this.dbuf, pos = this.writePos, current = this.writeCurrent;
      var dbufCount = this.writeCount, outputsize = this.outputsize;
      var run = this.writeRun;
      while (dbufCount) {
        dbufCount--;
        previous = current;
        pos = dbuf[pos];
        current = pos & 255;
        pos >>= 8;
        if (run++ === 3) {
          copies = current;
          outbyte = previous;
          current = -1;
        } else {
          copies = 1;
          outbyte = current;
        }
        this.blockCRC.updateCRCRun(outbyte, copies);
        while (copies--) {
          this.outputStream.writeByte(outbyte);
          this.nextoutput++;
        }
        if (current != previous)
          run = 0;
      }
      this.writeCount = dbufCount;
      if (this.blockCRC.getCRC() !== this.targetBlockCRC) {
        _throw(Err.DATA_ERROR, "Bad block CRC (got " + this.blockCRC.getCRC().toString(16) + " expected " + this.targetBlockCRC.toString(16) + ")");
      }
      return this.nextoutput;
    };
    var coerceInputStream = function(input) {
      if ("readByte" in input) {
        return input;
      }
      var inputStream = new Stream();
      inputStream.pos = 0;
      inputStream.readByte = function() {
        return input[this.pos++];
      };
      inputStream.seek = function(pos) {
        this.pos = pos;
      };
      inputStream.eof = function() {
        return this.pos >= input.length;
      };
      return inputStream;
    };
    var coerceOutputStream = function(output) {
      var outputStream = new Stream();
      var resizeOk = true;
      if (output) {
        if (typeof output === "number") {
          outputStream.buffer = new Buffer(output);
          resizeOk = false;
        } else if ("writeByte" in output) {
          return output;
        } else {
          outputStream.buffer = output;
          resizeOk = false;
        }
      } else {
        outputStream.buffer = new Buffer(16384);
      }
      outputStream.pos = 0;
      outputStream.writeByte = function(_byte) {
        if (resizeOk && this.pos >= this.buffer.length) {
          var newBuffer = new Buffer(this.buffer.length * 2);
          this.buffer.copy(newBuffer);
          this.buffer = newBuffer;
        }
        this.buffer[this.pos++] = _byte;
      };
      outputStream.getBuffer = function() {
        if (this.pos !== this.buffer.length) {
          if (!resizeOk)
            throw new TypeError("outputsize does not match decoded input");
          var newBuffer = new Buffer(this.pos);
          this.buffer.copy(newBuffer, 0, 0, this.pos);
          this.buffer = newBuffer;
        }
        return this.buffer;
      };
      outputStream._coerced = true;
      return outputStream;
    };
    Bunzip2.Err = Err;
    Bunzip2.decode = function(input, output, multistream) {
      var inputStream = coerceInputStream(input);
      var outputStream = coerceOutputStream(output);
      var bz = new Bunzip2(inputStream, outputStream);
      while (true) {
        if ("eof" in inputStream && inputStream.eof()) break;
        if (bz._init_block()) {
          bz._read_bunzip();
        } else {
          var targetStreamCRC = bz.reader.read(32) >>> 0;
          if (targetStreamCRC !== bz.streamCRC) {
            _throw(Err.DATA_ERROR, "Bad stream CRC (got " + bz.streamCRC.toString(16) + " expected " + targetStreamCRC.toString(16) + ")");
          }
          if (multistream && "eof" in inputStream && !inputStream.eof()) {
            bz._start_bunzip(inputStream, outputStream);
          } else break;
        }
      }
      if ("getBuffer" in outputStream)
        return outputStream.getBuffer();
    };
    Bunzip2.decodeBlock = function(input, pos, output) {
      var inputStream = coerceInputStream(input);
      var outputStream = coerceOutputStream(output);
      var bz = new Bunzip2(inputStream, outputStream);
      bz.reader.seek(pos);
      var moreBlocks = bz._get_next_block();
      if (moreBlocks) {
        bz.blockCRC = new CRC32();
        bz.writeCopies = 0;
        bz._read_bunzip();
      }
      if ("getBuffer" in outputStream)
        return outputStream.getBuffer();
    };
    Bunzip2.table = function(input, callback, multistream) {
      var inputStream = new Stream();
      inputStream.delegate = coerceInputStream(input);
      inputStream.pos = 0;
      inputStream.readByte = function() {
        this.pos++;
        return this.delegate.readByte();
      };
      if (inputStream.delegate.eof) {
        inputStream.eof = inputStream.delegate.eof.bind(inputStream.delegate);
      }
      var outputStream = new Stream();
      outputStream.pos = 0;
      outputStream.writeByte = function() {
        this.pos++;
      };
      var bz = new Bunzip2(inputStream, outputStream);
      var blockSize = bz.dbufSize;
      while (true) {
        if ("eof" in inputStream && inputStream.eof()) break;
        var position = inputStream.pos * 8 + bz.reader.bitOffset;
        if (bz.reader.hasByte) {
          position -= 8;
        }
        if (bz._init_block()) {
          var start = outputStream.pos;
          bz._read_bunzip();
          callback(position, outputStream.pos - start);
        } else {
          var crc = bz.reader.read(32);
          if (multistream && "eof" in inputStream && !inputStream.eof()) {
            bz._start_bunzip(inputStream, outputStream);
            console.assert(
              bz.dbufSize === blockSize,
              "shouldn't change block size within multistream file"
            );
          } else break;
        }
      }
    };
    Bunzip2.Stream = Stream;
    Bunzip2.version = pjson.version;
    Bunzip2.license = pjson.license;
    module.exports = Bunzip2;
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

// node_modules/strtok3/lib/stream/Errors.js
var defaultMessages = "End-Of-Stream";
var EndOfStreamError = class extends Error {
  constructor() {
    super(defaultMessages);
    this.name = "EndOfStreamError";
  }
};
var AbortError = class extends Error {
  constructor(message = "The operation was aborted") {
    super(message);
    this.name = "AbortError";
  }
};

// node_modules/strtok3/lib/AbortSignal.js
function throwIfAborted(signal) {
  if (signal?.aborted) {
    throw new AbortError();
  }
}

// node_modules/strtok3/lib/BufferSizeError.js
var BufferSizeError = class extends RangeError {
  /**
   * Create an error describing an allocation that exceeds the configured limit.
   * @param requestedSize - Requested buffer size in bytes
   * @param maxBufferSize - Configured maximum buffer size in bytes
   */
  constructor(requestedSize, maxBufferSize) {
    super(`Requested buffer size ${requestedSize} exceeds maxBufferSize ${maxBufferSize}`);
    this.requestedSize = requestedSize;
    this.maxBufferSize = maxBufferSize;
    this.name = "BufferSizeError";
  }
};
function getMaxBufferSize(options) {
  const limit = options?.maxBufferSize ?? Number.POSITIVE_INFINITY;
  if (limit !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(limit) || limit <= 0)) {
    throw new RangeError("maxBufferSize must be a positive safe integer or Infinity");
  }
  return limit;
}

// node_modules/strtok3/lib/stream/AbstractStreamReader.js
var AbstractStreamReader = class {
  constructor(options) {
    this.endOfStream = false;
    this.interrupted = false;
    this.peekQueue = [];
    this.onCloseCallback = options?.onClose;
  }
  async peek(uint8Array, mayBeLess = false) {
    const bytesRead = await this.read(uint8Array, mayBeLess);
    this.peekQueue.push(uint8Array.subarray(0, bytesRead));
    return bytesRead;
  }
  async read(buffer2, mayBeLess = false) {
    if (buffer2.length === 0) {
      return 0;
    }
    let bytesRead = this.readFromPeekBuffer(buffer2);
    if (!this.endOfStream) {
      bytesRead += await this.readRemainderFromStream(buffer2.subarray(bytesRead), mayBeLess);
    }
    if (bytesRead === 0 && !mayBeLess) {
      throw new EndOfStreamError();
    }
    return bytesRead;
  }
  /**
   * Read chunk from stream
   * @param buffer - Target Uint8Array (or Buffer) to store data read from stream in
   * @returns Number of bytes read
   */
  readFromPeekBuffer(buffer2) {
    let remaining = buffer2.length;
    let bytesRead = 0;
    while (this.peekQueue.length > 0 && remaining > 0) {
      const peekData = this.peekQueue.pop();
      if (!peekData) {
        throw new Error("peekData should be defined");
      }
      const lenCopy = Math.min(peekData.length, remaining);
      buffer2.set(peekData.subarray(0, lenCopy), bytesRead);
      bytesRead += lenCopy;
      remaining -= lenCopy;
      if (lenCopy < peekData.length) {
        this.peekQueue.push(peekData.subarray(lenCopy));
      }
    }
    return bytesRead;
  }
  async readRemainderFromStream(buffer2, mayBeLess) {
    let bytesRead = 0;
    while (bytesRead < buffer2.length && !this.endOfStream) {
      if (this.interrupted) {
        throw new AbortError();
      }
      const chunkLen = await this.readFromStream(buffer2.subarray(bytesRead), mayBeLess);
      if (chunkLen === 0) {
        break;
      }
      bytesRead += chunkLen;
    }
    if (!mayBeLess && bytesRead < buffer2.length) {
      throw new EndOfStreamError();
    }
    return bytesRead;
  }
  /** Share resource cleanup, callback completion and failures across close calls. */
  close() {
    this.closePromise ?? (this.closePromise = Promise.resolve().then(async () => {
      await this.closeResource();
      await this.onCloseCallback?.();
    }));
    return this.closePromise;
  }
  /** Backend cleanup completes before the optional close callback. */
  closeResource() {
    return this.abort();
  }
};

// node_modules/strtok3/lib/stream/WebStreamReader.js
var WebStreamReader = class extends AbstractStreamReader {
  constructor(reader, options) {
    super(options);
    this.reader = reader;
    this.released = false;
  }
  async abort() {
    if (!this.released) {
      this.reader.releaseLock();
      this.released = true;
    }
  }
};

// node_modules/strtok3/lib/stream/WebStreamByobReader.js
var WebStreamByobReader = class extends WebStreamReader {
  /**
   * Read from stream
   * @param buffer - Target Uint8Array (or Buffer) to store data read from stream in
   * @param mayBeLess - If true, may fill the buffer partially
   * @protected Bytes read
   */
  async readFromStream(buffer2, mayBeLess) {
    if (buffer2.length === 0) {
      return 0;
    }
    const result = await this.reader.read(new Uint8Array(buffer2.length), {
      min: mayBeLess ? void 0 : buffer2.length
    });
    if (result.done) {
      this.endOfStream = result.done;
    }
    if (result.value) {
      buffer2.set(result.value);
      return result.value.length;
    }
    return 0;
  }
};

// node_modules/strtok3/lib/stream/WebStreamDefaultReader.js
var WebStreamDefaultReader = class extends AbstractStreamReader {
  constructor(reader, options) {
    super(options);
    this.reader = reader;
    this.buffer = null;
  }
  /**
   * Copy chunk to target, and store the remainder in this.buffer
   */
  writeChunk(target, chunk) {
    const written = Math.min(chunk.length, target.length);
    target.set(chunk.subarray(0, written));
    if (written < chunk.length) {
      this.buffer = chunk.subarray(written);
    } else {
      this.buffer = null;
    }
    return written;
  }
  /**
   * Read from stream
   * @param buffer - Target Uint8Array (or Buffer) to store data read from stream in
   * @param mayBeLess - If true, may fill the buffer partially
   * @protected Bytes read
   */
  async readFromStream(buffer2, mayBeLess) {
    if (buffer2.length === 0) {
      return 0;
    }
    let totalBytesRead = 0;
    if (this.buffer) {
      totalBytesRead += this.writeChunk(buffer2, this.buffer);
    }
    while (totalBytesRead < buffer2.length && !this.endOfStream) {
      const result = await this.reader.read();
      if (result.done) {
        this.endOfStream = true;
        break;
      }
      if (result.value) {
        totalBytesRead += this.writeChunk(buffer2.subarray(totalBytesRead), result.value);
      }
    }
    if (!mayBeLess && totalBytesRead === 0 && this.endOfStream) {
      throw new EndOfStreamError();
    }
    return totalBytesRead;
  }
  abort() {
    this.interrupted = true;
    return this.reader.cancel();
  }
  async closeResource() {
    try {
      await this.abort();
    } finally {
      this.reader.releaseLock();
    }
  }
};

// node_modules/strtok3/lib/stream/WebStreamReaderFactory.js
function makeWebStreamReader(stream, options) {
  try {
    const reader = stream.getReader({ mode: "byob" });
    if (reader instanceof ReadableStreamDefaultReader) {
      return new WebStreamDefaultReader(reader, options);
    }
    return new WebStreamByobReader(reader, options);
  } catch (error) {
    if (error instanceof TypeError) {
      return new WebStreamDefaultReader(stream.getReader(), options);
    }
    throw error;
  }
}

// node_modules/strtok3/lib/AbstractTokenizer.js
var AbstractTokenizer = class {
  /**
   * Constructor
   * @param options Tokenizer options
   * @protected
   */
  constructor(options) {
    this.numBuffer = new Uint8Array(10);
    this.position = 0;
    this.maxBufferSize = getMaxBufferSize(options);
    throwIfAborted(options?.abortSignal);
    this.onClose = options?.onClose;
    if (options?.abortSignal) {
      this.addAbortListener(options.abortSignal, () => {
        void this.abort().catch(() => {
        });
      });
    }
  }
  addAbortListener(signal, listener) {
    this.abortSignal = signal;
    this.abortListener = listener;
    signal.addEventListener("abort", listener, { once: true });
  }
  removeAbortListener() {
    if (this.abortListener) {
      this.abortSignal?.removeEventListener("abort", this.abortListener);
    }
    this.abortSignal = void 0;
    this.abortListener = void 0;
  }
  /**
   * Read a token from the tokenizer-stream
   * @param token - The token to read
   * @param position - If provided, the desired position in the tokenizer-stream
   * @returns Promise with token data
   */
  async readToken(token, position = this.position) {
    this.validateTokenRead(token.len, position);
    const uint8Array = new Uint8Array(token.len);
    const len = await this.readBuffer(uint8Array, { position });
    if (len < token.len) {
      throw new EndOfStreamError();
    }
    return token.get(uint8Array, 0);
  }
  /**
   * Peek a token from the tokenizer-stream.
   * @param token - Token to peek from the tokenizer-stream.
   * @param position - Offset where to begin reading within the file. If position is null, data will be read from the current file position.
   * @returns Promise with token data
   */
  async peekToken(token, position = this.position) {
    const peekPosition = position ?? this.position;
    this.validateTokenRead(token.len, peekPosition, true);
    const uint8Array = new Uint8Array(token.len);
    const len = await this.peekBuffer(uint8Array, { position: peekPosition });
    if (len < token.len) {
      throw new EndOfStreamError();
    }
    return token.get(uint8Array, 0);
  }
  /**
   * Read a numeric token from the stream
   * @param token - Numeric token
   * @returns Promise with number
   */
  async readNumber(token) {
    const len = await this.readBuffer(this.numBuffer, { length: token.len });
    if (len < token.len) {
      throw new EndOfStreamError();
    }
    return token.get(this.numBuffer, 0);
  }
  /**
   * Read a numeric token from the stream
   * @param token - Numeric token
   * @returns Promise with number
   */
  async peekNumber(token) {
    const len = await this.peekBuffer(this.numBuffer, { length: token.len });
    if (len < token.len) {
      throw new EndOfStreamError();
    }
    return token.get(this.numBuffer, 0);
  }
  /**
   * Ignore number of bytes, advances the pointer in under tokenizer-stream.
   * @param length - Number of bytes to ignore.  Must be ≥ 0.
   * @return resolves the number of bytes ignored, equals length if this available, otherwise the number of bytes available
   */
  async ignore(length) {
    if (length < 0) {
      throw new RangeError("ignore length must be \u2265 0 bytes");
    }
    this.validateLength(length, "ignore length");
    this.validateLength(this.position + length, "end position");
    if (this.fileInfo.size !== void 0) {
      const bytesLeft = Math.max(0, this.fileInfo.size - this.position);
      if (length > bytesLeft) {
        this.position += bytesLeft;
        return bytesLeft;
      }
    }
    this.position += length;
    return length;
  }
  close() {
    if (!this.closePromise) {
      this.removeAbortListener();
      this.closePromise = Promise.resolve().then(() => this.closeOnce());
    }
    return this.closePromise;
  }
  /** Perform cleanup once, sharing completion and the first error across close calls. */
  async closeOnce() {
    await this.abort();
    await this.onClose?.();
  }
  /**
   * Validate a byte length or position before using it in buffer calculations.
   * @param value - Value that must be a non-negative safe integer
   * @param name - Label used in the validation error
   * @throws RangeError if the value is negative or not a safe integer
   */
  validateLength(value, name) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative safe integer`);
    }
  }
  /**
   * Validate a requested buffer size against the configured allocation limit.
   * @param length - Requested buffer size in bytes
   * @throws RangeError if the length is negative or not a safe integer
   * @throws BufferSizeError if the length exceeds maxBufferSize
   */
  validateBufferSize(length) {
    this.validateLength(length, "buffer length");
    if (length > this.maxBufferSize) {
      throw new BufferSizeError(length, this.maxBufferSize);
    }
  }
  /**
   * Validate a token request before allocating a buffer or consuming input.
   * @param length - Token length in bytes
   * @param position - Byte offset where the token starts
   * @param peek - Whether to include skipped stream bytes in the lookahead limit
   * @throws RangeError if a length or position is negative or not a safe integer
   * @throws BufferSizeError if the token buffer or stream lookahead exceeds maxBufferSize
   * @throws Error if a stream request starts before the current position
   * @throws EndOfStreamError if the token extends beyond the known input size
   */
  validateTokenRead(length, position, peek = false) {
    this.validateBufferSize(length);
    this.validateLength(position, "position");
    this.validateLength(position + length, "end position");
    if (!this.supportsRandomAccess() && position < this.position) {
      throw new Error("`options.position` must be equal or greater than `tokenizer.position`");
    }
    if (peek && !this.supportsRandomAccess()) {
      this.validateBufferSize(length + position - this.position);
    }
    if (this.fileInfo.size !== void 0 && length > this.fileInfo.size - position) {
      throw new EndOfStreamError();
    }
  }
  /**
   * Apply defaults and validate buffer read or peek options.
   * @param uint8Array - Target buffer whose length is the default read length
   * @param options - Requested length, position and partial-read behavior
   * @returns Validated options with an explicit length, position and mayBeLess flag
   * @throws RangeError if a length or position is invalid, or the length exceeds the target buffer
   * @throws Error if a stream request starts before the current position
   */
  normalizeOptions(uint8Array, options) {
    const length = options?.length ?? uint8Array.length;
    const position = options?.position ?? this.position;
    this.validateLength(length, "length");
    this.validateLength(position, "position");
    this.validateLength(position + length, "end position");
    if (length > uint8Array.length) {
      throw new RangeError("length must not exceed the target buffer length");
    }
    if (!this.supportsRandomAccess() && position < this.position) {
      throw new Error("`options.position` must be equal or greater than `tokenizer.position`");
    }
    return { length, position, mayBeLess: options?.mayBeLess ?? false };
  }
  abort() {
    this.removeAbortListener();
    return Promise.resolve();
  }
};

// node_modules/strtok3/lib/BlobTokenizer.js
var BlobTokenizer = class extends AbstractTokenizer {
  /**
   * Construct BufferTokenizer
   * @param blob - Uint8Array to tokenize
   * @param options Tokenizer options
   */
  constructor(blob, options) {
    super(options);
    this.blob = blob;
    this.fileInfo = { ...options?.fileInfo ?? {}, ...{ size: blob.size, mimeType: blob.type } };
  }
  /**
   * Read buffer from tokenizer
   * @param uint8Array - Uint8Array to tokenize
   * @param options - Read behaviour options
   * @returns {Promise<number>}
   */
  async readBuffer(uint8Array, options) {
    const normOptions = this.normalizeOptions(uint8Array, options);
    const bytesRead = await this.peekBuffer(uint8Array, normOptions);
    this.position = normOptions.position + bytesRead;
    return bytesRead;
  }
  /**
   * Peek (read ahead) buffer from tokenizer
   * @param buffer
   * @param options - Read behaviour options
   * @returns {Promise<number>}
   */
  async peekBuffer(buffer2, options) {
    const normOptions = this.normalizeOptions(buffer2, options);
    const bytes2read = Math.max(0, Math.min(this.blob.size - normOptions.position, normOptions.length));
    if (!normOptions.mayBeLess && bytes2read < normOptions.length) {
      throw new EndOfStreamError();
    }
    for (let offset = 0; offset < bytes2read; ) {
      const chunkLength = Math.min(this.maxBufferSize, bytes2read - offset);
      const position = normOptions.position + offset;
      const arrayBuffer = await this.blob.slice(position, position + chunkLength).arrayBuffer();
      buffer2.set(new Uint8Array(arrayBuffer), offset);
      offset += chunkLength;
    }
    return bytes2read;
  }
  close() {
    return super.close();
  }
  supportsRandomAccess() {
    return true;
  }
  setPosition(position) {
    this.validateLength(position, "position");
    this.position = position;
  }
};

// node_modules/strtok3/lib/BufferTokenizer.js
var BufferTokenizer = class extends AbstractTokenizer {
  /**
   * Construct BufferTokenizer
   * @param uint8Array - Uint8Array to tokenize
   * @param options Tokenizer options
   */
  constructor(uint8Array, options) {
    super(options);
    this.uint8Array = uint8Array;
    this.fileInfo = { ...options?.fileInfo ?? {}, ...{ size: uint8Array.length } };
  }
  /**
   * Read buffer from tokenizer
   * @param uint8Array - Uint8Array to tokenize
   * @param options - Read behaviour options
   * @returns {Promise<number>}
   */
  async readBuffer(uint8Array, options) {
    const normOptions = this.normalizeOptions(uint8Array, options);
    const bytesRead = await this.peekBuffer(uint8Array, normOptions);
    this.position = normOptions.position + bytesRead;
    return bytesRead;
  }
  /**
   * Peek (read ahead) buffer from tokenizer
   * @param uint8Array
   * @param options - Read behaviour options
   * @returns {Promise<number>}
   */
  async peekBuffer(uint8Array, options) {
    const normOptions = this.normalizeOptions(uint8Array, options);
    const bytes2read = Math.max(0, Math.min(this.uint8Array.length - normOptions.position, normOptions.length));
    if (!normOptions.mayBeLess && bytes2read < normOptions.length) {
      throw new EndOfStreamError();
    }
    uint8Array.set(this.uint8Array.subarray(normOptions.position, normOptions.position + bytes2read));
    return bytes2read;
  }
  close() {
    return super.close();
  }
  supportsRandomAccess() {
    return true;
  }
  setPosition(position) {
    this.validateLength(position, "position");
    this.position = position;
  }
};

// node_modules/strtok3/lib/ReadStreamTokenizer.js
var ignoreChunkSize = 256e3;
var ReadStreamTokenizer = class extends AbstractTokenizer {
  /**
   * Constructor
   * @param streamReader stream-reader to read from
   * @param options Tokenizer options
   */
  constructor(streamReader, options) {
    super(options);
    this.streamReader = streamReader;
    this.fileInfo = options?.fileInfo ?? {};
  }
  /**
   * Read buffer from tokenizer
   * @param uint8Array - Target Uint8Array to fill with data read from the tokenizer-stream
   * @param options - Read behaviour options
   * @returns Promise with number of bytes read
   */
  async readBuffer(uint8Array, options) {
    const normOptions = this.normalizeOptions(uint8Array, options);
    const skipBytes = normOptions.position - this.position;
    if (skipBytes > 0) {
      await this.ignore(skipBytes);
      return this.readBuffer(uint8Array, options);
    }
    if (skipBytes < 0) {
      throw new Error("`options.position` must be equal or greater than `tokenizer.position`");
    }
    if (normOptions.length === 0) {
      return 0;
    }
    let bytesRead = 0;
    while (bytesRead < normOptions.length) {
      const chunkLength = Math.min(this.maxBufferSize, normOptions.length - bytesRead);
      const count = await this.streamReader.read(uint8Array.subarray(bytesRead, bytesRead + chunkLength), true);
      bytesRead += count;
      this.position += count;
      if (count < chunkLength) {
        break;
      }
    }
    if (!normOptions.mayBeLess && bytesRead < normOptions.length) {
      throw new EndOfStreamError();
    }
    return bytesRead;
  }
  /**
   * Peek (read ahead) buffer from tokenizer
   * @param uint8Array - Uint8Array (or Buffer) to write data to
   * @param options - Read behaviour options
   * @returns Promise with number of bytes peeked
   */
  async peekBuffer(uint8Array, options) {
    const normOptions = this.normalizeOptions(uint8Array, options);
    if (normOptions.length === 0) {
      return 0;
    }
    if (this.fileInfo.size !== void 0 && normOptions.position >= this.fileInfo.size) {
      if (normOptions.mayBeLess) {
        return 0;
      }
      throw new EndOfStreamError();
    }
    const lookaheadSize = normOptions.length + normOptions.position - this.position;
    this.validateBufferSize(lookaheadSize);
    let bytesRead = 0;
    if (normOptions.position) {
      const skipBytes = normOptions.position - this.position;
      if (skipBytes > 0) {
        const skipBuffer = new Uint8Array(normOptions.length + skipBytes);
        bytesRead = await this.peekBuffer(skipBuffer, { mayBeLess: normOptions.mayBeLess });
        const bytesPeeked = Math.max(0, bytesRead - skipBytes);
        uint8Array.set(skipBuffer.subarray(skipBytes, skipBytes + bytesPeeked));
        return bytesPeeked;
      }
      if (skipBytes < 0) {
        throw new Error("Cannot peek from a negative offset in a stream");
      }
    }
    if (normOptions.length > 0) {
      try {
        const peekBuffer = new Uint8Array(normOptions.length);
        bytesRead = await this.streamReader.peek(peekBuffer, true);
        uint8Array.set(peekBuffer.subarray(0, bytesRead));
      } catch (err) {
        if (options?.mayBeLess && err instanceof EndOfStreamError) {
          return 0;
        }
        throw err;
      }
      if (!normOptions.mayBeLess && bytesRead < normOptions.length) {
        throw new EndOfStreamError();
      }
    }
    return bytesRead;
  }
  /**
   * @param length Number of bytes to ignore. Must be ≥ 0.
   */
  async ignore(length) {
    if (length < 0) {
      throw new RangeError("ignore length must be \u2265 0 bytes");
    }
    this.validateLength(length, "ignore length");
    this.validateLength(this.position + length, "end position");
    if (length > 0 && this.fileInfo.size !== void 0 && length > this.fileInfo.size - this.position) {
      throw new EndOfStreamError();
    }
    const bufSize = Math.min(ignoreChunkSize, this.maxBufferSize, length);
    const buf = new Uint8Array(bufSize);
    let totBytesRead = 0;
    while (totBytesRead < length) {
      const remaining = length - totBytesRead;
      const bytesRead = await this.readBuffer(buf, { length: Math.min(bufSize, remaining) });
      if (bytesRead < 0) {
        return bytesRead;
      }
      totBytesRead += bytesRead;
    }
    return totBytesRead;
  }
  abort() {
    this.removeAbortListener();
    return this.streamReader.abort();
  }
  async close() {
    this.removeAbortListener();
    return this.streamReader.close();
  }
  supportsRandomAccess() {
    return false;
  }
};

// node_modules/strtok3/lib/core.js
function fromWebStream(webStream, options) {
  getMaxBufferSize(options);
  throwIfAborted(options?.abortSignal);
  const webStreamReader = makeWebStreamReader(webStream);
  return new ReadStreamTokenizer(webStreamReader, options);
}
function fromBuffer(uint8Array, options) {
  return new BufferTokenizer(uint8Array, options);
}
function fromBlob(blob, options) {
  return new BlobTokenizer(blob, options);
}

// node_modules/strtok3/lib/FileTokenizer.js
import { constants } from "node:fs";
import fs, {} from "node:fs/promises";

// node_modules/strtok3/lib/NotRegularFileError.js
var NotRegularFileError = class extends Error {
  constructor(path3) {
    super(`Not a regular file: ${path3}`);
    this.path = path3;
    this.name = "NotRegularFileError";
  }
};

// node_modules/strtok3/lib/FileTokenizer.js
var FileTokenizer = class _FileTokenizer extends AbstractTokenizer {
  /**
   * Create tokenizer from provided file path
   * @param sourceFilePath File path
   * @param options Tokenizer options
   */
  static async fromFile(sourceFilePath, options) {
    getMaxBufferSize(options);
    throwIfAborted(options?.abortSignal);
    const flags = options?.regularFileOnly ? constants.O_RDONLY | constants.O_NONBLOCK : "r";
    const fileHandle = await fs.open(sourceFilePath, flags);
    try {
      const stat = await fileHandle.stat();
      if (options?.regularFileOnly && !stat.isFile()) {
        throw new NotRegularFileError(sourceFilePath);
      }
      return new _FileTokenizer(fileHandle, {
        ...options,
        fileInfo: { ...options?.fileInfo, path: sourceFilePath, size: stat.size }
      });
    } catch (error) {
      await fileHandle.close();
      throw error;
    }
  }
  constructor(fileHandle, options) {
    super(options);
    this.fileHandle = fileHandle;
    this.fileInfo = options.fileInfo;
  }
  /**
   * Read buffer from file
   * @param uint8Array - Uint8Array to write result to
   * @param options - Read behaviour options
   * @returns Promise number of bytes read
   */
  async readBuffer(uint8Array, options) {
    const normOptions = this.normalizeOptions(uint8Array, options);
    this.position = normOptions.position;
    return this.readBufferAt(uint8Array, normOptions, true);
  }
  /**
   * Peek buffer from file
   * @param uint8Array - Uint8Array (or Buffer) to write data to
   * @param options - Read behaviour options
   * @returns Promise number of bytes read
   */
  async peekBuffer(uint8Array, options) {
    return this.readBufferAt(uint8Array, this.normalizeOptions(uint8Array, options), false);
  }
  /**
   * Fill requests across short file reads; only a zero-byte read establishes EOF.
   * Keep this policy below token decoding and independent of the size recorded at open.
   * mayBeLess tolerates EOF, not fragmentation; peeks never commit cursor progress.
   */
  async readBufferAt(uint8Array, options, advancePosition) {
    let bytesRead = 0;
    while (bytesRead < options.length) {
      const res = await this.fileHandle.read(uint8Array, bytesRead, options.length - bytesRead, options.position + bytesRead);
      bytesRead += res.bytesRead;
      if (advancePosition) {
        this.position += res.bytesRead;
      }
      if (res.bytesRead === 0) {
        break;
      }
    }
    if (!options.mayBeLess && bytesRead < options.length) {
      throw new EndOfStreamError();
    }
    return bytesRead;
  }
  async closeOnce() {
    await this.fileHandle.close();
    await super.closeOnce();
  }
  setPosition(position) {
    this.validateLength(position, "position");
    this.position = position;
  }
  supportsRandomAccess() {
    return true;
  }
};

// node_modules/strtok3/lib/index.js
var fromFile = FileTokenizer.fromFile;

// node_modules/@borewit/text-codec/lib/index.js
var WINDOWS_1252_EXTRA = {
  128: "\u20AC",
  130: "\u201A",
  131: "\u0192",
  132: "\u201E",
  133: "\u2026",
  134: "\u2020",
  135: "\u2021",
  136: "\u02C6",
  137: "\u2030",
  138: "\u0160",
  139: "\u2039",
  140: "\u0152",
  142: "\u017D",
  145: "\u2018",
  146: "\u2019",
  147: "\u201C",
  148: "\u201D",
  149: "\u2022",
  150: "\u2013",
  151: "\u2014",
  152: "\u02DC",
  153: "\u2122",
  154: "\u0161",
  155: "\u203A",
  156: "\u0153",
  158: "\u017E",
  159: "\u0178"
};
var WINDOWS_1252_REVERSE = {};
for (const [code, char] of Object.entries(WINDOWS_1252_EXTRA)) {
  WINDOWS_1252_REVERSE[char] = Number.parseInt(code, 10);
}
var _utf8Decoder;
var _utf8Encoder;
function utf8Decoder() {
  if (_utf8Decoder === void 0) {
    try {
      _utf8Decoder = typeof globalThis.TextDecoder === "undefined" ? null : new globalThis.TextDecoder("utf-8");
    } catch {
      _utf8Decoder = null;
    }
  }
  return _utf8Decoder !== null && _utf8Decoder !== void 0 ? _utf8Decoder : void 0;
}
function utf8Encoder() {
  if (_utf8Encoder === void 0) {
    try {
      _utf8Encoder = typeof globalThis.TextEncoder === "undefined" ? null : new globalThis.TextEncoder();
    } catch {
      _utf8Encoder = null;
    }
  }
  return _utf8Encoder !== null && _utf8Encoder !== void 0 ? _utf8Encoder : void 0;
}
var CHUNK = 32 * 1024;
var REPLACEMENT = 65533;
function textDecode(bytes, encoding = "utf-8") {
  switch (encoding.toLowerCase()) {
    case "utf-8":
    case "utf8": {
      const dec = utf8Decoder();
      return dec ? dec.decode(bytes) : decodeUTF8(bytes);
    }
    case "utf-16le":
      return decodeUTF16LE(bytes);
    case "us-ascii":
    case "ascii":
      return decodeASCII(bytes);
    case "latin1":
    case "iso-8859-1":
      return decodeLatin1(bytes);
    case "windows-1252":
      return decodeWindows1252(bytes);
    default:
      throw new RangeError(`Encoding '${encoding}' not supported`);
  }
}
function textEncode(input = "", encoding = "utf-8") {
  switch (encoding.toLowerCase()) {
    case "utf-8":
    case "utf8": {
      const enc = utf8Encoder();
      return enc ? enc.encode(input) : encodeUTF8(input);
    }
    case "utf-16le":
      return encodeUTF16LE(input);
    case "us-ascii":
    case "ascii":
      return encodeASCII(input);
    case "latin1":
    case "iso-8859-1":
      return encodeLatin1(input);
    case "windows-1252":
      return encodeWindows1252(input);
    default:
      throw new RangeError(`Encoding '${encoding}' not supported`);
  }
}
function flushChunk(parts, chunk) {
  if (chunk.length === 0) {
    return;
  }
  parts.push(String.fromCharCode.apply(null, chunk));
  chunk.length = 0;
}
function pushCodeUnit(parts, chunk, codeUnit) {
  chunk.push(codeUnit);
  if (chunk.length >= CHUNK) {
    flushChunk(parts, chunk);
  }
}
function pushCodePoint(parts, chunk, cp) {
  if (cp <= 65535) {
    pushCodeUnit(parts, chunk, cp);
    return;
  }
  cp -= 65536;
  pushCodeUnit(parts, chunk, 55296 + (cp >> 10));
  pushCodeUnit(parts, chunk, 56320 + (cp & 1023));
}
function decodeUTF8(bytes) {
  const parts = [];
  const chunk = [];
  let i = 0;
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    i = 3;
  }
  while (i < bytes.length) {
    const b1 = bytes[i];
    if (b1 <= 127) {
      pushCodeUnit(parts, chunk, b1);
      i++;
      continue;
    }
    if (b1 < 194 || b1 > 244) {
      pushCodeUnit(parts, chunk, REPLACEMENT);
      i++;
      continue;
    }
    const length = b1 <= 223 ? 2 : b1 <= 239 ? 3 : 4;
    let cp = b1 & 127 >> length;
    let lower = b1 === 224 ? 160 : b1 === 240 ? 144 : 128;
    let upper = b1 === 237 ? 159 : b1 === 244 ? 143 : 191;
    let consumed = 1;
    i++;
    while (consumed < length && i < bytes.length) {
      const next = bytes[i];
      if (next < lower || next > upper) {
        break;
      }
      cp = cp << 6 | next & 63;
      consumed++;
      i++;
      lower = 128;
      upper = 191;
    }
    pushCodePoint(parts, chunk, consumed === length ? cp : REPLACEMENT);
  }
  flushChunk(parts, chunk);
  return parts.join("");
}
function decodeUTF16LE(bytes) {
  const parts = [];
  const chunk = [];
  const len = bytes.length;
  let i = 0;
  if (len >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    i = 2;
  }
  while (i + 1 < len) {
    const u1 = bytes[i] | bytes[i + 1] << 8;
    i += 2;
    if (u1 >= 55296 && u1 <= 56319) {
      if (i + 1 < len) {
        const u2 = bytes[i] | bytes[i + 1] << 8;
        if (u2 >= 56320 && u2 <= 57343) {
          pushCodeUnit(parts, chunk, u1);
          pushCodeUnit(parts, chunk, u2);
          i += 2;
        } else {
          pushCodeUnit(parts, chunk, REPLACEMENT);
        }
      } else {
        pushCodeUnit(parts, chunk, REPLACEMENT);
      }
      continue;
    }
    if (u1 >= 56320 && u1 <= 57343) {
      pushCodeUnit(parts, chunk, REPLACEMENT);
      continue;
    }
    pushCodeUnit(parts, chunk, u1);
  }
  if (i < len) {
    pushCodeUnit(parts, chunk, REPLACEMENT);
  }
  flushChunk(parts, chunk);
  return parts.join("");
}
function decodeASCII(bytes) {
  const parts = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array(end - i);
    for (let j2 = i, k2 = 0; j2 < end; j2++, k2++) {
      codes[k2] = bytes[j2] & 127;
    }
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join("");
}
function decodeLatin1(bytes) {
  const parts = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array(end - i);
    for (let j2 = i, k2 = 0; j2 < end; j2++, k2++) {
      codes[k2] = bytes[j2];
    }
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join("");
}
function decodeWindows1252(bytes) {
  const parts = [];
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b2 = bytes[i];
    const extra = b2 >= 128 && b2 <= 159 ? WINDOWS_1252_EXTRA[b2] : void 0;
    out += extra !== null && extra !== void 0 ? extra : String.fromCharCode(b2);
    if (out.length >= CHUNK) {
      parts.push(out);
      out = "";
    }
  }
  if (out) {
    parts.push(out);
  }
  return parts.join("");
}
function encodeUTF8(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp >= 55296 && cp <= 56319) {
      if (i + 1 < str.length) {
        const lo2 = str.charCodeAt(i + 1);
        if (lo2 >= 56320 && lo2 <= 57343) {
          cp = 65536 + (cp - 55296 << 10) + (lo2 - 56320);
          i++;
        } else {
          cp = REPLACEMENT;
        }
      } else {
        cp = REPLACEMENT;
      }
    } else if (cp >= 56320 && cp <= 57343) {
      cp = REPLACEMENT;
    }
    if (cp < 128) {
      out.push(cp);
    } else if (cp < 2048) {
      out.push(192 | cp >> 6, 128 | cp & 63);
    } else if (cp < 65536) {
      out.push(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
    } else {
      out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
    }
  }
  return new Uint8Array(out);
}
function encodeUTF16LE(str) {
  const units = [];
  for (let i = 0; i < str.length; i++) {
    const u2 = str.charCodeAt(i);
    if (u2 >= 55296 && u2 <= 56319) {
      if (i + 1 < str.length) {
        const lo2 = str.charCodeAt(i + 1);
        if (lo2 >= 56320 && lo2 <= 57343) {
          units.push(u2, lo2);
          i++;
        } else {
          units.push(REPLACEMENT);
        }
      } else {
        units.push(REPLACEMENT);
      }
      continue;
    }
    if (u2 >= 56320 && u2 <= 57343) {
      units.push(REPLACEMENT);
      continue;
    }
    units.push(u2);
  }
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units[i];
    const o = i * 2;
    out[o] = code & 255;
    out[o + 1] = code >>> 8;
  }
  return out;
}
function encodeASCII(str) {
  const out = new Uint8Array(str.length);
  for (let i = 0; i < str.length; i++) {
    out[i] = str.charCodeAt(i) & 127;
  }
  return out;
}
function encodeLatin1(str) {
  const out = new Uint8Array(str.length);
  for (let i = 0; i < str.length; i++) {
    out[i] = str.charCodeAt(i) & 255;
  }
  return out;
}
function encodeWindows1252(str) {
  const out = new Uint8Array(str.length);
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    const code = ch.charCodeAt(0);
    if (WINDOWS_1252_REVERSE[ch] !== void 0) {
      out[i] = WINDOWS_1252_REVERSE[ch];
      continue;
    }
    if (code >= 0 && code <= 127 || code >= 160 && code <= 255) {
      out[i] = code;
      continue;
    }
    out[i] = 63;
  }
  return out;
}

// node_modules/token-types/dist/lib/index.js
var ieee754 = __toESM(require_ieee754(), 1);
function dv(array) {
  return new DataView(array.buffer, array.byteOffset);
}
var UINT8 = {
  len: 1,
  get(array, offset) {
    return dv(array).getUint8(offset);
  },
  put(array, offset, value) {
    dv(array).setUint8(offset, value);
    return offset + 1;
  }
};
var UINT16_LE = {
  len: 2,
  get(array, offset) {
    return dv(array).getUint16(offset, true);
  },
  put(array, offset, value) {
    dv(array).setUint16(offset, value, true);
    return offset + 2;
  }
};
var UINT16_BE = {
  len: 2,
  get(array, offset) {
    return dv(array).getUint16(offset);
  },
  put(array, offset, value) {
    dv(array).setUint16(offset, value);
    return offset + 2;
  }
};
var UINT32_LE = {
  len: 4,
  get(array, offset) {
    return dv(array).getUint32(offset, true);
  },
  put(array, offset, value) {
    dv(array).setUint32(offset, value, true);
    return offset + 4;
  }
};
var UINT32_BE = {
  len: 4,
  get(array, offset) {
    return dv(array).getUint32(offset);
  },
  put(array, offset, value) {
    dv(array).setUint32(offset, value);
    return offset + 4;
  }
};
var INT32_BE = {
  len: 4,
  get(array, offset) {
    return dv(array).getInt32(offset);
  },
  put(array, offset, value) {
    dv(array).setInt32(offset, value);
    return offset + 4;
  }
};
var UINT64_LE = {
  len: 8,
  get(array, offset) {
    return dv(array).getBigUint64(offset, true);
  },
  put(array, offset, value) {
    dv(array).setBigUint64(offset, value, true);
    return offset + 8;
  }
};
var StringType = class {
  constructor(len, encoding) {
    this.len = len;
    this.encoding = encoding;
  }
  get(data, offset = 0) {
    const bytes = data.subarray(offset, offset + this.len);
    return textDecode(bytes, this.encoding);
  }
  put(array, offset, value) {
    const bytes = textEncode(value, this.encoding);
    if (bytes.length !== this.len) {
      throw new RangeError(`Expected an encoded value of ${this.len} byte(s), got ${bytes.length}`);
    }
    array.set(bytes, offset);
    return offset + this.len;
  }
};

// node_modules/@tokenizer/inflate/lib/ZipHandler.js
var import_debug = __toESM(require_src(), 1);

// node_modules/@tokenizer/inflate/lib/ZipToken.js
var Signature = {
  LocalFileHeader: 67324752,
  DataDescriptor: 134695760,
  CentralFileHeader: 33639248,
  EndOfCentralDirectory: 101010256
};
var DataDescriptor = {
  get(array) {
    return {
      signature: UINT32_LE.get(array, 0),
      compressedSize: UINT32_LE.get(array, 8),
      uncompressedSize: UINT32_LE.get(array, 12)
    };
  },
  len: 16
};
var LocalFileHeaderToken = {
  get(array) {
    const flags = UINT16_LE.get(array, 6);
    return {
      signature: UINT32_LE.get(array, 0),
      minVersion: UINT16_LE.get(array, 4),
      dataDescriptor: !!(flags & 8),
      compressedMethod: UINT16_LE.get(array, 8),
      compressedSize: UINT32_LE.get(array, 18),
      uncompressedSize: UINT32_LE.get(array, 22),
      filenameLength: UINT16_LE.get(array, 26),
      extraFieldLength: UINT16_LE.get(array, 28),
      filename: null
    };
  },
  len: 30
};
var EndOfCentralDirectoryRecordToken = {
  get(array) {
    return {
      signature: UINT32_LE.get(array, 0),
      nrOfThisDisk: UINT16_LE.get(array, 4),
      nrOfThisDiskWithTheStart: UINT16_LE.get(array, 6),
      nrOfEntriesOnThisDisk: UINT16_LE.get(array, 8),
      nrOfEntriesOfSize: UINT16_LE.get(array, 10),
      sizeOfCd: UINT32_LE.get(array, 12),
      offsetOfStartOfCd: UINT32_LE.get(array, 16),
      zipFileCommentLength: UINT16_LE.get(array, 20)
    };
  },
  len: 22
};
var FileHeader = {
  get(array) {
    const flags = UINT16_LE.get(array, 8);
    return {
      signature: UINT32_LE.get(array, 0),
      minVersion: UINT16_LE.get(array, 6),
      dataDescriptor: !!(flags & 8),
      compressedMethod: UINT16_LE.get(array, 10),
      compressedSize: UINT32_LE.get(array, 20),
      uncompressedSize: UINT32_LE.get(array, 24),
      filenameLength: UINT16_LE.get(array, 28),
      extraFieldLength: UINT16_LE.get(array, 30),
      fileCommentLength: UINT16_LE.get(array, 32),
      relativeOffsetOfLocalHeader: UINT32_LE.get(array, 42),
      filename: null
    };
  },
  len: 46
};

// node_modules/@tokenizer/inflate/lib/ZipHandler.js
function signatureToArray(signature) {
  const signatureBytes = new Uint8Array(UINT32_LE.len);
  UINT32_LE.put(signatureBytes, 0, signature);
  return signatureBytes;
}
var debug = (0, import_debug.default)("tokenizer:inflate");
var syncBufferSize = 256 * 1024;
var ddSignatureArray = signatureToArray(Signature.DataDescriptor);
var eocdSignatureBytes = signatureToArray(Signature.EndOfCentralDirectory);
var ZipHandler = class _ZipHandler {
  constructor(tokenizer) {
    this.tokenizer = tokenizer;
    this.syncBuffer = new Uint8Array(syncBufferSize);
  }
  async isZip() {
    return await this.peekSignature() === Signature.LocalFileHeader;
  }
  peekSignature() {
    return this.tokenizer.peekToken(UINT32_LE);
  }
  async findEndOfCentralDirectoryLocator() {
    const randomReadTokenizer = this.tokenizer;
    const chunkLength = Math.min(16 * 1024, randomReadTokenizer.fileInfo.size);
    const buffer2 = this.syncBuffer.subarray(0, chunkLength);
    await this.tokenizer.readBuffer(buffer2, { position: randomReadTokenizer.fileInfo.size - chunkLength });
    for (let i = buffer2.length - 4; i >= 0; i--) {
      if (buffer2[i] === eocdSignatureBytes[0] && buffer2[i + 1] === eocdSignatureBytes[1] && buffer2[i + 2] === eocdSignatureBytes[2] && buffer2[i + 3] === eocdSignatureBytes[3]) {
        return randomReadTokenizer.fileInfo.size - chunkLength + i;
      }
    }
    return -1;
  }
  async readCentralDirectory() {
    if (!this.tokenizer.supportsRandomAccess()) {
      debug("Cannot reading central-directory without random-read support");
      return;
    }
    debug("Reading central-directory...");
    const pos = this.tokenizer.position;
    const offset = await this.findEndOfCentralDirectoryLocator();
    if (offset > 0) {
      debug("Central-directory 32-bit signature found");
      const eocdHeader = await this.tokenizer.readToken(EndOfCentralDirectoryRecordToken, offset);
      const files = [];
      this.tokenizer.setPosition(eocdHeader.offsetOfStartOfCd);
      for (let n = 0; n < eocdHeader.nrOfEntriesOfSize; ++n) {
        const entry = await this.tokenizer.readToken(FileHeader);
        if (entry.signature !== Signature.CentralFileHeader) {
          throw new Error("Expected Central-File-Header signature");
        }
        entry.filename = await this.tokenizer.readToken(new StringType(entry.filenameLength, "utf-8"));
        await this.tokenizer.ignore(entry.extraFieldLength);
        await this.tokenizer.ignore(entry.fileCommentLength);
        files.push(entry);
        debug(`Add central-directory file-entry: n=${n + 1}/${files.length}: filename=${files[n].filename}`);
      }
      this.tokenizer.setPosition(pos);
      return files;
    }
    this.tokenizer.setPosition(pos);
  }
  async unzip(fileCb) {
    const entries = await this.readCentralDirectory();
    if (entries) {
      return this.iterateOverCentralDirectory(entries, fileCb);
    }
    let stop = false;
    do {
      const zipHeader = await this.readLocalFileHeader();
      if (!zipHeader)
        break;
      const next = fileCb(zipHeader);
      stop = !!next.stop;
      let fileData;
      await this.tokenizer.ignore(zipHeader.extraFieldLength);
      if (zipHeader.dataDescriptor && zipHeader.compressedSize === 0) {
        const chunks = [];
        let len = syncBufferSize;
        debug("Compressed-file-size unknown, scanning for next data-descriptor-signature....");
        let nextHeaderIndex = -1;
        while (nextHeaderIndex < 0 && len === syncBufferSize) {
          len = await this.tokenizer.peekBuffer(this.syncBuffer, { mayBeLess: true });
          nextHeaderIndex = indexOf(this.syncBuffer.subarray(0, len), ddSignatureArray);
          const size = nextHeaderIndex >= 0 ? nextHeaderIndex : len;
          if (next.handler) {
            const data = new Uint8Array(size);
            await this.tokenizer.readBuffer(data);
            chunks.push(data);
          } else {
            await this.tokenizer.ignore(size);
          }
        }
        debug(`Found data-descriptor-signature at pos=${this.tokenizer.position}`);
        if (next.handler) {
          await this.inflate(zipHeader, mergeArrays(chunks), next.handler);
        }
      } else {
        if (next.handler) {
          debug(`Reading compressed-file-data: ${zipHeader.compressedSize} bytes`);
          fileData = new Uint8Array(zipHeader.compressedSize);
          await this.tokenizer.readBuffer(fileData);
          await this.inflate(zipHeader, fileData, next.handler);
        } else {
          debug(`Ignoring compressed-file-data: ${zipHeader.compressedSize} bytes`);
          await this.tokenizer.ignore(zipHeader.compressedSize);
        }
      }
      debug(`Reading data-descriptor at pos=${this.tokenizer.position}`);
      if (zipHeader.dataDescriptor) {
        const dataDescriptor = await this.tokenizer.readToken(DataDescriptor);
        if (dataDescriptor.signature !== 134695760) {
          throw new Error(`Expected data-descriptor-signature at position ${this.tokenizer.position - DataDescriptor.len}`);
        }
      }
    } while (!stop);
  }
  async iterateOverCentralDirectory(entries, fileCb) {
    for (const fileHeader of entries) {
      const next = fileCb(fileHeader);
      if (next.handler) {
        this.tokenizer.setPosition(fileHeader.relativeOffsetOfLocalHeader);
        const zipHeader = await this.readLocalFileHeader();
        if (zipHeader) {
          await this.tokenizer.ignore(zipHeader.extraFieldLength);
          const fileData = new Uint8Array(fileHeader.compressedSize);
          await this.tokenizer.readBuffer(fileData);
          await this.inflate(zipHeader, fileData, next.handler);
        }
      }
      if (next.stop)
        break;
    }
  }
  async inflate(zipHeader, fileData, cb) {
    if (zipHeader.compressedMethod === 0) {
      return cb(fileData);
    }
    if (zipHeader.compressedMethod !== 8) {
      throw new Error(`Unsupported ZIP compression method: ${zipHeader.compressedMethod}`);
    }
    debug(`Decompress filename=${zipHeader.filename}, compressed-size=${fileData.length}`);
    const uncompressedData = await _ZipHandler.decompressDeflateRaw(fileData);
    return cb(uncompressedData);
  }
  static async decompressDeflateRaw(data) {
    const input = new ReadableStream({
      start(controller) {
        controller.enqueue(data);
        controller.close();
      }
    });
    const ds2 = new DecompressionStream("deflate-raw");
    const output = input.pipeThrough(ds2);
    try {
      const response = new Response(output);
      const buffer2 = await response.arrayBuffer();
      return new Uint8Array(buffer2);
    } catch (err) {
      const message = err instanceof Error ? `Failed to deflate ZIP entry: ${err.message}` : "Unknown decompression error in ZIP entry";
      throw new TypeError(message);
    }
  }
  async readLocalFileHeader() {
    const signature = await this.tokenizer.peekToken(UINT32_LE);
    if (signature === Signature.LocalFileHeader) {
      const header = await this.tokenizer.readToken(LocalFileHeaderToken);
      header.filename = await this.tokenizer.readToken(new StringType(header.filenameLength, "utf-8"));
      return header;
    }
    if (signature === Signature.CentralFileHeader) {
      return false;
    }
    if (signature === 3759263696) {
      throw new Error("Encrypted ZIP");
    }
    throw new Error("Unexpected signature");
  }
};
function indexOf(buffer2, portion) {
  const bufferLength = buffer2.length;
  const portionLength = portion.length;
  if (portionLength > bufferLength)
    return -1;
  for (let i = 0; i <= bufferLength - portionLength; i++) {
    let found = true;
    for (let j2 = 0; j2 < portionLength; j2++) {
      if (buffer2[i + j2] !== portion[j2]) {
        found = false;
        break;
      }
    }
    if (found) {
      return i;
    }
  }
  return -1;
}
function mergeArrays(chunks) {
  const totalLength = chunks.reduce((acc, curr) => acc + curr.length, 0);
  const mergedArray = new Uint8Array(totalLength);
  let offset = 0;
  for (const chunk of chunks) {
    mergedArray.set(chunk, offset);
    offset += chunk.length;
  }
  return mergedArray;
}

// node_modules/@tokenizer/inflate/lib/GzipHandler.js
var GzipHandler = class {
  constructor(tokenizer) {
    this.tokenizer = tokenizer;
  }
  inflate() {
    const tokenizer = this.tokenizer;
    return new ReadableStream({
      async pull(controller) {
        const buffer2 = new Uint8Array(1024);
        const size = await tokenizer.readBuffer(buffer2, { mayBeLess: true });
        if (size === 0) {
          controller.close();
          return;
        }
        controller.enqueue(buffer2.subarray(0, size));
      }
    }).pipeThrough(new DecompressionStream("gzip"));
  }
};

// node_modules/uint8array-extras/index.js
var cachedDecoders = {
  utf8: new globalThis.TextDecoder("utf8")
};
var cachedEncoder = new globalThis.TextEncoder();
var byteToHexLookupTable = Array.from({ length: 256 }, (_2, index) => index.toString(16).padStart(2, "0"));
function getUintBE(view) {
  const { byteLength } = view;
  if (byteLength === 6) {
    return view.getUint16(0) * 2 ** 32 + view.getUint32(2);
  }
  if (byteLength === 5) {
    return view.getUint8(0) * 2 ** 32 + view.getUint32(1);
  }
  if (byteLength === 4) {
    return view.getUint32(0);
  }
  if (byteLength === 3) {
    return view.getUint8(0) * 2 ** 16 + view.getUint16(1);
  }
  if (byteLength === 2) {
    return view.getUint16(0);
  }
  if (byteLength === 1) {
    return view.getUint8(0);
  }
}

// node_modules/file-type/util.js
function stringToBytes(string, encoding) {
  if (encoding === "utf-16le") {
    const bytes = [];
    for (let index = 0; index < string.length; index++) {
      const code = string.charCodeAt(index);
      bytes.push(code & 255, code >> 8 & 255);
    }
    return bytes;
  }
  if (encoding === "utf-16be") {
    const bytes = [];
    for (let index = 0; index < string.length; index++) {
      const code = string.charCodeAt(index);
      bytes.push(code >> 8 & 255, code & 255);
    }
    return bytes;
  }
  return [...string].map((character) => character.charCodeAt(0));
}
function tarHeaderChecksumMatches(arrayBuffer, offset = 0) {
  const readSum = Number.parseInt(new StringType(6).get(arrayBuffer, 148).replace(/\0.*$/, "").trim(), 8);
  if (Number.isNaN(readSum)) {
    return false;
  }
  let sum = 8 * 32;
  for (let index = offset; index < offset + 148; index++) {
    sum += arrayBuffer[index];
  }
  for (let index = offset + 156; index < offset + 512; index++) {
    sum += arrayBuffer[index];
  }
  return readSum === sum;
}
var uint32SyncSafeToken = {
  get: (buffer2, offset) => buffer2[offset + 3] & 127 | buffer2[offset + 2] << 7 | buffer2[offset + 1] << 14 | buffer2[offset] << 21,
  len: 4
};

// node_modules/file-type/supported.js
var extensions = [
  "jpg",
  "png",
  "apng",
  "gif",
  "webp",
  "flif",
  "xcf",
  "cr2",
  "cr3",
  "orf",
  "arw",
  "dng",
  "nef",
  "rw2",
  "raf",
  "tif",
  "bmp",
  "icns",
  "jxr",
  "psd",
  "indd",
  "zip",
  "tar",
  "rar",
  "gz",
  "bz2",
  "7z",
  "dmg",
  "mp4",
  "mid",
  "mkv",
  "webm",
  "mov",
  "avi",
  "mpg",
  "mp2",
  "mp3",
  "m4a",
  "oga",
  "ogg",
  "ogv",
  "opus",
  "flac",
  "wav",
  "spx",
  "amr",
  "pdf",
  "epub",
  "elf",
  "macho",
  "exe",
  "swf",
  "rtf",
  "wasm",
  "woff",
  "woff2",
  "eot",
  "ttf",
  "otf",
  "ttc",
  "ico",
  "flv",
  "ps",
  "xz",
  "sqlite",
  "nes",
  "crx",
  "xpi",
  "cab",
  "deb",
  "ar",
  "rpm",
  "Z",
  "lz",
  "cfb",
  "mxf",
  "mts",
  "blend",
  "bpg",
  "docx",
  "pptx",
  "xlsx",
  "3gp",
  "3g2",
  "j2c",
  "jp2",
  "jpm",
  "jpx",
  "mj2",
  "aif",
  "qcp",
  "odt",
  "ods",
  "odp",
  "xml",
  "mobi",
  "heic",
  "cur",
  "ktx",
  "ape",
  "wv",
  "dcm",
  "ics",
  "glb",
  "pcap",
  "dsf",
  "lnk",
  "alias",
  "voc",
  "ac3",
  "m4v",
  "m4p",
  "m4b",
  "f4v",
  "f4p",
  "f4b",
  "f4a",
  "mie",
  "asf",
  "ogm",
  "ogx",
  "mpc",
  "arrow",
  "shp",
  "aac",
  "mp1",
  "it",
  "s3m",
  "xm",
  "skp",
  "avif",
  "eps",
  "lzh",
  "pgp",
  "asar",
  "stl",
  "chm",
  "3mf",
  "zst",
  "jxl",
  "vcf",
  "jls",
  "pst",
  "dwg",
  "parquet",
  "class",
  "arj",
  "cpio",
  "ace",
  "avro",
  "icc",
  "fbx",
  "vsdx",
  "vtt",
  "apk",
  "drc",
  "lz4",
  "potx",
  "xltx",
  "dotx",
  "xltm",
  "ott",
  "ots",
  "otp",
  "odg",
  "otg",
  "xlsm",
  "docm",
  "dotm",
  "potm",
  "pptm",
  "jar",
  "jmp",
  "rm",
  "sav",
  "ppsm",
  "ppsx",
  "tar.gz",
  "reg",
  "dat"
];
var mimeTypes = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/flif",
  "image/x-xcf",
  "image/x-canon-cr2",
  "image/x-canon-cr3",
  "image/tiff",
  "image/bmp",
  "image/vnd.ms-photo",
  "image/vnd.adobe.photoshop",
  "application/x-indesign",
  "application/epub+zip",
  "application/x-xpinstall",
  "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
  "application/zip",
  "application/x-tar",
  "application/x-rar-compressed",
  "application/gzip",
  "application/x-bzip2",
  "application/x-7z-compressed",
  "application/x-apple-diskimage",
  "application/vnd.apache.arrow.file",
  "video/mp4",
  "audio/midi",
  "video/matroska",
  "video/webm",
  "video/quicktime",
  "video/vnd.avi",
  "audio/wav",
  "audio/qcelp",
  "audio/x-ms-asf",
  "video/x-ms-asf",
  "application/vnd.ms-asf",
  "video/mpeg",
  "video/3gpp",
  "audio/mpeg",
  "audio/mp4",
  // RFC 4337
  "video/ogg",
  "audio/ogg",
  "audio/ogg; codecs=opus",
  "application/ogg",
  "audio/flac",
  "audio/ape",
  "audio/wavpack",
  "audio/amr",
  "application/pdf",
  "application/x-elf",
  "application/x-mach-binary",
  "application/x-msdownload",
  "application/x-shockwave-flash",
  "application/rtf",
  "application/wasm",
  "font/woff",
  "font/woff2",
  "application/vnd.ms-fontobject",
  "font/ttf",
  "font/otf",
  "font/collection",
  "image/x-icon",
  "video/x-flv",
  "application/postscript",
  "application/eps",
  "application/x-xz",
  "application/x-sqlite3",
  "application/x-nintendo-nes-rom",
  "application/x-google-chrome-extension",
  "application/vnd.ms-cab-compressed",
  "application/x-deb",
  "application/x-unix-archive",
  "application/x-rpm",
  "application/x-compress",
  "application/x-lzip",
  "application/x-cfb",
  "application/x-mie",
  "application/mxf",
  "video/mp2t",
  "application/x-blender",
  "image/bpg",
  "image/j2c",
  "image/jp2",
  "image/jpx",
  "image/jpm",
  "image/mj2",
  "audio/aiff",
  "application/xml",
  "application/x-mobipocket-ebook",
  "image/heif",
  "image/heif-sequence",
  "image/heic",
  "image/heic-sequence",
  "image/icns",
  "image/ktx",
  "application/dicom",
  "audio/x-musepack",
  "text/calendar",
  "text/vcard",
  "text/vtt",
  "model/gltf-binary",
  "application/vnd.tcpdump.pcap",
  "audio/x-dsf",
  // Non-standard
  "application/x.ms.shortcut",
  // Invented by us
  "application/x.apple.alias",
  // Invented by us
  "audio/x-voc",
  "audio/vnd.dolby.dd-raw",
  "audio/x-m4a",
  "image/apng",
  "image/x-olympus-orf",
  "image/x-sony-arw",
  "image/x-adobe-dng",
  "image/x-nikon-nef",
  "image/x-panasonic-rw2",
  "image/x-fujifilm-raf",
  "video/x-m4v",
  "video/3gpp2",
  "application/x-esri-shape",
  "audio/aac",
  "audio/x-it",
  "audio/x-s3m",
  "audio/x-xm",
  "video/MP1S",
  "video/MP2P",
  "application/vnd.sketchup.skp",
  "image/avif",
  "application/x-lzh-compressed",
  "application/pgp-encrypted",
  "application/x-asar",
  "model/stl",
  "application/vnd.ms-htmlhelp",
  "model/3mf",
  "image/jxl",
  "application/zstd",
  "image/jls",
  "application/vnd.ms-outlook",
  "image/vnd.dwg",
  "application/vnd.apache.parquet",
  "application/java-vm",
  "application/x-arj",
  "application/x-cpio",
  "application/x-ace-compressed",
  "application/avro",
  "application/vnd.iccprofile",
  "application/x.autodesk.fbx",
  // Invented by us
  "application/vnd.visio",
  "application/vnd.android.package-archive",
  "application/vnd.google.draco",
  // Invented by us
  "application/x-lz4",
  // Invented by us
  "application/vnd.openxmlformats-officedocument.presentationml.template",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
  "application/vnd.ms-excel.template.macroenabled.12",
  "application/vnd.oasis.opendocument.text-template",
  "application/vnd.oasis.opendocument.spreadsheet-template",
  "application/vnd.oasis.opendocument.presentation-template",
  "application/vnd.oasis.opendocument.graphics",
  "application/vnd.oasis.opendocument.graphics-template",
  "application/vnd.ms-excel.sheet.macroenabled.12",
  "application/vnd.ms-word.document.macroenabled.12",
  "application/vnd.ms-word.template.macroenabled.12",
  "application/vnd.ms-powerpoint.template.macroenabled.12",
  "application/vnd.ms-powerpoint.presentation.macroenabled.12",
  "application/java-archive",
  "application/vnd.rn-realmedia",
  "application/x-spss-sav",
  "application/x-ms-regedit",
  "application/x-ft-windows-registry-hive",
  "application/x-jmp-data"
];

// node_modules/file-type/core.js
var reasonableDetectionSizeInBytes = 4100;
var maximumMpegOffsetTolerance = reasonableDetectionSizeInBytes - 2;
var maximumZipEntrySizeInBytes = 1024 * 1024;
var maximumZipEntryCount = 1024;
var maximumZipBufferedReadSizeInBytes = 2 ** 31 - 1;
var maximumUntrustedSkipSizeInBytes = 16 * 1024 * 1024;
var maximumUnknownSizePayloadProbeSizeInBytes = maximumZipEntrySizeInBytes;
var maximumZipTextEntrySizeInBytes = maximumZipEntrySizeInBytes;
var maximumNestedGzipDetectionSizeInBytes = maximumUntrustedSkipSizeInBytes;
var maximumNestedGzipProbeDepth = 1;
var unknownSizeGzipProbeTimeoutInMilliseconds = 100;
var maximumId3HeaderSizeInBytes = maximumUntrustedSkipSizeInBytes;
var maximumEbmlDocumentTypeSizeInBytes = 64;
var maximumEbmlElementPayloadSizeInBytes = maximumUnknownSizePayloadProbeSizeInBytes;
var maximumEbmlElementCount = 256;
var maximumPngChunkCount = 512;
var maximumPngStreamScanBudgetInBytes = maximumUntrustedSkipSizeInBytes;
var maximumAsfHeaderObjectCount = 512;
var maximumTiffTagCount = 512;
var maximumDetectionReentryCount = 256;
var maximumPngChunkSizeInBytes = maximumUnknownSizePayloadProbeSizeInBytes;
var maximumAsfHeaderPayloadSizeInBytes = maximumUnknownSizePayloadProbeSizeInBytes;
var maximumTiffStreamIfdOffsetInBytes = maximumUnknownSizePayloadProbeSizeInBytes;
var maximumTiffIfdOffsetInBytes = maximumUntrustedSkipSizeInBytes;
var recoverableZipErrorMessages = /* @__PURE__ */ new Set([
  "Unexpected signature",
  "Encrypted ZIP",
  "Expected Central-File-Header signature"
]);
var recoverableZipErrorMessagePrefixes = [
  "ZIP entry count exceeds ",
  "Unsupported ZIP compression method:",
  "ZIP entry compressed data exceeds ",
  "ZIP entry decompressed data exceeds ",
  "Expected data-descriptor-signature at position "
];
var recoverableZipErrorCodes = /* @__PURE__ */ new Set([
  "Z_BUF_ERROR",
  "Z_DATA_ERROR",
  "ERR_INVALID_STATE"
]);
var ParserHardLimitError = class extends Error {
};
function patchWebByobTokenizerClose(tokenizer) {
  const streamReader = tokenizer?.streamReader;
  if (streamReader?.constructor?.name !== "WebStreamByobReader") {
    return tokenizer;
  }
  const { reader } = streamReader;
  const cancelAndRelease = async () => {
    await reader.cancel();
    reader.releaseLock();
  };
  streamReader.close = cancelAndRelease;
  streamReader.abort = async () => {
    streamReader.interrupted = true;
    await cancelAndRelease();
  };
  return tokenizer;
}
function getSafeBound(value, maximum, reason) {
  if (!Number.isFinite(value) || value < 0 || value > maximum) {
    throw new ParserHardLimitError(`${reason} has invalid size ${value} (maximum ${maximum} bytes)`);
  }
  return value;
}
async function safeIgnore(tokenizer, length, { maximumLength = maximumUntrustedSkipSizeInBytes, reason = "skip" } = {}) {
  const safeLength = getSafeBound(length, maximumLength, reason);
  await tokenizer.ignore(safeLength);
}
async function safeReadBuffer(tokenizer, buffer2, options, { maximumLength = buffer2.length, reason = "read" } = {}) {
  const length = options?.length ?? buffer2.length;
  const safeLength = getSafeBound(length, maximumLength, reason);
  return tokenizer.readBuffer(buffer2, {
    ...options,
    length: safeLength
  });
}
async function decompressDeflateRawWithLimit(data, { maximumLength = maximumZipEntrySizeInBytes } = {}) {
  const input = new ReadableStream({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    }
  });
  const output = input.pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = output.getReader();
  const chunks = [];
  let totalLength = 0;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      totalLength += value.length;
      if (totalLength > maximumLength) {
        await reader.cancel();
        throw new Error(`ZIP entry decompressed data exceeds ${maximumLength} bytes`);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const uncompressedData = new Uint8Array(totalLength);
  let offset = 0;
  for (const chunk of chunks) {
    uncompressedData.set(chunk, offset);
    offset += chunk.length;
  }
  return uncompressedData;
}
var zipDataDescriptorSignature = 134695760;
var zipDataDescriptorLengthInBytes = 16;
var zipDataDescriptorOverlapLengthInBytes = zipDataDescriptorLengthInBytes - 1;
function findZipDataDescriptorOffset(buffer2, bytesConsumed) {
  if (buffer2.length < zipDataDescriptorLengthInBytes) {
    return -1;
  }
  const lastPossibleDescriptorOffset = buffer2.length - zipDataDescriptorLengthInBytes;
  for (let index = 0; index <= lastPossibleDescriptorOffset; index++) {
    if (UINT32_LE.get(buffer2, index) === zipDataDescriptorSignature && UINT32_LE.get(buffer2, index + 8) === bytesConsumed + index) {
      return index;
    }
  }
  return -1;
}
function isPngAncillaryChunk(type) {
  return (type.codePointAt(0) & 32) !== 0;
}
function mergeByteChunks(chunks, totalLength) {
  const merged = new Uint8Array(totalLength);
  let offset = 0;
  for (const chunk of chunks) {
    merged.set(chunk, offset);
    offset += chunk.length;
  }
  return merged;
}
async function readZipDataDescriptorEntryWithLimit(zipHandler, { shouldBuffer, maximumLength = maximumZipEntrySizeInBytes } = {}) {
  const { syncBuffer } = zipHandler;
  const { length: syncBufferLength } = syncBuffer;
  const chunks = [];
  let bytesConsumed = 0;
  for (; ; ) {
    const length = await zipHandler.tokenizer.peekBuffer(syncBuffer, { mayBeLess: true });
    const dataDescriptorOffset = findZipDataDescriptorOffset(syncBuffer.subarray(0, length), bytesConsumed);
    const retainedLength = dataDescriptorOffset >= 0 ? 0 : length === syncBufferLength ? Math.min(zipDataDescriptorOverlapLengthInBytes, length - 1) : 0;
    const chunkLength = dataDescriptorOffset >= 0 ? dataDescriptorOffset : length - retainedLength;
    if (chunkLength === 0) {
      break;
    }
    bytesConsumed += chunkLength;
    if (bytesConsumed > maximumLength) {
      throw new Error(`ZIP entry compressed data exceeds ${maximumLength} bytes`);
    }
    if (shouldBuffer) {
      const data = new Uint8Array(chunkLength);
      await zipHandler.tokenizer.readBuffer(data);
      chunks.push(data);
    } else {
      await zipHandler.tokenizer.ignore(chunkLength);
    }
    if (dataDescriptorOffset >= 0) {
      break;
    }
  }
  if (!hasUnknownFileSize(zipHandler.tokenizer)) {
    zipHandler.knownSizeDescriptorScannedBytes += bytesConsumed;
  }
  if (!shouldBuffer) {
    return;
  }
  return mergeByteChunks(chunks, bytesConsumed);
}
function getRemainingZipScanBudget(zipHandler, startOffset) {
  if (hasUnknownFileSize(zipHandler.tokenizer)) {
    return Math.max(0, maximumUntrustedSkipSizeInBytes - (zipHandler.tokenizer.position - startOffset));
  }
  return Math.max(0, maximumZipEntrySizeInBytes - zipHandler.knownSizeDescriptorScannedBytes);
}
async function readZipEntryData(zipHandler, zipHeader, { shouldBuffer, maximumDescriptorLength = maximumZipEntrySizeInBytes } = {}) {
  if (zipHeader.dataDescriptor && zipHeader.compressedSize === 0) {
    return readZipDataDescriptorEntryWithLimit(zipHandler, {
      shouldBuffer,
      maximumLength: maximumDescriptorLength
    });
  }
  if (!shouldBuffer) {
    await safeIgnore(zipHandler.tokenizer, zipHeader.compressedSize, {
      maximumLength: hasUnknownFileSize(zipHandler.tokenizer) ? maximumZipEntrySizeInBytes : zipHandler.tokenizer.fileInfo.size,
      reason: "ZIP entry compressed data"
    });
    return;
  }
  const maximumLength = getMaximumZipBufferedReadLength(zipHandler.tokenizer);
  if (!Number.isFinite(zipHeader.compressedSize) || zipHeader.compressedSize < 0 || zipHeader.compressedSize > maximumLength) {
    throw new Error(`ZIP entry compressed data exceeds ${maximumLength} bytes`);
  }
  const fileData = new Uint8Array(zipHeader.compressedSize);
  await zipHandler.tokenizer.readBuffer(fileData);
  return fileData;
}
ZipHandler.prototype.inflate = async function(zipHeader, fileData, callback) {
  if (zipHeader.compressedMethod === 0) {
    return callback(fileData);
  }
  if (zipHeader.compressedMethod !== 8) {
    throw new Error(`Unsupported ZIP compression method: ${zipHeader.compressedMethod}`);
  }
  const uncompressedData = await decompressDeflateRawWithLimit(fileData, { maximumLength: maximumZipEntrySizeInBytes });
  return callback(uncompressedData);
};
ZipHandler.prototype.unzip = async function(fileCallback) {
  let stop = false;
  let zipEntryCount = 0;
  const zipScanStart = this.tokenizer.position;
  this.knownSizeDescriptorScannedBytes = 0;
  do {
    if (hasExceededUnknownSizeScanBudget(this.tokenizer, zipScanStart, maximumUntrustedSkipSizeInBytes)) {
      throw new ParserHardLimitError(`ZIP stream probing exceeds ${maximumUntrustedSkipSizeInBytes} bytes`);
    }
    const zipHeader = await this.readLocalFileHeader();
    if (!zipHeader) {
      break;
    }
    zipEntryCount++;
    if (zipEntryCount > maximumZipEntryCount) {
      throw new Error(`ZIP entry count exceeds ${maximumZipEntryCount}`);
    }
    const next = fileCallback(zipHeader);
    stop = Boolean(next.stop);
    await this.tokenizer.ignore(zipHeader.extraFieldLength);
    const fileData = await readZipEntryData(this, zipHeader, {
      shouldBuffer: Boolean(next.handler),
      maximumDescriptorLength: Math.min(maximumZipEntrySizeInBytes, getRemainingZipScanBudget(this, zipScanStart))
    });
    if (next.handler) {
      await this.inflate(zipHeader, fileData, next.handler);
    }
    if (zipHeader.dataDescriptor) {
      const dataDescriptor = new Uint8Array(zipDataDescriptorLengthInBytes);
      await this.tokenizer.readBuffer(dataDescriptor);
      if (UINT32_LE.get(dataDescriptor, 0) !== zipDataDescriptorSignature) {
        throw new Error(`Expected data-descriptor-signature at position ${this.tokenizer.position - dataDescriptor.length}`);
      }
    }
    if (hasExceededUnknownSizeScanBudget(this.tokenizer, zipScanStart, maximumUntrustedSkipSizeInBytes)) {
      throw new ParserHardLimitError(`ZIP stream probing exceeds ${maximumUntrustedSkipSizeInBytes} bytes`);
    }
  } while (!stop);
};
function createByteLimitedReadableStream(stream, maximumBytes) {
  const reader = stream.getReader();
  let emittedBytes = 0;
  let sourceDone = false;
  let sourceCanceled = false;
  const cancelSource = async (reason) => {
    if (sourceDone || sourceCanceled) {
      return;
    }
    sourceCanceled = true;
    await reader.cancel(reason);
  };
  return new ReadableStream({
    async pull(controller) {
      if (emittedBytes >= maximumBytes) {
        controller.close();
        await cancelSource();
        return;
      }
      const { done, value } = await reader.read();
      if (done || !value) {
        sourceDone = true;
        controller.close();
        return;
      }
      const remainingBytes = maximumBytes - emittedBytes;
      if (value.length > remainingBytes) {
        controller.enqueue(value.subarray(0, remainingBytes));
        emittedBytes += remainingBytes;
        controller.close();
        await cancelSource();
        return;
      }
      controller.enqueue(value);
      emittedBytes += value.length;
    },
    async cancel(reason) {
      await cancelSource(reason);
    }
  });
}
async function fileTypeFromBuffer(input, options) {
  return new FileTypeParser(options).fromBuffer(input);
}
function getFileTypeFromMimeType(mimeType) {
  mimeType = mimeType.toLowerCase();
  switch (mimeType) {
    case "application/epub+zip":
      return {
        ext: "epub",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.text":
      return {
        ext: "odt",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.text-template":
      return {
        ext: "ott",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.spreadsheet":
      return {
        ext: "ods",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.spreadsheet-template":
      return {
        ext: "ots",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.presentation":
      return {
        ext: "odp",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.presentation-template":
      return {
        ext: "otp",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.graphics":
      return {
        ext: "odg",
        mime: mimeType
      };
    case "application/vnd.oasis.opendocument.graphics-template":
      return {
        ext: "otg",
        mime: mimeType
      };
    case "application/vnd.openxmlformats-officedocument.presentationml.slideshow":
      return {
        ext: "ppsx",
        mime: mimeType
      };
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
      return {
        ext: "xlsx",
        mime: mimeType
      };
    case "application/vnd.ms-excel.sheet.macroenabled":
      return {
        ext: "xlsm",
        mime: "application/vnd.ms-excel.sheet.macroenabled.12"
      };
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.template":
      return {
        ext: "xltx",
        mime: mimeType
      };
    case "application/vnd.ms-excel.template.macroenabled":
      return {
        ext: "xltm",
        mime: "application/vnd.ms-excel.template.macroenabled.12"
      };
    case "application/vnd.ms-powerpoint.slideshow.macroenabled":
      return {
        ext: "ppsm",
        mime: "application/vnd.ms-powerpoint.slideshow.macroenabled.12"
      };
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return {
        ext: "docx",
        mime: mimeType
      };
    case "application/vnd.ms-word.document.macroenabled":
      return {
        ext: "docm",
        mime: "application/vnd.ms-word.document.macroenabled.12"
      };
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.template":
      return {
        ext: "dotx",
        mime: mimeType
      };
    case "application/vnd.ms-word.template.macroenabledtemplate":
      return {
        ext: "dotm",
        mime: "application/vnd.ms-word.template.macroenabled.12"
      };
    case "application/vnd.openxmlformats-officedocument.presentationml.template":
      return {
        ext: "potx",
        mime: mimeType
      };
    case "application/vnd.ms-powerpoint.template.macroenabled":
      return {
        ext: "potm",
        mime: "application/vnd.ms-powerpoint.template.macroenabled.12"
      };
    case "application/vnd.openxmlformats-officedocument.presentationml.presentation":
      return {
        ext: "pptx",
        mime: mimeType
      };
    case "application/vnd.ms-powerpoint.presentation.macroenabled":
      return {
        ext: "pptm",
        mime: "application/vnd.ms-powerpoint.presentation.macroenabled.12"
      };
    case "application/vnd.ms-visio.drawing":
      return {
        ext: "vsdx",
        mime: "application/vnd.visio"
      };
    case "application/vnd.ms-package.3dmanufacturing-3dmodel+xml":
      return {
        ext: "3mf",
        mime: "model/3mf"
      };
    default:
  }
}
function _check(buffer2, headers, options) {
  options = {
    offset: 0,
    ...options
  };
  for (const [index, header] of headers.entries()) {
    if (options.mask) {
      if (header !== (options.mask[index] & buffer2[index + options.offset])) {
        return false;
      }
    } else if (header !== buffer2[index + options.offset]) {
      return false;
    }
  }
  return true;
}
function normalizeSampleSize(sampleSize) {
  if (!Number.isFinite(sampleSize)) {
    return reasonableDetectionSizeInBytes;
  }
  return Math.max(1, Math.trunc(sampleSize));
}
function readByobReaderWithSignal(reader, buffer2, signal) {
  if (signal === void 0) {
    return reader.read(buffer2);
  }
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      const abortReason = signal.reason;
      cleanup();
      (async () => {
        try {
          await reader.cancel(abortReason);
        } catch {
        }
      })();
      reject(abortReason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    (async () => {
      try {
        const result = await reader.read(buffer2);
        cleanup();
        resolve(result);
      } catch (error) {
        cleanup();
        reject(error);
      }
    })();
  });
}
function normalizeMpegOffsetTolerance(mpegOffsetTolerance) {
  if (!Number.isFinite(mpegOffsetTolerance)) {
    return 0;
  }
  return Math.max(0, Math.min(maximumMpegOffsetTolerance, Math.trunc(mpegOffsetTolerance)));
}
function getKnownFileSizeOrMaximum(fileSize) {
  if (!Number.isFinite(fileSize)) {
    return Number.MAX_SAFE_INTEGER;
  }
  return Math.max(0, fileSize);
}
function hasUnknownFileSize(tokenizer) {
  const fileSize = tokenizer.fileInfo.size;
  return !Number.isFinite(fileSize) || fileSize === Number.MAX_SAFE_INTEGER;
}
function hasExceededUnknownSizeScanBudget(tokenizer, startOffset, maximumBytes) {
  return hasUnknownFileSize(tokenizer) && tokenizer.position - startOffset > maximumBytes;
}
function getMaximumZipBufferedReadLength(tokenizer) {
  const fileSize = tokenizer.fileInfo.size;
  const remainingBytes = Number.isFinite(fileSize) ? Math.max(0, fileSize - tokenizer.position) : Number.MAX_SAFE_INTEGER;
  return Math.min(remainingBytes, maximumZipBufferedReadSizeInBytes);
}
function isRecoverableZipError(error) {
  if (error instanceof EndOfStreamError) {
    return true;
  }
  if (error instanceof ParserHardLimitError) {
    return true;
  }
  if (!(error instanceof Error)) {
    return false;
  }
  if (recoverableZipErrorMessages.has(error.message)) {
    return true;
  }
  if (recoverableZipErrorCodes.has(error.code)) {
    return true;
  }
  for (const prefix of recoverableZipErrorMessagePrefixes) {
    if (error.message.startsWith(prefix)) {
      return true;
    }
  }
  return false;
}
function canReadZipEntryForDetection(zipHeader, maximumSize = maximumZipEntrySizeInBytes) {
  const sizes = [zipHeader.compressedSize, zipHeader.uncompressedSize];
  for (const size of sizes) {
    if (!Number.isFinite(size) || size < 0 || size > maximumSize) {
      return false;
    }
  }
  return true;
}
function createOpenXmlZipDetectionState() {
  return {
    hasContentTypesEntry: false,
    hasParsedContentTypesEntry: false,
    isParsingContentTypes: false,
    hasUnparseableContentTypes: false,
    hasWordDirectory: false,
    hasPresentationDirectory: false,
    hasSpreadsheetDirectory: false,
    hasThreeDimensionalModelEntry: false
  };
}
function updateOpenXmlZipDetectionStateFromFilename(openXmlState, filename) {
  if (filename.startsWith("word/")) {
    openXmlState.hasWordDirectory = true;
  }
  if (filename.startsWith("ppt/")) {
    openXmlState.hasPresentationDirectory = true;
  }
  if (filename.startsWith("xl/")) {
    openXmlState.hasSpreadsheetDirectory = true;
  }
  if (filename.startsWith("3D/") && filename.endsWith(".model")) {
    openXmlState.hasThreeDimensionalModelEntry = true;
  }
}
function getOpenXmlFileTypeFromZipEntries(openXmlState) {
  if (!openXmlState.hasContentTypesEntry || openXmlState.hasUnparseableContentTypes || openXmlState.isParsingContentTypes || openXmlState.hasParsedContentTypesEntry) {
    return;
  }
  if (openXmlState.hasWordDirectory) {
    return {
      ext: "docx",
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    };
  }
  if (openXmlState.hasPresentationDirectory) {
    return {
      ext: "pptx",
      mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    };
  }
  if (openXmlState.hasSpreadsheetDirectory) {
    return {
      ext: "xlsx",
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    };
  }
  if (openXmlState.hasThreeDimensionalModelEntry) {
    return {
      ext: "3mf",
      mime: "model/3mf"
    };
  }
}
function getOpenXmlMimeTypeFromContentTypesXml(xmlContent) {
  const endPosition = xmlContent.indexOf('.main+xml"');
  if (endPosition === -1) {
    const mimeType = "application/vnd.ms-package.3dmanufacturing-3dmodel+xml";
    if (xmlContent.includes(`ContentType="${mimeType}"`)) {
      return mimeType;
    }
    return;
  }
  const truncatedContent = xmlContent.slice(0, endPosition);
  const firstQuotePosition = truncatedContent.lastIndexOf('"');
  return truncatedContent.slice(firstQuotePosition + 1);
}
var FileTypeParser = class _FileTypeParser {
  constructor(options) {
    const normalizedMpegOffsetTolerance = normalizeMpegOffsetTolerance(options?.mpegOffsetTolerance);
    this.options = {
      ...options,
      mpegOffsetTolerance: normalizedMpegOffsetTolerance
    };
    this.detectors = [
      ...this.options.customDetectors ?? [],
      { id: "core", detect: this.detectConfident },
      { id: "core.imprecise", detect: this.detectImprecise }
    ];
    this.tokenizerOptions = {
      abortSignal: this.options.signal
    };
    this.gzipProbeDepth = 0;
  }
  getTokenizerOptions() {
    return {
      ...this.tokenizerOptions
    };
  }
  createTokenizerFromWebStream(stream) {
    return patchWebByobTokenizerClose(fromWebStream(stream, this.getTokenizerOptions()));
  }
  async parseTokenizer(tokenizer, detectionReentryCount = 0) {
    this.detectionReentryCount = detectionReentryCount;
    const initialPosition = tokenizer.position;
    for (const detector of this.detectors) {
      let fileType;
      try {
        fileType = await detector.detect(tokenizer);
      } catch (error) {
        if (error instanceof EndOfStreamError) {
          return;
        }
        if (error instanceof ParserHardLimitError) {
          return;
        }
        throw error;
      }
      if (fileType) {
        return fileType;
      }
      if (initialPosition !== tokenizer.position) {
        return void 0;
      }
    }
  }
  async fromTokenizer(tokenizer) {
    try {
      return await this.parseTokenizer(tokenizer);
    } finally {
      await tokenizer.close();
    }
  }
  async fromBuffer(input) {
    if (!(input instanceof Uint8Array || input instanceof ArrayBuffer)) {
      throw new TypeError(`Expected the \`input\` argument to be of type \`Uint8Array\` or \`ArrayBuffer\`, got \`${typeof input}\``);
    }
    const buffer2 = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (!(buffer2?.length > 1)) {
      return;
    }
    return this.fromTokenizer(fromBuffer(buffer2, this.getTokenizerOptions()));
  }
  async fromBlob(blob) {
    this.options.signal?.throwIfAborted();
    const tokenizer = fromBlob(blob, this.getTokenizerOptions());
    return this.fromTokenizer(tokenizer);
  }
  async fromStream(stream) {
    this.options.signal?.throwIfAborted();
    const tokenizer = this.createTokenizerFromWebStream(stream);
    return this.fromTokenizer(tokenizer);
  }
  async toDetectionStream(stream, options) {
    const sampleSize = normalizeSampleSize(options?.sampleSize ?? reasonableDetectionSizeInBytes);
    let detectedFileType;
    let firstChunk;
    const reader = stream.getReader({ mode: "byob" });
    try {
      const { value: chunk, done } = await readByobReaderWithSignal(reader, new Uint8Array(sampleSize), this.options.signal);
      firstChunk = chunk;
      if (!done && chunk) {
        try {
          detectedFileType = await this.fromBuffer(chunk.subarray(0, sampleSize));
        } catch (error) {
          if (!(error instanceof EndOfStreamError)) {
            throw error;
          }
          detectedFileType = void 0;
        }
      }
      firstChunk = chunk;
    } finally {
      reader.releaseLock();
    }
    const transformStream = new TransformStream({
      async start(controller) {
        controller.enqueue(firstChunk);
      },
      transform(chunk, controller) {
        controller.enqueue(chunk);
      }
    });
    const newStream = stream.pipeThrough(transformStream);
    newStream.fileType = detectedFileType;
    return newStream;
  }
  async detectGzip(tokenizer) {
    if (this.gzipProbeDepth >= maximumNestedGzipProbeDepth) {
      return {
        ext: "gz",
        mime: "application/gzip"
      };
    }
    const gzipHandler = new GzipHandler(tokenizer);
    const limitedInflatedStream = createByteLimitedReadableStream(gzipHandler.inflate(), maximumNestedGzipDetectionSizeInBytes);
    const hasUnknownSize = hasUnknownFileSize(tokenizer);
    let timeout;
    let probeSignal;
    let probeParser;
    let compressedFileType;
    if (hasUnknownSize) {
      const timeoutController = new AbortController();
      timeout = setTimeout(() => {
        timeoutController.abort(new DOMException(`Operation timed out after ${unknownSizeGzipProbeTimeoutInMilliseconds} ms`, "TimeoutError"));
      }, unknownSizeGzipProbeTimeoutInMilliseconds);
      probeSignal = this.options.signal === void 0 ? timeoutController.signal : AbortSignal.any([this.options.signal, timeoutController.signal]);
      probeParser = new _FileTypeParser({
        ...this.options,
        signal: probeSignal
      });
      probeParser.gzipProbeDepth = this.gzipProbeDepth + 1;
    } else {
      this.gzipProbeDepth++;
    }
    try {
      compressedFileType = await (probeParser ?? this).fromStream(limitedInflatedStream);
    } catch (error) {
      if (error?.name === "AbortError" && probeSignal?.reason?.name !== "TimeoutError") {
        throw error;
      }
    } finally {
      clearTimeout(timeout);
      if (!hasUnknownSize) {
        this.gzipProbeDepth--;
      }
    }
    if (compressedFileType?.ext === "tar") {
      return {
        ext: "tar.gz",
        mime: "application/gzip"
      };
    }
    return {
      ext: "gz",
      mime: "application/gzip"
    };
  }
  check(header, options) {
    return _check(this.buffer, header, options);
  }
  checkString(header, options) {
    return this.check(stringToBytes(header, options?.encoding), options);
  }
  // Detections with a high degree of certainty in identifying the correct file type
  detectConfident = async (tokenizer) => {
    this.buffer = new Uint8Array(reasonableDetectionSizeInBytes);
    if (tokenizer.fileInfo.size === void 0) {
      tokenizer.fileInfo.size = Number.MAX_SAFE_INTEGER;
    }
    this.tokenizer = tokenizer;
    if (hasUnknownFileSize(tokenizer)) {
      await tokenizer.peekBuffer(this.buffer, { length: 3, mayBeLess: true });
      if (this.check([31, 139, 8])) {
        return this.detectGzip(tokenizer);
      }
    }
    await tokenizer.peekBuffer(this.buffer, { length: 32, mayBeLess: true });
    if (this.check([66, 77])) {
      return {
        ext: "bmp",
        mime: "image/bmp"
      };
    }
    if (this.check([11, 119])) {
      return {
        ext: "ac3",
        mime: "audio/vnd.dolby.dd-raw"
      };
    }
    if (this.check([120, 1])) {
      return {
        ext: "dmg",
        mime: "application/x-apple-diskimage"
      };
    }
    if (this.check([77, 90])) {
      return {
        ext: "exe",
        mime: "application/x-msdownload"
      };
    }
    if (this.check([37, 33])) {
      await tokenizer.peekBuffer(this.buffer, { length: 24, mayBeLess: true });
      if (this.checkString("PS-Adobe-", { offset: 2 }) && this.checkString(" EPSF-", { offset: 14 })) {
        return {
          ext: "eps",
          mime: "application/eps"
        };
      }
      return {
        ext: "ps",
        mime: "application/postscript"
      };
    }
    if (this.check([31, 160]) || this.check([31, 157])) {
      return {
        ext: "Z",
        mime: "application/x-compress"
      };
    }
    if (this.check([199, 113])) {
      return {
        ext: "cpio",
        mime: "application/x-cpio"
      };
    }
    if (this.check([96, 234])) {
      return {
        ext: "arj",
        mime: "application/x-arj"
      };
    }
    if (this.check([239, 187, 191])) {
      if (this.detectionReentryCount >= maximumDetectionReentryCount) {
        return;
      }
      this.detectionReentryCount++;
      await this.tokenizer.ignore(3);
      return this.detectConfident(tokenizer);
    }
    if (this.check([71, 73, 70])) {
      return {
        ext: "gif",
        mime: "image/gif"
      };
    }
    if (this.check([73, 73, 188])) {
      return {
        ext: "jxr",
        mime: "image/vnd.ms-photo"
      };
    }
    if (this.check([31, 139, 8])) {
      return this.detectGzip(tokenizer);
    }
    if (this.check([66, 90, 104])) {
      return {
        ext: "bz2",
        mime: "application/x-bzip2"
      };
    }
    if (this.checkString("ID3")) {
      await safeIgnore(tokenizer, 6, {
        maximumLength: 6,
        reason: "ID3 header prefix"
      });
      const id3HeaderLength = await tokenizer.readToken(uint32SyncSafeToken);
      const isUnknownFileSize = hasUnknownFileSize(tokenizer);
      if (!Number.isFinite(id3HeaderLength) || id3HeaderLength < 0 || isUnknownFileSize && (id3HeaderLength > maximumId3HeaderSizeInBytes || tokenizer.position + id3HeaderLength > maximumId3HeaderSizeInBytes)) {
        return;
      }
      if (tokenizer.position + id3HeaderLength > tokenizer.fileInfo.size) {
        if (isUnknownFileSize) {
          return;
        }
        return {
          ext: "mp3",
          mime: "audio/mpeg"
        };
      }
      try {
        await safeIgnore(tokenizer, id3HeaderLength, {
          maximumLength: isUnknownFileSize ? maximumId3HeaderSizeInBytes : tokenizer.fileInfo.size,
          reason: "ID3 payload"
        });
      } catch (error) {
        if (error instanceof EndOfStreamError) {
          return;
        }
        throw error;
      }
      if (this.detectionReentryCount >= maximumDetectionReentryCount) {
        return;
      }
      this.detectionReentryCount++;
      return this.parseTokenizer(tokenizer, this.detectionReentryCount);
    }
    if (this.checkString("MP+")) {
      return {
        ext: "mpc",
        mime: "audio/x-musepack"
      };
    }
    if ((this.buffer[0] === 67 || this.buffer[0] === 70) && this.check([87, 83], { offset: 1 })) {
      return {
        ext: "swf",
        mime: "application/x-shockwave-flash"
      };
    }
    if (this.check([255, 216, 255])) {
      if (this.check([247], { offset: 3 })) {
        return {
          ext: "jls",
          mime: "image/jls"
        };
      }
      return {
        ext: "jpg",
        mime: "image/jpeg"
      };
    }
    if (this.check([79, 98, 106, 1])) {
      return {
        ext: "avro",
        mime: "application/avro"
      };
    }
    if (this.checkString("FLIF")) {
      return {
        ext: "flif",
        mime: "image/flif"
      };
    }
    if (this.checkString("8BPS")) {
      return {
        ext: "psd",
        mime: "image/vnd.adobe.photoshop"
      };
    }
    if (this.checkString("MPCK")) {
      return {
        ext: "mpc",
        mime: "audio/x-musepack"
      };
    }
    if (this.checkString("FORM")) {
      return {
        ext: "aif",
        mime: "audio/aiff"
      };
    }
    if (this.checkString("icns", { offset: 0 })) {
      return {
        ext: "icns",
        mime: "image/icns"
      };
    }
    if (this.check([80, 75, 3, 4])) {
      let fileType;
      const openXmlState = createOpenXmlZipDetectionState();
      try {
        await new ZipHandler(tokenizer).unzip((zipHeader) => {
          updateOpenXmlZipDetectionStateFromFilename(openXmlState, zipHeader.filename);
          const isOpenXmlContentTypesEntry = zipHeader.filename === "[Content_Types].xml";
          const openXmlFileTypeFromEntries = getOpenXmlFileTypeFromZipEntries(openXmlState);
          if (!isOpenXmlContentTypesEntry && openXmlFileTypeFromEntries) {
            fileType = openXmlFileTypeFromEntries;
            return {
              stop: true
            };
          }
          switch (zipHeader.filename) {
            case "META-INF/mozilla.rsa":
              fileType = {
                ext: "xpi",
                mime: "application/x-xpinstall"
              };
              return {
                stop: true
              };
            case "META-INF/MANIFEST.MF":
              fileType = {
                ext: "jar",
                mime: "application/java-archive"
              };
              return {
                stop: true
              };
            case "mimetype":
              if (!canReadZipEntryForDetection(zipHeader, maximumZipTextEntrySizeInBytes)) {
                return {};
              }
              return {
                async handler(fileData) {
                  const mimeType = new TextDecoder("utf-8").decode(fileData).trim();
                  fileType = getFileTypeFromMimeType(mimeType);
                },
                stop: true
              };
            case "[Content_Types].xml": {
              openXmlState.hasContentTypesEntry = true;
              if (!canReadZipEntryForDetection(zipHeader, maximumZipTextEntrySizeInBytes)) {
                openXmlState.hasUnparseableContentTypes = true;
                return {};
              }
              openXmlState.isParsingContentTypes = true;
              return {
                async handler(fileData) {
                  const xmlContent = new TextDecoder("utf-8").decode(fileData);
                  const mimeType = getOpenXmlMimeTypeFromContentTypesXml(xmlContent);
                  if (mimeType) {
                    fileType = getFileTypeFromMimeType(mimeType);
                  }
                  openXmlState.hasParsedContentTypesEntry = true;
                  openXmlState.isParsingContentTypes = false;
                },
                stop: true
              };
            }
            default:
              if (/classes\d*\.dex/.test(zipHeader.filename)) {
                fileType = {
                  ext: "apk",
                  mime: "application/vnd.android.package-archive"
                };
                return { stop: true };
              }
              return {};
          }
        });
      } catch (error) {
        if (!isRecoverableZipError(error)) {
          throw error;
        }
        if (openXmlState.isParsingContentTypes) {
          openXmlState.isParsingContentTypes = false;
          openXmlState.hasUnparseableContentTypes = true;
        }
      }
      return fileType ?? getOpenXmlFileTypeFromZipEntries(openXmlState) ?? {
        ext: "zip",
        mime: "application/zip"
      };
    }
    if (this.checkString("OggS")) {
      await tokenizer.ignore(28);
      const type = new Uint8Array(8);
      await tokenizer.readBuffer(type);
      if (_check(type, [79, 112, 117, 115, 72, 101, 97, 100])) {
        return {
          ext: "opus",
          mime: "audio/ogg; codecs=opus"
        };
      }
      if (_check(type, [128, 116, 104, 101, 111, 114, 97])) {
        return {
          ext: "ogv",
          mime: "video/ogg"
        };
      }
      if (_check(type, [1, 118, 105, 100, 101, 111, 0])) {
        return {
          ext: "ogm",
          mime: "video/ogg"
        };
      }
      if (_check(type, [127, 70, 76, 65, 67])) {
        return {
          ext: "oga",
          mime: "audio/ogg"
        };
      }
      if (_check(type, [83, 112, 101, 101, 120, 32, 32])) {
        return {
          ext: "spx",
          mime: "audio/ogg"
        };
      }
      if (_check(type, [1, 118, 111, 114, 98, 105, 115])) {
        return {
          ext: "ogg",
          mime: "audio/ogg"
        };
      }
      return {
        ext: "ogx",
        mime: "application/ogg"
      };
    }
    if (this.check([80, 75]) && (this.buffer[2] === 3 || this.buffer[2] === 5 || this.buffer[2] === 7) && (this.buffer[3] === 4 || this.buffer[3] === 6 || this.buffer[3] === 8)) {
      return {
        ext: "zip",
        mime: "application/zip"
      };
    }
    if (this.checkString("MThd")) {
      return {
        ext: "mid",
        mime: "audio/midi"
      };
    }
    if (this.checkString("wOFF") && (this.check([0, 1, 0, 0], { offset: 4 }) || this.checkString("OTTO", { offset: 4 }))) {
      return {
        ext: "woff",
        mime: "font/woff"
      };
    }
    if (this.checkString("wOF2") && (this.check([0, 1, 0, 0], { offset: 4 }) || this.checkString("OTTO", { offset: 4 }))) {
      return {
        ext: "woff2",
        mime: "font/woff2"
      };
    }
    if (this.check([212, 195, 178, 161]) || this.check([161, 178, 195, 212])) {
      return {
        ext: "pcap",
        mime: "application/vnd.tcpdump.pcap"
      };
    }
    if (this.checkString("DSD ")) {
      return {
        ext: "dsf",
        mime: "audio/x-dsf"
        // Non-standard
      };
    }
    if (this.checkString("LZIP")) {
      return {
        ext: "lz",
        mime: "application/x-lzip"
      };
    }
    if (this.checkString("fLaC")) {
      return {
        ext: "flac",
        mime: "audio/flac"
      };
    }
    if (this.check([66, 80, 71, 251])) {
      return {
        ext: "bpg",
        mime: "image/bpg"
      };
    }
    if (this.checkString("wvpk")) {
      return {
        ext: "wv",
        mime: "audio/wavpack"
      };
    }
    if (this.checkString("%PDF")) {
      return {
        ext: "pdf",
        mime: "application/pdf"
      };
    }
    if (this.check([0, 97, 115, 109])) {
      return {
        ext: "wasm",
        mime: "application/wasm"
      };
    }
    if (this.check([73, 73])) {
      const fileType = await this.readTiffHeader(false);
      if (fileType) {
        return fileType;
      }
    }
    if (this.check([77, 77])) {
      const fileType = await this.readTiffHeader(true);
      if (fileType) {
        return fileType;
      }
    }
    if (this.checkString("MAC ")) {
      return {
        ext: "ape",
        mime: "audio/ape"
      };
    }
    if (this.check([26, 69, 223, 163])) {
      async function readField() {
        const msb = await tokenizer.peekNumber(UINT8);
        let mask = 128;
        let ic = 0;
        while ((msb & mask) === 0 && mask !== 0) {
          ++ic;
          mask >>= 1;
        }
        const id = new Uint8Array(ic + 1);
        await safeReadBuffer(tokenizer, id, void 0, {
          maximumLength: id.length,
          reason: "EBML field"
        });
        return id;
      }
      async function readElement() {
        const idField = await readField();
        const lengthField = await readField();
        lengthField[0] ^= 128 >> lengthField.length - 1;
        const nrLength = Math.min(6, lengthField.length);
        const idView = new DataView(idField.buffer);
        const lengthView = new DataView(lengthField.buffer, lengthField.length - nrLength, nrLength);
        return {
          id: getUintBE(idView),
          len: getUintBE(lengthView)
        };
      }
      async function readChildren(children) {
        let ebmlElementCount = 0;
        while (children > 0) {
          ebmlElementCount++;
          if (ebmlElementCount > maximumEbmlElementCount) {
            return;
          }
          if (hasExceededUnknownSizeScanBudget(tokenizer, ebmlScanStart, maximumUntrustedSkipSizeInBytes)) {
            return;
          }
          const previousPosition = tokenizer.position;
          const element = await readElement();
          if (element.id === 17026) {
            if (element.len > maximumEbmlDocumentTypeSizeInBytes) {
              return;
            }
            const documentTypeLength = getSafeBound(element.len, maximumEbmlDocumentTypeSizeInBytes, "EBML DocType");
            const rawValue = await tokenizer.readToken(new StringType(documentTypeLength));
            return rawValue.replaceAll(/\00.*$/g, "");
          }
          if (hasUnknownFileSize(tokenizer) && (!Number.isFinite(element.len) || element.len < 0 || element.len > maximumEbmlElementPayloadSizeInBytes)) {
            return;
          }
          await safeIgnore(tokenizer, element.len, {
            maximumLength: hasUnknownFileSize(tokenizer) ? maximumEbmlElementPayloadSizeInBytes : tokenizer.fileInfo.size,
            reason: "EBML payload"
          });
          --children;
          if (tokenizer.position <= previousPosition) {
            return;
          }
        }
      }
      const rootElement = await readElement();
      const ebmlScanStart = tokenizer.position;
      const documentType = await readChildren(rootElement.len);
      switch (documentType) {
        case "webm":
          return {
            ext: "webm",
            mime: "video/webm"
          };
        case "matroska":
          return {
            ext: "mkv",
            mime: "video/matroska"
          };
        default:
          return;
      }
    }
    if (this.checkString("SQLi")) {
      return {
        ext: "sqlite",
        mime: "application/x-sqlite3"
      };
    }
    if (this.check([78, 69, 83, 26])) {
      return {
        ext: "nes",
        mime: "application/x-nintendo-nes-rom"
      };
    }
    if (this.checkString("Cr24")) {
      return {
        ext: "crx",
        mime: "application/x-google-chrome-extension"
      };
    }
    if (this.checkString("MSCF") || this.checkString("ISc(")) {
      return {
        ext: "cab",
        mime: "application/vnd.ms-cab-compressed"
      };
    }
    if (this.check([237, 171, 238, 219])) {
      return {
        ext: "rpm",
        mime: "application/x-rpm"
      };
    }
    if (this.check([197, 208, 211, 198])) {
      return {
        ext: "eps",
        mime: "application/eps"
      };
    }
    if (this.check([40, 181, 47, 253])) {
      return {
        ext: "zst",
        mime: "application/zstd"
      };
    }
    if (this.check([127, 69, 76, 70])) {
      return {
        ext: "elf",
        mime: "application/x-elf"
      };
    }
    if (this.check([33, 66, 68, 78])) {
      return {
        ext: "pst",
        mime: "application/vnd.ms-outlook"
      };
    }
    if (this.checkString("PAR1") || this.checkString("PARE")) {
      return {
        ext: "parquet",
        mime: "application/vnd.apache.parquet"
      };
    }
    if (this.checkString("ttcf")) {
      return {
        ext: "ttc",
        mime: "font/collection"
      };
    }
    if (this.check([254, 237, 250, 206]) || this.check([254, 237, 250, 207]) || this.check([206, 250, 237, 254]) || this.check([207, 250, 237, 254])) {
      return {
        ext: "macho",
        mime: "application/x-mach-binary"
      };
    }
    if (this.check([4, 34, 77, 24])) {
      return {
        ext: "lz4",
        mime: "application/x-lz4"
        // Invented by us
      };
    }
    if (this.checkString("regf")) {
      return {
        ext: "dat",
        mime: "application/x-ft-windows-registry-hive"
      };
    }
    if (this.checkString("$FL2") || this.checkString("$FL3")) {
      return {
        ext: "sav",
        mime: "application/x-spss-sav"
      };
    }
    if (this.check([79, 84, 84, 79, 0])) {
      return {
        ext: "otf",
        mime: "font/otf"
      };
    }
    if (this.checkString("#!AMR")) {
      return {
        ext: "amr",
        mime: "audio/amr"
      };
    }
    if (this.checkString("{\\rtf")) {
      return {
        ext: "rtf",
        mime: "application/rtf"
      };
    }
    if (this.check([70, 76, 86, 1])) {
      return {
        ext: "flv",
        mime: "video/x-flv"
      };
    }
    if (this.checkString("IMPM")) {
      return {
        ext: "it",
        mime: "audio/x-it"
      };
    }
    if (this.checkString("-lh0-", { offset: 2 }) || this.checkString("-lh1-", { offset: 2 }) || this.checkString("-lh2-", { offset: 2 }) || this.checkString("-lh3-", { offset: 2 }) || this.checkString("-lh4-", { offset: 2 }) || this.checkString("-lh5-", { offset: 2 }) || this.checkString("-lh6-", { offset: 2 }) || this.checkString("-lh7-", { offset: 2 }) || this.checkString("-lzs-", { offset: 2 }) || this.checkString("-lz4-", { offset: 2 }) || this.checkString("-lz5-", { offset: 2 }) || this.checkString("-lhd-", { offset: 2 })) {
      return {
        ext: "lzh",
        mime: "application/x-lzh-compressed"
      };
    }
    if (this.check([0, 0, 1, 186])) {
      if (this.check([33], { offset: 4, mask: [241] })) {
        return {
          ext: "mpg",
          // May also be .ps, .mpeg
          mime: "video/MP1S"
        };
      }
      if (this.check([68], { offset: 4, mask: [196] })) {
        return {
          ext: "mpg",
          // May also be .mpg, .m2p, .vob or .sub
          mime: "video/MP2P"
        };
      }
    }
    if (this.checkString("ITSF")) {
      return {
        ext: "chm",
        mime: "application/vnd.ms-htmlhelp"
      };
    }
    if (this.check([202, 254, 186, 190])) {
      const machOArchitectureCount = UINT32_BE.get(this.buffer, 4);
      const javaClassFileMajorVersion = UINT16_BE.get(this.buffer, 6);
      if (machOArchitectureCount > 0 && machOArchitectureCount <= 30) {
        return {
          ext: "macho",
          mime: "application/x-mach-binary"
        };
      }
      if (javaClassFileMajorVersion > 30) {
        return {
          ext: "class",
          mime: "application/java-vm"
        };
      }
    }
    if (this.checkString(".RMF")) {
      return {
        ext: "rm",
        mime: "application/vnd.rn-realmedia"
      };
    }
    if (this.checkString("DRACO")) {
      return {
        ext: "drc",
        mime: "application/vnd.google.draco"
        // Invented by us
      };
    }
    if (this.check([253, 55, 122, 88, 90, 0])) {
      return {
        ext: "xz",
        mime: "application/x-xz"
      };
    }
    if (this.checkString("<?xml ")) {
      return {
        ext: "xml",
        mime: "application/xml"
      };
    }
    if (this.check([55, 122, 188, 175, 39, 28])) {
      return {
        ext: "7z",
        mime: "application/x-7z-compressed"
      };
    }
    if (this.check([82, 97, 114, 33, 26, 7]) && (this.buffer[6] === 0 || this.buffer[6] === 1)) {
      return {
        ext: "rar",
        mime: "application/x-rar-compressed"
      };
    }
    if (this.checkString("solid ")) {
      return {
        ext: "stl",
        mime: "model/stl"
      };
    }
    if (this.checkString("AC")) {
      const version = new StringType(4, "latin1").get(this.buffer, 2);
      if (version.match("^d*") && version >= 1e3 && version <= 1050) {
        return {
          ext: "dwg",
          mime: "image/vnd.dwg"
        };
      }
    }
    if (this.checkString("070707")) {
      return {
        ext: "cpio",
        mime: "application/x-cpio"
      };
    }
    if (this.checkString("BLENDER")) {
      return {
        ext: "blend",
        mime: "application/x-blender"
      };
    }
    if (this.checkString("!<arch>")) {
      await tokenizer.ignore(8);
      const string = await tokenizer.readToken(new StringType(13, "ascii"));
      if (string === "debian-binary") {
        return {
          ext: "deb",
          mime: "application/x-deb"
        };
      }
      return {
        ext: "ar",
        mime: "application/x-unix-archive"
      };
    }
    if (this.checkString("WEBVTT") && // One of LF, CR, tab, space, or end of file must follow "WEBVTT" per the spec (see `fixture/fixture-vtt-*.vtt` for examples). Note that `\0` is technically the null character (there is no such thing as an EOF character). However, checking for `\0` gives us the same result as checking for the end of the stream.
    ["\n", "\r", "	", " ", "\0"].some((char7) => this.checkString(char7, { offset: 6 }))) {
      return {
        ext: "vtt",
        mime: "text/vtt"
      };
    }
    if (this.check([137, 80, 78, 71, 13, 10, 26, 10])) {
      const pngFileType = {
        ext: "png",
        mime: "image/png"
      };
      const apngFileType = {
        ext: "apng",
        mime: "image/apng"
      };
      await tokenizer.ignore(8);
      async function readChunkHeader() {
        return {
          length: await tokenizer.readToken(INT32_BE),
          type: await tokenizer.readToken(new StringType(4, "latin1"))
        };
      }
      const isUnknownPngStream = hasUnknownFileSize(tokenizer);
      const pngScanStart = tokenizer.position;
      let pngChunkCount = 0;
      let hasSeenImageHeader = false;
      do {
        pngChunkCount++;
        if (pngChunkCount > maximumPngChunkCount) {
          break;
        }
        if (hasExceededUnknownSizeScanBudget(tokenizer, pngScanStart, maximumPngStreamScanBudgetInBytes)) {
          break;
        }
        const previousPosition = tokenizer.position;
        const chunk = await readChunkHeader();
        if (chunk.length < 0) {
          return;
        }
        if (chunk.type === "IHDR") {
          if (chunk.length !== 13) {
            return;
          }
          hasSeenImageHeader = true;
        }
        switch (chunk.type) {
          case "IDAT":
            return pngFileType;
          case "acTL":
            return apngFileType;
          default:
            if (!hasSeenImageHeader && chunk.type !== "CgBI") {
              return;
            }
            if (isUnknownPngStream && chunk.length > maximumPngChunkSizeInBytes) {
              return hasSeenImageHeader && isPngAncillaryChunk(chunk.type) ? pngFileType : void 0;
            }
            try {
              await safeIgnore(tokenizer, chunk.length + 4, {
                maximumLength: isUnknownPngStream ? maximumPngChunkSizeInBytes + 4 : tokenizer.fileInfo.size,
                reason: "PNG chunk payload"
              });
            } catch (error) {
              if (!isUnknownPngStream && (error instanceof ParserHardLimitError || error instanceof EndOfStreamError)) {
                return pngFileType;
              }
              throw error;
            }
        }
        if (tokenizer.position <= previousPosition) {
          break;
        }
      } while (tokenizer.position + 8 < tokenizer.fileInfo.size);
      return pngFileType;
    }
    if (this.check([65, 82, 82, 79, 87, 49, 0, 0])) {
      return {
        ext: "arrow",
        mime: "application/vnd.apache.arrow.file"
      };
    }
    if (this.check([103, 108, 84, 70, 2, 0, 0, 0])) {
      return {
        ext: "glb",
        mime: "model/gltf-binary"
      };
    }
    if (this.check([102, 114, 101, 101], { offset: 4 }) || this.check([109, 100, 97, 116], { offset: 4 }) || this.check([109, 111, 111, 118], { offset: 4 }) || this.check([119, 105, 100, 101], { offset: 4 })) {
      return {
        ext: "mov",
        mime: "video/quicktime"
      };
    }
    if (this.check([73, 73, 82, 79, 8, 0, 0, 0, 24])) {
      return {
        ext: "orf",
        mime: "image/x-olympus-orf"
      };
    }
    if (this.checkString("gimp xcf ")) {
      return {
        ext: "xcf",
        mime: "image/x-xcf"
      };
    }
    if (this.checkString("ftyp", { offset: 4 }) && (this.buffer[8] & 96) !== 0) {
      const brandMajor = new StringType(4, "latin1").get(this.buffer, 8).replace("\0", " ").trim();
      switch (brandMajor) {
        case "avif":
        case "avis":
          return { ext: "avif", mime: "image/avif" };
        case "mif1":
          return { ext: "heic", mime: "image/heif" };
        case "msf1":
          return { ext: "heic", mime: "image/heif-sequence" };
        case "heic":
        case "heix":
          return { ext: "heic", mime: "image/heic" };
        case "hevc":
        case "hevx":
          return { ext: "heic", mime: "image/heic-sequence" };
        case "qt":
          return { ext: "mov", mime: "video/quicktime" };
        case "M4V":
        case "M4VH":
        case "M4VP":
          return { ext: "m4v", mime: "video/x-m4v" };
        case "M4P":
          return { ext: "m4p", mime: "video/mp4" };
        case "M4B":
          return { ext: "m4b", mime: "audio/mp4" };
        case "M4A":
          return { ext: "m4a", mime: "audio/x-m4a" };
        case "F4V":
          return { ext: "f4v", mime: "video/mp4" };
        case "F4P":
          return { ext: "f4p", mime: "video/mp4" };
        case "F4A":
          return { ext: "f4a", mime: "audio/mp4" };
        case "F4B":
          return { ext: "f4b", mime: "audio/mp4" };
        case "crx":
          return { ext: "cr3", mime: "image/x-canon-cr3" };
        default:
          if (brandMajor.startsWith("3g")) {
            if (brandMajor.startsWith("3g2")) {
              return { ext: "3g2", mime: "video/3gpp2" };
            }
            return { ext: "3gp", mime: "video/3gpp" };
          }
          return { ext: "mp4", mime: "video/mp4" };
      }
    }
    if (this.checkString("REGEDIT4\r\n")) {
      return {
        ext: "reg",
        mime: "application/x-ms-regedit"
      };
    }
    if (this.check([82, 73, 70, 70])) {
      if (this.checkString("WEBP", { offset: 8 })) {
        return {
          ext: "webp",
          mime: "image/webp"
        };
      }
      if (this.check([65, 86, 73], { offset: 8 })) {
        return {
          ext: "avi",
          mime: "video/vnd.avi"
        };
      }
      if (this.check([87, 65, 86, 69], { offset: 8 })) {
        return {
          ext: "wav",
          mime: "audio/wav"
        };
      }
      if (this.check([81, 76, 67, 77], { offset: 8 })) {
        return {
          ext: "qcp",
          mime: "audio/qcelp"
        };
      }
    }
    if (this.check([73, 73, 85, 0, 24, 0, 0, 0, 136, 231, 116, 216])) {
      return {
        ext: "rw2",
        mime: "image/x-panasonic-rw2"
      };
    }
    if (this.check([48, 38, 178, 117, 142, 102, 207, 17, 166, 217])) {
      let isMalformedAsf = false;
      try {
        async function readHeader() {
          const guid = new Uint8Array(16);
          await safeReadBuffer(tokenizer, guid, void 0, {
            maximumLength: guid.length,
            reason: "ASF header GUID"
          });
          return {
            id: guid,
            size: Number(await tokenizer.readToken(UINT64_LE))
          };
        }
        await safeIgnore(tokenizer, 30, {
          maximumLength: 30,
          reason: "ASF header prelude"
        });
        const isUnknownFileSize = hasUnknownFileSize(tokenizer);
        const asfHeaderScanStart = tokenizer.position;
        let asfHeaderObjectCount = 0;
        while (tokenizer.position + 24 < tokenizer.fileInfo.size) {
          asfHeaderObjectCount++;
          if (asfHeaderObjectCount > maximumAsfHeaderObjectCount) {
            break;
          }
          if (hasExceededUnknownSizeScanBudget(tokenizer, asfHeaderScanStart, maximumUntrustedSkipSizeInBytes)) {
            break;
          }
          const previousPosition = tokenizer.position;
          const header = await readHeader();
          let payload = header.size - 24;
          if (!Number.isFinite(payload) || payload < 0) {
            isMalformedAsf = true;
            break;
          }
          if (_check(header.id, [145, 7, 220, 183, 183, 169, 207, 17, 142, 230, 0, 192, 12, 32, 83, 101])) {
            const typeId = new Uint8Array(16);
            payload -= await safeReadBuffer(tokenizer, typeId, void 0, {
              maximumLength: typeId.length,
              reason: "ASF stream type GUID"
            });
            if (_check(typeId, [64, 158, 105, 248, 77, 91, 207, 17, 168, 253, 0, 128, 95, 92, 68, 43])) {
              return {
                ext: "asf",
                mime: "audio/x-ms-asf"
              };
            }
            if (_check(typeId, [192, 239, 25, 188, 77, 91, 207, 17, 168, 253, 0, 128, 95, 92, 68, 43])) {
              return {
                ext: "asf",
                mime: "video/x-ms-asf"
              };
            }
            break;
          }
          if (isUnknownFileSize && payload > maximumAsfHeaderPayloadSizeInBytes) {
            isMalformedAsf = true;
            break;
          }
          await safeIgnore(tokenizer, payload, {
            maximumLength: isUnknownFileSize ? maximumAsfHeaderPayloadSizeInBytes : tokenizer.fileInfo.size,
            reason: "ASF header payload"
          });
          if (tokenizer.position <= previousPosition) {
            isMalformedAsf = true;
            break;
          }
        }
      } catch (error) {
        if (error instanceof EndOfStreamError || error instanceof ParserHardLimitError) {
          if (hasUnknownFileSize(tokenizer)) {
            isMalformedAsf = true;
          }
        } else {
          throw error;
        }
      }
      if (isMalformedAsf) {
        return;
      }
      return {
        ext: "asf",
        mime: "application/vnd.ms-asf"
      };
    }
    if (this.check([171, 75, 84, 88, 32, 49, 49, 187, 13, 10, 26, 10])) {
      return {
        ext: "ktx",
        mime: "image/ktx"
      };
    }
    if ((this.check([126, 16, 4]) || this.check([126, 24, 4])) && this.check([48, 77, 73, 69], { offset: 4 })) {
      return {
        ext: "mie",
        mime: "application/x-mie"
      };
    }
    if (this.check([39, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { offset: 2 })) {
      return {
        ext: "shp",
        mime: "application/x-esri-shape"
      };
    }
    if (this.check([255, 79, 255, 81])) {
      return {
        ext: "j2c",
        mime: "image/j2c"
      };
    }
    if (this.check([0, 0, 0, 12, 106, 80, 32, 32, 13, 10, 135, 10])) {
      await tokenizer.ignore(20);
      const type = await tokenizer.readToken(new StringType(4, "ascii"));
      switch (type) {
        case "jp2 ":
          return {
            ext: "jp2",
            mime: "image/jp2"
          };
        case "jpx ":
          return {
            ext: "jpx",
            mime: "image/jpx"
          };
        case "jpm ":
          return {
            ext: "jpm",
            mime: "image/jpm"
          };
        case "mjp2":
          return {
            ext: "mj2",
            mime: "image/mj2"
          };
        default:
          return;
      }
    }
    if (this.check([255, 10]) || this.check([0, 0, 0, 12, 74, 88, 76, 32, 13, 10, 135, 10])) {
      return {
        ext: "jxl",
        mime: "image/jxl"
      };
    }
    if (this.check([254, 255])) {
      if (this.checkString("<?xml ", { offset: 2, encoding: "utf-16be" })) {
        return {
          ext: "xml",
          mime: "application/xml"
        };
      }
      return void 0;
    }
    if (this.check([208, 207, 17, 224, 161, 177, 26, 225])) {
      return {
        ext: "cfb",
        mime: "application/x-cfb"
      };
    }
    await tokenizer.peekBuffer(this.buffer, { length: Math.min(256, tokenizer.fileInfo.size), mayBeLess: true });
    if (this.check([97, 99, 115, 112], { offset: 36 })) {
      return {
        ext: "icc",
        mime: "application/vnd.iccprofile"
      };
    }
    if (this.checkString("**ACE", { offset: 7 }) && this.checkString("**", { offset: 12 })) {
      return {
        ext: "ace",
        mime: "application/x-ace-compressed"
      };
    }
    if (this.checkString("BEGIN:")) {
      if (this.checkString("VCARD", { offset: 6 })) {
        return {
          ext: "vcf",
          mime: "text/vcard"
        };
      }
      if (this.checkString("VCALENDAR", { offset: 6 })) {
        return {
          ext: "ics",
          mime: "text/calendar"
        };
      }
    }
    if (this.checkString("FUJIFILMCCD-RAW")) {
      return {
        ext: "raf",
        mime: "image/x-fujifilm-raf"
      };
    }
    if (this.checkString("Extended Module:")) {
      return {
        ext: "xm",
        mime: "audio/x-xm"
      };
    }
    if (this.checkString("Creative Voice File")) {
      return {
        ext: "voc",
        mime: "audio/x-voc"
      };
    }
    if (this.check([4, 0, 0, 0]) && this.buffer.length >= 16) {
      const jsonSize = new DataView(this.buffer.buffer).getUint32(12, true);
      if (jsonSize > 12 && this.buffer.length >= jsonSize + 16) {
        try {
          const header = new TextDecoder().decode(this.buffer.subarray(16, jsonSize + 16));
          const json = JSON.parse(header);
          if (json.files) {
            return {
              ext: "asar",
              mime: "application/x-asar"
            };
          }
        } catch {
        }
      }
    }
    if (this.check([6, 14, 43, 52, 2, 5, 1, 1, 13, 1, 2, 1, 1, 2])) {
      return {
        ext: "mxf",
        mime: "application/mxf"
      };
    }
    if (this.checkString("SCRM", { offset: 44 })) {
      return {
        ext: "s3m",
        mime: "audio/x-s3m"
      };
    }
    if (this.check([71]) && this.check([71], { offset: 188 })) {
      return {
        ext: "mts",
        mime: "video/mp2t"
      };
    }
    if (this.check([71], { offset: 4 }) && this.check([71], { offset: 196 })) {
      return {
        ext: "mts",
        mime: "video/mp2t"
      };
    }
    if (this.check([66, 79, 79, 75, 77, 79, 66, 73], { offset: 60 })) {
      return {
        ext: "mobi",
        mime: "application/x-mobipocket-ebook"
      };
    }
    if (this.check([68, 73, 67, 77], { offset: 128 })) {
      return {
        ext: "dcm",
        mime: "application/dicom"
      };
    }
    if (this.check([76, 0, 0, 0, 1, 20, 2, 0, 0, 0, 0, 0, 192, 0, 0, 0, 0, 0, 0, 70])) {
      return {
        ext: "lnk",
        mime: "application/x.ms.shortcut"
        // Invented by us
      };
    }
    if (this.check([98, 111, 111, 107, 0, 0, 0, 0, 109, 97, 114, 107, 0, 0, 0, 0])) {
      return {
        ext: "alias",
        mime: "application/x.apple.alias"
        // Invented by us
      };
    }
    if (this.checkString("Kaydara FBX Binary  \0")) {
      return {
        ext: "fbx",
        mime: "application/x.autodesk.fbx"
        // Invented by us
      };
    }
    if (this.check([76, 80], { offset: 34 }) && (this.check([0, 0, 1], { offset: 8 }) || this.check([1, 0, 2], { offset: 8 }) || this.check([2, 0, 2], { offset: 8 }))) {
      return {
        ext: "eot",
        mime: "application/vnd.ms-fontobject"
      };
    }
    if (this.check([6, 6, 237, 245, 216, 29, 70, 229, 189, 49, 239, 231, 254, 116, 183, 29])) {
      return {
        ext: "indd",
        mime: "application/x-indesign"
      };
    }
    if (this.check([255, 255, 0, 0, 7, 0, 0, 0, 4, 0, 0, 0, 1, 0, 1, 0]) || this.check([0, 0, 255, 255, 0, 0, 0, 7, 0, 0, 0, 4, 0, 1, 0, 1])) {
      return {
        ext: "jmp",
        mime: "application/x-jmp-data"
      };
    }
    await tokenizer.peekBuffer(this.buffer, { length: Math.min(512, tokenizer.fileInfo.size), mayBeLess: true });
    if (this.checkString("ustar", { offset: 257 }) && (this.checkString("\0", { offset: 262 }) || this.checkString(" ", { offset: 262 })) || this.check([0, 0, 0, 0, 0, 0], { offset: 257 }) && tarHeaderChecksumMatches(this.buffer)) {
      return {
        ext: "tar",
        mime: "application/x-tar"
      };
    }
    if (this.check([255, 254])) {
      const encoding = "utf-16le";
      if (this.checkString("<?xml ", { offset: 2, encoding })) {
        return {
          ext: "xml",
          mime: "application/xml"
        };
      }
      if (this.check([255, 14], { offset: 2 }) && this.checkString("SketchUp Model", { offset: 4, encoding })) {
        return {
          ext: "skp",
          mime: "application/vnd.sketchup.skp"
        };
      }
      if (this.checkString("Windows Registry Editor Version 5.00\r\n", { offset: 2, encoding })) {
        return {
          ext: "reg",
          mime: "application/x-ms-regedit"
        };
      }
      return void 0;
    }
    if (this.checkString("-----BEGIN PGP MESSAGE-----")) {
      return {
        ext: "pgp",
        mime: "application/pgp-encrypted"
      };
    }
  };
  // Detections with limited supporting data, resulting in a higher likelihood of false positives
  detectImprecise = async (tokenizer) => {
    this.buffer = new Uint8Array(reasonableDetectionSizeInBytes);
    const fileSize = getKnownFileSizeOrMaximum(tokenizer.fileInfo.size);
    await tokenizer.peekBuffer(this.buffer, { length: Math.min(8, fileSize), mayBeLess: true });
    if (this.check([0, 0, 1, 186]) || this.check([0, 0, 1, 179])) {
      return {
        ext: "mpg",
        mime: "video/mpeg"
      };
    }
    if (this.check([0, 1, 0, 0, 0])) {
      return {
        ext: "ttf",
        mime: "font/ttf"
      };
    }
    if (this.check([0, 0, 1, 0])) {
      return {
        ext: "ico",
        mime: "image/x-icon"
      };
    }
    if (this.check([0, 0, 2, 0])) {
      return {
        ext: "cur",
        mime: "image/x-icon"
      };
    }
    await tokenizer.peekBuffer(this.buffer, { length: Math.min(2 + this.options.mpegOffsetTolerance, fileSize), mayBeLess: true });
    if (this.buffer.length >= 2 + this.options.mpegOffsetTolerance) {
      for (let depth = 0; depth <= this.options.mpegOffsetTolerance; ++depth) {
        const type = this.scanMpeg(depth);
        if (type) {
          return type;
        }
      }
    }
  };
  async readTiffTag(bigEndian) {
    const tagId = await this.tokenizer.readToken(bigEndian ? UINT16_BE : UINT16_LE);
    await this.tokenizer.ignore(10);
    switch (tagId) {
      case 50341:
        return {
          ext: "arw",
          mime: "image/x-sony-arw"
        };
      case 50706:
        return {
          ext: "dng",
          mime: "image/x-adobe-dng"
        };
      default:
    }
  }
  async readTiffIFD(bigEndian) {
    const numberOfTags = await this.tokenizer.readToken(bigEndian ? UINT16_BE : UINT16_LE);
    if (numberOfTags > maximumTiffTagCount) {
      return;
    }
    if (hasUnknownFileSize(this.tokenizer) && 2 + numberOfTags * 12 > maximumTiffIfdOffsetInBytes) {
      return;
    }
    for (let n = 0; n < numberOfTags; ++n) {
      const fileType = await this.readTiffTag(bigEndian);
      if (fileType) {
        return fileType;
      }
    }
  }
  async readTiffHeader(bigEndian) {
    const tiffFileType = {
      ext: "tif",
      mime: "image/tiff"
    };
    const version = (bigEndian ? UINT16_BE : UINT16_LE).get(this.buffer, 2);
    const ifdOffset = (bigEndian ? UINT32_BE : UINT32_LE).get(this.buffer, 4);
    if (version === 42) {
      if (ifdOffset >= 6) {
        if (this.checkString("CR", { offset: 8 })) {
          return {
            ext: "cr2",
            mime: "image/x-canon-cr2"
          };
        }
        if (ifdOffset >= 8) {
          const someId1 = (bigEndian ? UINT16_BE : UINT16_LE).get(this.buffer, 8);
          const someId2 = (bigEndian ? UINT16_BE : UINT16_LE).get(this.buffer, 10);
          if (someId1 === 28 && someId2 === 254 || someId1 === 31 && someId2 === 11) {
            return {
              ext: "nef",
              mime: "image/x-nikon-nef"
            };
          }
        }
      }
      if (hasUnknownFileSize(this.tokenizer) && ifdOffset > maximumTiffStreamIfdOffsetInBytes) {
        return tiffFileType;
      }
      const maximumTiffOffset = hasUnknownFileSize(this.tokenizer) ? maximumTiffIfdOffsetInBytes : this.tokenizer.fileInfo.size;
      try {
        await safeIgnore(this.tokenizer, ifdOffset, {
          maximumLength: maximumTiffOffset,
          reason: "TIFF IFD offset"
        });
      } catch (error) {
        if (error instanceof EndOfStreamError) {
          return;
        }
        throw error;
      }
      let fileType;
      try {
        fileType = await this.readTiffIFD(bigEndian);
      } catch (error) {
        if (error instanceof EndOfStreamError) {
          return;
        }
        throw error;
      }
      return fileType ?? tiffFileType;
    }
    if (version === 43) {
      return tiffFileType;
    }
  }
  /**
  	Scan check MPEG 1 or 2 Layer 3 header, or 'layer 0' for ADTS (MPEG sync-word 0xFFE).
  
  	@param offset - Offset to scan for sync-preamble.
  	@returns {{ext: string, mime: string}}
  	*/
  scanMpeg(offset) {
    if (this.check([255, 224], { offset, mask: [255, 224] })) {
      if (this.check([16], { offset: offset + 1, mask: [22] })) {
        if (this.check([8], { offset: offset + 1, mask: [8] })) {
          return {
            ext: "aac",
            mime: "audio/aac"
          };
        }
        return {
          ext: "aac",
          mime: "audio/aac"
        };
      }
      if (this.check([2], { offset: offset + 1, mask: [6] })) {
        return {
          ext: "mp3",
          mime: "audio/mpeg"
        };
      }
      if (this.check([4], { offset: offset + 1, mask: [6] })) {
        return {
          ext: "mp2",
          mime: "audio/mpeg"
        };
      }
      if (this.check([6], { offset: offset + 1, mask: [6] })) {
        return {
          ext: "mp1",
          mime: "audio/mpeg"
        };
      }
    }
  }
};
var supportedExtensions = new Set(extensions);
var supportedMimeTypes = new Set(mimeTypes);

// src/formats/id3.ts
import { inflateSync } from "node:zlib";

// src/archive/compress.ts
var import_seek_bzip = __toESM(require_lib(), 1);
import zlib2 from "node:zlib";

// src/archive/lzma.ts
import { createHash } from "node:crypto";
import zlib from "node:zlib";
var DecodeError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
  kind;
};
var corrupt = (what) => new DecodeError("corrupt", what);
var truncated = (what) => new DecodeError("truncated", what);
var Output = class {
  constructor(max, hint) {
    this.max = max;
    this.buf = new Uint8Array(Math.max(0, Math.min(max, Math.max(hint, 4096))));
  }
  max;
  buf;
  pos = 0;
  /** Make room for `n` more bytes, or throw when that would pass the limit. */
  ensure(n) {
    const need = this.pos + n;
    if (need <= this.buf.length) return;
    if (need > this.max) throw new DecodeError("too-large", `decompresses past ${this.max} bytes`);
    let size = Math.max(this.buf.length, 4096);
    while (size < need) size *= 2;
    const b2 = new Uint8Array(Math.min(size, this.max));
    b2.set(this.buf.subarray(0, this.pos));
    this.buf = b2;
  }
  result() {
    return this.buf.subarray(0, this.pos);
  }
};
var TOP = 16777216;
var PROB_INIT = 1024;
var END_MARKER = 4294967295;
var LzmaDecoder = class {
  constructor(out) {
    this.out = out;
  }
  out;
  inp = new Uint8Array(0);
  ip = 0;
  end = 0;
  range = 0;
  code = 0;
  lc = 3;
  lp = 0;
  pb = 2;
  literal = new Uint16Array(0);
  isMatch = new Uint16Array(192);
  isRep = new Uint16Array(12);
  isRepG0 = new Uint16Array(12);
  isRepG1 = new Uint16Array(12);
  isRepG2 = new Uint16Array(12);
  isRep0Long = new Uint16Array(192);
  posSlot = new Uint16Array(4 << 6);
  posSpecial = new Uint16Array(115);
  align = new Uint16Array(16);
  lenProbs = new Uint16Array(2 + 256 + 256);
  repLenProbs = new Uint16Array(2 + 256 + 256);
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  /** Output position of the last dictionary reset: no match reaches before it, literal context starts from it. */
  dictStart = 0;
  /**
   * Probability cells reset so far. A state reset costs ~14,000 cell writes and an LZMA2 chunk that asks for one can
   * be a dozen bytes long: without a bound, a small file could make the decoder write a thousand times its size.
   * Encoders reset at block starts and after stored chunks (at most once per 64 KiB or so), far under this budget.
   */
  cells = 0;
  /** lc/lp/pb from the properties byte; liblzma takes lc + lp <= 4 only. */
  setProperties(props) {
    if (props > 224) throw corrupt("invalid LZMA properties");
    const lc = props % 9;
    const lp = Math.floor(props / 9) % 5;
    const pb = Math.floor(props / 45);
    if (lc + lp > 4) throw new DecodeError("unsupported", `LZMA properties lc=${lc} lp=${lp} are not readable by liblzma`);
    this.lc = lc;
    this.lp = lp;
    this.pb = pb;
    const n = 768 << lc + lp;
    if (this.literal.length !== n) this.literal = new Uint16Array(n);
  }
  resetState() {
    this.cells += this.literal.length + 1400;
    if (this.cells > (1 << 22) + 16 * this.out.pos) {
      throw new DecodeError("unsupported", "LZMA data resets its state far more often than any encoder does");
    }
    for (const p2 of [this.literal, this.isMatch, this.isRep, this.isRepG0, this.isRepG1, this.isRepG2, this.isRep0Long, this.posSlot, this.posSpecial, this.align, this.lenProbs, this.repLenProbs]) {
      p2.fill(PROB_INIT);
    }
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
  }
  /** Start the range coder on inp[ip, end). */
  rcInit(inp, ip, end) {
    if (end - ip < 5) throw truncated("LZMA data ends before the range coder starts");
    if (inp[ip] !== 0) throw corrupt("LZMA range coder does not start with a zero byte");
    this.inp = inp;
    this.end = end;
    this.code = (inp[ip + 1] << 24 | inp[ip + 2] << 16 | inp[ip + 3] << 8 | inp[ip + 4]) >>> 0;
    this.range = 4294967295;
    this.ip = ip + 5;
    if (this.code === this.range) throw corrupt("LZMA range coder starts out of range");
  }
  /** The range coder is at a clean end: its last normalisation done, code zero (liblzma's rc_is_finished). */
  finished() {
    if (this.range < TOP) {
      if (this.ip >= this.end) return false;
      this.normalize();
    }
    return this.code === 0;
  }
  normalize() {
    if (this.range < TOP) {
      if (this.ip >= this.end) throw truncated("LZMA data is truncated");
      this.range = this.range * 256;
      this.code = (this.code << 8 | this.inp[this.ip++]) >>> 0;
    }
  }
  bit(p2, i) {
    this.normalize();
    const prob = p2[i];
    const bound = (this.range >>> 11) * prob;
    if (this.code < bound) {
      this.range = bound;
      p2[i] = prob + (2048 - prob >>> 5);
      return 0;
    }
    this.range -= bound;
    this.code -= bound;
    p2[i] = prob - (prob >>> 5);
    return 1;
  }
  tree(p2, base, bits) {
    let m2 = 1;
    for (let i = 0; i < bits; i++) m2 = m2 << 1 | this.bit(p2, base + m2);
    return m2 - (1 << bits);
  }
  reverseTree(p2, base, bits) {
    let m2 = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b2 = this.bit(p2, base + m2);
      m2 = m2 << 1 | b2;
      sym |= b2 << i;
    }
    return sym;
  }
  direct(bits) {
    let res = 0;
    for (let i = 0; i < bits; i++) {
      this.normalize();
      this.range = this.range >>> 1;
      let b2 = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b2 = 1;
      }
      res = res * 2 + b2;
    }
    return res;
  }
  /**
   * After a .lzma's declared size: an end marker may follow (liblzma accepts one). Reads it if it is there, else
   * leaves the input where it was and only finishes the range coder's last normalisation.
   */
  endMarkerOrFinish() {
    const { ip, range, code } = this;
    try {
      const posState = this.out.pos - this.dictStart & (1 << this.pb) - 1;
      if (this.bit(this.isMatch, (this.state << 4) + posState) === 1 && this.bit(this.isRep, this.state) === 0) {
        if (this.distance(this.length(this.lenProbs, posState)) === END_MARKER) {
          this.finished();
          return;
        }
      }
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
    }
    this.ip = ip;
    this.range = range;
    this.code = code;
    this.finished();
  }
  /** Match length minus 2 (0..271); `p` is lenProbs or repLenProbs: choice, choice2, low[16][8], mid[16][8], high[256]. */
  length(p2, posState) {
    if (this.bit(p2, 0) === 0) return this.tree(p2, 2 + (posState << 3), 3);
    if (this.bit(p2, 1) === 0) return 8 + this.tree(p2, 130 + (posState << 3), 3);
    return 16 + this.tree(p2, 258, 8);
  }
  /** A match distance minus 1, or END_MARKER. */
  distance(len) {
    const slot = this.tree(this.posSlot, (len < 4 ? len : 3) << 6, 6);
    if (slot < 4) return slot;
    const bits = (slot >>> 1) - 1;
    let dist = (2 | slot & 1) * 2 ** bits;
    if (slot < 14) return dist + this.reverseTree(this.posSpecial, dist - slot, bits);
    dist += this.direct(bits - 4) * 16;
    return dist + this.reverseTree(this.align, 0, 4);
  }
  /**
   * Decode until the output reaches `limit` (an absolute output position; Infinity for "until the end marker") or
   * the end marker. Returns true when the end marker was read. A match that would cross `limit` is corrupt.
   */
  decode(limit, allowEndMarker) {
    const out = this.out;
    const pbMask = (1 << this.pb) - 1;
    const lpMask = (1 << this.lp) - 1;
    const lc = this.lc;
    const lit = this.literal;
    while (out.pos < limit) {
      const rel = out.pos - this.dictStart;
      const posState = rel & pbMask;
      const state = this.state;
      if (this.bit(this.isMatch, (state << 4) + posState) === 0) {
        out.ensure(1);
        const buf2 = out.buf;
        const prev = rel > 0 ? buf2[out.pos - 1] : 0;
        const base = 768 * (((rel & lpMask) << lc) + (prev >>> 8 - lc));
        let sym = 1;
        if (state >= 7) {
          let match = buf2[out.pos - this.rep0 - 1];
          while (sym < 256) {
            const mb = match >>> 7 & 1;
            match <<= 1;
            const b2 = this.bit(lit, base + (1 + mb << 8) + sym);
            sym = sym << 1 | b2;
            if (mb !== b2) break;
          }
        }
        while (sym < 256) sym = sym << 1 | this.bit(lit, base + sym);
        buf2[out.pos++] = sym & 255;
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len;
      if (this.bit(this.isRep, state) === 0) {
        len = this.length(this.lenProbs, posState);
        this.state = state < 7 ? 7 : 10;
        const dist2 = this.distance(len);
        if (dist2 === END_MARKER) {
          if (!allowEndMarker) throw corrupt("LZMA end marker where none is allowed");
          return true;
        }
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        this.rep0 = dist2;
      } else {
        if (rel === 0) throw corrupt("LZMA repeated match before any data");
        if (this.bit(this.isRepG0, state) === 0) {
          if (this.bit(this.isRep0Long, (state << 4) + posState) === 0) {
            if (this.rep0 >= rel) throw corrupt("LZMA match distance reaches before the start of the data");
            this.state = state < 7 ? 9 : 11;
            out.ensure(1);
            out.buf[out.pos] = out.buf[out.pos - this.rep0 - 1];
            out.pos++;
            continue;
          }
        } else {
          let dist2;
          if (this.bit(this.isRepG1, state) === 0) dist2 = this.rep1;
          else {
            if (this.bit(this.isRepG2, state) === 0) dist2 = this.rep2;
            else {
              dist2 = this.rep3;
              this.rep3 = this.rep2;
            }
            this.rep2 = this.rep1;
          }
          this.rep1 = this.rep0;
          this.rep0 = dist2;
        }
        len = this.length(this.repLenProbs, posState);
        this.state = state < 7 ? 8 : 11;
      }
      const n = len + 2;
      const dist = this.rep0;
      if (dist >= out.pos - this.dictStart) throw corrupt("LZMA match distance reaches before the start of the data");
      if (out.pos + n > limit) throw corrupt("LZMA match runs past the declared size");
      out.ensure(n);
      const buf = out.buf;
      let p2 = out.pos;
      let s3 = p2 - dist - 1;
      if (dist === 0) buf.fill(buf[s3], p2, p2 + n);
      else if (dist + 1 >= n && n > 32) buf.copyWithin(p2, s3, s3 + n);
      else for (const e = p2 + n; p2 < e; ) buf[p2++] = buf[s3++];
      out.pos += n;
    }
    return false;
  }
};
function isLzmaAloneHeader(d, off = 0) {
  if (off + 14 > d.length) return false;
  const props = d[off];
  if (props > 224 || props % 9 + Math.floor(props / 9) % 5 > 4) return false;
  const dict = (d[off + 1] | d[off + 2] << 8 | d[off + 3] << 16 | d[off + 4] << 24) >>> 0;
  if (dict < 4096) return false;
  const low = dict & -dict;
  if (dict !== low && dict !== low * 3) return false;
  let unknown = true;
  for (let i = 5; i < 13; i++) if (d[off + i] !== 255) unknown = false;
  if (!unknown && (d[off + 9] > 63 || d[off + 10] || d[off + 11] || d[off + 12])) return false;
  return d[off + 13] === 0;
}
function isLzmaAlone(d) {
  if (!isLzmaAloneHeader(d)) return false;
  const probe = d.subarray(0, Math.min(d.length, 16 * 1024));
  const out = new Output(64 * 1024, 64 * 1024);
  try {
    decodeAlone(probe, 0, out, new LzmaDecoder(out));
    return true;
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return e.kind === "truncated" || e.kind === "too-large";
  }
}
function decodeAlone(d, off, out, dec) {
  if (off + 13 > d.length) throw truncated(".lzma header is truncated");
  dec.setProperties(d[off]);
  dec.resetState();
  dec.dictStart = out.pos;
  let unknown = true;
  let size = 0;
  for (let i = 12; i >= 5; i--) {
    if (d[off + i] !== 255) unknown = false;
    size = size * 256 + d[off + i];
  }
  dec.rcInit(d, off + 13, d.length);
  if (unknown) {
    dec.decode(Infinity, true);
    if (!dec.finished()) throw corrupt(".lzma data does not end cleanly after its end marker");
  } else {
    const ended = dec.decode(out.pos + size, true);
    if (ended) throw corrupt(".lzma end marker before the declared size");
    dec.endMarkerOrFinish();
  }
  return dec.ip;
}
function decodeLzma2(d, off, end, out, dec) {
  let needDictReset = true;
  let needProps = true;
  let p2 = off;
  for (; ; ) {
    if (p2 >= end) throw truncated("LZMA2 data is truncated");
    const c = d[p2++];
    if (c === 0) return p2;
    if (c >= 224 || c === 1) {
      needProps = true;
      needDictReset = false;
      dec.dictStart = out.pos;
    } else if (needDictReset) {
      throw corrupt("LZMA2 data does not start with a dictionary reset");
    }
    if (c >= 128) {
      if (p2 + 4 > end) throw truncated("LZMA2 chunk header is truncated");
      const usize = (c & 31) * 65536 + (d[p2] << 8) + d[p2 + 1] + 1;
      const csize = (d[p2 + 2] << 8) + d[p2 + 3] + 1;
      p2 += 4;
      if (c >= 192) {
        if (p2 >= end) throw truncated("LZMA2 chunk header is truncated");
        dec.setProperties(d[p2++]);
        dec.resetState();
        needProps = false;
      } else if (needProps) {
        throw corrupt("LZMA2 chunk without the properties it needs");
      } else if (c >= 160) {
        dec.resetState();
      }
      if (p2 + csize > end) throw truncated("LZMA2 chunk is truncated");
      dec.rcInit(d, p2, p2 + csize);
      dec.decode(out.pos + usize, false);
      if (!dec.finished() || dec.ip !== p2 + csize) throw corrupt("LZMA2 chunk does not end where its header says");
      p2 += csize;
    } else {
      if (c > 2) throw corrupt(`invalid LZMA2 control byte 0x${c.toString(16)}`);
      if (p2 + 2 > end) throw truncated("LZMA2 chunk header is truncated");
      const size = (d[p2] << 8) + d[p2 + 1] + 1;
      p2 += 2;
      if (p2 + size > end) throw truncated("LZMA2 chunk is truncated");
      out.ensure(size);
      out.buf.set(d.subarray(p2, p2 + size), out.pos);
      out.pos += size;
      p2 += size;
    }
  }
}
var XZ_MAGIC = [253, 55, 122, 88, 90, 0];
var CHECK_SIZE = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];
function isXzMagic(d, off = 0) {
  if (off + 6 > d.length) return false;
  for (let i = 0; i < 6; i++) if (d[off + i] !== XZ_MAGIC[i]) return false;
  return true;
}
var le32 = (d, p2) => (d[p2] | d[p2 + 1] << 8 | d[p2 + 2] << 16 | d[p2 + 3] << 24) >>> 0;
var crc32 = (d) => zlib.crc32(d) >>> 0;
var CRC64_LO = null;
var CRC64_HI = null;
function crc64(d) {
  if (!CRC64_LO || !CRC64_HI) {
    CRC64_LO = new Uint32Array(256);
    CRC64_HI = new Uint32Array(256);
    const polyLo = 3615952706;
    const polyHi = 3379320725;
    for (let i = 0; i < 256; i++) {
      let lo3 = i;
      let hi3 = 0;
      for (let k2 = 0; k2 < 8; k2++) {
        const odd = lo3 & 1;
        lo3 = (lo3 >>> 1 | (hi3 & 1) << 31) >>> 0;
        hi3 = hi3 >>> 1;
        if (odd) {
          lo3 = (lo3 ^ polyLo) >>> 0;
          hi3 = (hi3 ^ polyHi) >>> 0;
        }
      }
      CRC64_LO[i] = lo3;
      CRC64_HI[i] = hi3;
    }
  }
  const TL = CRC64_LO;
  const TH = CRC64_HI;
  let lo2 = 4294967295;
  let hi2 = 4294967295;
  for (let i = 0; i < d.length; i++) {
    const t2 = (lo2 ^ d[i]) & 255;
    lo2 = ((lo2 >>> 8 | hi2 << 24) ^ TL[t2]) >>> 0;
    hi2 = (hi2 >>> 8 ^ TH[t2]) >>> 0;
  }
  return [(lo2 ^ 4294967295) >>> 0, (hi2 ^ 4294967295) >>> 0];
}
function vli(d, at2, end) {
  let v2 = 0;
  for (let i = 0; i < 9; i++) {
    if (at2.p >= end) throw corrupt("xz integer runs past its field");
    const b2 = d[at2.p++];
    v2 += (b2 & 127) * 2 ** (7 * i);
    if (!(b2 & 128)) {
      if (i > 0 && b2 === 0) throw corrupt("xz integer is not minimally encoded");
      if (v2 > Number.MAX_SAFE_INTEGER) throw corrupt("xz integer is too large");
      return v2;
    }
  }
  throw corrupt("xz integer is too long");
}
var FILTER_LZMA2 = 33;
var FILTER_DELTA = 3;
var FILTER_X86 = 4;
var BCJ_NAMES = { 5: "PowerPC", 6: "IA-64", 7: "ARM", 8: "ARM-Thumb", 9: "SPARC", 10: "ARM64", 11: "RISC-V" };
function undelta(b2, distance) {
  for (let i = distance; i < b2.length; i++) b2[i] = b2[i] + b2[i - distance] & 255;
}
function unx86(b2, startOffset) {
  const ALLOWED2 = [true, true, true, false, true, false, false, false];
  const BIT = [0, 1, 2, 2, 3, 3, 3, 3];
  const ms2 = (x) => x === 0 || x === 255;
  let prevMask = 0;
  let prevPos = startOffset - 5 >>> 0;
  const nowPos = startOffset >>> 0;
  if (b2.length < 5) return;
  const limit = b2.length - 5;
  let i = 0;
  while (i <= limit) {
    let c = b2[i];
    if (c !== 232 && c !== 233) {
      i++;
      continue;
    }
    const offset = nowPos + i - prevPos >>> 0;
    prevPos = nowPos + i >>> 0;
    if (offset > 5) prevMask = 0;
    else for (let k2 = 0; k2 < offset; k2++) prevMask = (prevMask & 119) << 1 & 255;
    c = b2[i + 4];
    if (ms2(c) && ALLOWED2[prevMask >>> 1 & 7] && prevMask >>> 1 < 16) {
      let src = (c << 24 | b2[i + 3] << 16 | b2[i + 2] << 8 | b2[i + 1]) >>> 0;
      let dest;
      for (; ; ) {
        dest = src - (nowPos + i + 5 >>> 0) >>> 0;
        if (prevMask === 0) break;
        const k2 = BIT[prevMask >>> 1];
        c = dest >>> 24 - k2 * 8 & 255;
        if (!ms2(c)) break;
        src = (dest ^ 2 ** (32 - k2 * 8) - 1) >>> 0;
      }
      b2[i + 4] = dest >>> 24 & 1 ? 255 : 0;
      b2[i + 3] = dest >>> 16 & 255;
      b2[i + 2] = dest >>> 8 & 255;
      b2[i + 1] = dest & 255;
      i += 5;
      prevMask = 0;
    } else {
      i++;
      prevMask |= 1;
      if (ms2(c)) prevMask |= 16;
    }
  }
}
function checkFilters(filters) {
  filters.forEach((f2, i) => {
    const last = i === filters.length - 1;
    if (f2.id === FILTER_LZMA2) {
      if (!last) throw corrupt("xz LZMA2 filter is not the last one");
      if (f2.props.length !== 1 || f2.props[0] > 40) throw corrupt("invalid xz LZMA2 filter properties");
      return;
    }
    if (last) throw corrupt("xz filter chain does not end with LZMA2");
    if (f2.id === FILTER_DELTA) {
      if (f2.props.length !== 1) throw corrupt("invalid xz delta filter properties");
    } else if (f2.id === FILTER_X86) {
      if (f2.props.length !== 0 && f2.props.length !== 4) throw corrupt("invalid xz x86 filter properties");
    } else {
      const name = BCJ_NAMES[f2.id];
      throw new DecodeError("unsupported", name ? `xz ${name} filter is not supported by the scanner` : `unknown xz filter 0x${f2.id.toString(16)}`);
    }
  });
}
function decodeXzStream(d, off, out, dec) {
  if (off + 12 > d.length) throw truncated("xz stream header is truncated");
  const flags = d.subarray(off + 6, off + 8);
  if (crc32(flags) !== le32(d, off + 8)) throw corrupt("xz stream header CRC does not match");
  if (flags[0] !== 0 || flags[1] & 240) throw new DecodeError("unsupported", "xz stream flags this version does not know");
  const check = flags[1] & 15;
  const checkSize = CHECK_SIZE[check];
  let p2 = off + 12;
  const records = [];
  for (; ; ) {
    if (p2 >= d.length) throw truncated("xz stream is truncated");
    if (d[p2] === 0) break;
    const blockStart = p2;
    const hsize = (d[p2] + 1) * 4;
    if (p2 + hsize > d.length) throw truncated("xz block header is truncated");
    if (crc32(d.subarray(p2, p2 + hsize - 4)) !== le32(d, p2 + hsize - 4)) throw corrupt("xz block header CRC does not match");
    const bflags = d[p2 + 1];
    if (bflags & 60) throw new DecodeError("unsupported", "xz block flags this version does not know");
    const hend = p2 + hsize - 4;
    const at3 = { p: p2 + 2 };
    const csize = bflags & 64 ? vli(d, at3, hend) : -1;
    const usize = bflags & 128 ? vli(d, at3, hend) : -1;
    if (csize === 0) throw corrupt("xz block declares no compressed data");
    const filters = [];
    for (let i = 0; i <= (bflags & 3); i++) {
      const id = vli(d, at3, hend);
      const n = vli(d, at3, hend);
      if (at3.p + n > hend) throw corrupt("xz filter properties run past the block header");
      filters.push({ id, props: d.subarray(at3.p, at3.p + n) });
      at3.p += n;
    }
    for (let i = at3.p; i < hend; i++) if (d[i] !== 0) throw new DecodeError("unsupported", "xz block header padding is not zero");
    checkFilters(filters);
    const dataStart = p2 + hsize;
    const dataEnd = csize >= 0 ? dataStart + csize : d.length;
    if (dataEnd > d.length) throw truncated("xz block is truncated");
    const outStart = out.pos;
    const ip = decodeLzma2(d, dataStart, dataEnd, out, dec);
    if (csize >= 0 && ip !== dataEnd) throw corrupt("xz block compressed size does not match its header");
    if (usize >= 0 && out.pos - outStart !== usize) throw corrupt("xz block uncompressed size does not match its header");
    const block = out.buf.subarray(outStart, out.pos);
    for (let i = filters.length - 2; i >= 0; i--) {
      const f2 = filters[i];
      if (f2.id === FILTER_DELTA) undelta(block, f2.props[0] + 1);
      else unx86(block, f2.props.length === 4 ? le32(f2.props, 0) : 0);
    }
    p2 = ip;
    while ((p2 - blockStart) % 4) {
      if (p2 >= d.length) throw truncated("xz block padding is truncated");
      if (d[p2++] !== 0) throw corrupt("xz block padding is not zero");
    }
    if (p2 + checkSize > d.length) throw truncated("xz block check is truncated");
    verifyCheck(check, block, d.subarray(p2, p2 + checkSize));
    p2 += checkSize;
    records.push([ip - blockStart + checkSize, block.length]);
  }
  const indexStart = p2;
  const at2 = { p: p2 + 1 };
  const count = vli(d, at2, d.length);
  if (count !== records.length) throw corrupt("xz index does not list the blocks read");
  for (const [unpadded, size] of records) {
    if (vli(d, at2, d.length) !== unpadded || vli(d, at2, d.length) !== size) throw corrupt("xz index does not match the blocks read");
  }
  p2 = at2.p;
  while ((p2 - indexStart) % 4) {
    if (p2 >= d.length) throw truncated("xz index is truncated");
    if (d[p2++] !== 0) throw corrupt("xz index padding is not zero");
  }
  if (p2 + 4 > d.length) throw truncated("xz index is truncated");
  if (crc32(d.subarray(indexStart, p2)) !== le32(d, p2)) throw corrupt("xz index CRC does not match");
  p2 += 4;
  if (p2 + 12 > d.length) throw truncated("xz stream footer is truncated");
  if (crc32(d.subarray(p2 + 4, p2 + 10)) !== le32(d, p2)) throw corrupt("xz stream footer CRC does not match");
  if ((le32(d, p2 + 4) + 1) * 4 !== p2 - indexStart) throw corrupt("xz stream footer does not match the index size");
  if (d[p2 + 8] !== flags[0] || d[p2 + 9] !== flags[1] || d[p2 + 10] !== 89 || d[p2 + 11] !== 90) throw corrupt("xz stream footer is invalid");
  return p2 + 12;
}
function verifyCheck(check, data, stored) {
  let ok = true;
  if (check === 1) ok = crc32(data) === le32(stored, 0);
  else if (check === 4) {
    const [lo2, hi2] = crc64(data);
    ok = lo2 === le32(stored, 0) && hi2 === le32(stored, 4);
  } else if (check === 10) ok = Buffer.compare(createHash("sha256").update(data).digest(), stored) === 0;
  if (!ok) throw corrupt("xz block check does not match its data");
}
function decodeLzmaFile(d, maxOut) {
  if (d.length === 0) throw truncated("no xz/lzma data");
  const out = new Output(maxOut, d.length * 2);
  const dec = new LzmaDecoder(out);
  let p2 = 0;
  let streams = 0;
  while (p2 < d.length) {
    if (isXzMagic(d, p2)) {
      p2 = decodeXzStream(d, p2, out, dec);
      while (p2 < d.length && d[p2] === 0) p2++;
    } else if (isLzmaAloneHeader(d, p2) || streams === 0 && d.length - p2 >= 13) {
      p2 = decodeAlone(d, p2, out, dec);
    } else {
      if (streams === 0) throw truncated(".lzma header is truncated");
      break;
    }
    streams++;
  }
  return { data: out.result(), end: p2 };
}

// src/archive/lzw.ts
function isCompressHeader(d, off = 0) {
  if (off + 3 > d.length || d[off] !== 31 || d[off + 1] !== 157) return false;
  const bits = d[off + 2] & 31;
  return bits >= 9 && bits <= 16;
}
var PREFIX = new Uint16Array(1 << 16);
var SUFFIX = new Uint8Array(1 << 16);
var STACK = new Uint8Array((1 << 16) + 1);
for (let i = 0; i < 256; i++) SUFFIX[i] = i;
function decodeCompress(d, maxOut) {
  if (d.length < 3 || d[0] !== 31 || d[1] !== 157) throw new DecodeError("corrupt", "not compress (.Z) data");
  const maxBits = d[2] & 31;
  if (maxBits < 9 || maxBits > 16) throw new DecodeError("corrupt", `compress (.Z) data with ${maxBits}-bit codes`);
  const blockMode = (d[2] & 128) !== 0;
  const maxMaxCode = 1 << maxBits;
  const prefix = PREFIX;
  const suffix = SUFFIX;
  const stack = STACK;
  const out = new Output(maxOut, d.length * 2);
  const totalBits = d.length * 8;
  let nBits = 9;
  let maxCode = (1 << nBits) - 1;
  let freeEnt = blockMode ? 257 : 256;
  let bitPos = 24;
  let groupStart = 24;
  let oldCode = -1;
  let finChar = 0;
  const skipGroup = () => {
    const group = nBits * 8;
    const rel = bitPos - groupStart;
    bitPos = groupStart + Math.ceil(rel / group) * group;
    groupStart = bitPos;
  };
  for (; ; ) {
    if (freeEnt > maxCode) {
      skipGroup();
      nBits++;
      maxCode = nBits === maxBits ? maxMaxCode : (1 << nBits) - 1;
      continue;
    }
    if (bitPos + nBits > totalBits) break;
    const byte = bitPos >>> 3;
    const v2 = d[byte] | (byte + 1 < d.length ? d[byte + 1] : 0) << 8 | (byte + 2 < d.length ? d[byte + 2] : 0) << 16;
    let code = v2 >>> (bitPos & 7) & (1 << nBits) - 1;
    bitPos += nBits;
    if (oldCode === -1) {
      if (code >= 256) throw new DecodeError("corrupt", "compress (.Z) data starts with a table code");
      out.ensure(1);
      out.buf[out.pos++] = code;
      oldCode = finChar = code;
      continue;
    }
    if (code === 256 && blockMode) {
      freeEnt = 256;
      skipGroup();
      nBits = 9;
      maxCode = (1 << nBits) - 1;
      continue;
    }
    const inCode = code;
    let sp = stack.length;
    if (code >= freeEnt) {
      if (code > freeEnt) throw new DecodeError("corrupt", "compress (.Z) data refers to a code not yet defined");
      stack[--sp] = finChar;
      code = oldCode;
    }
    while (code >= 256) {
      stack[--sp] = suffix[code];
      code = prefix[code];
    }
    finChar = suffix[code];
    stack[--sp] = finChar;
    const n = stack.length - sp;
    out.ensure(n);
    out.buf.set(stack.subarray(sp), out.pos);
    out.pos += n;
    if (freeEnt < maxMaxCode) {
      prefix[freeEnt] = oldCode;
      suffix[freeEnt] = finChar;
      freeEnt++;
    }
    oldCode = inCode;
  }
  return out.result();
}

// src/archive/compress.ts
function isOutputLimitError(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return /maxOutputLength|larger than|too large/i.test(msg) || e.code === "ERR_BUFFER_TOO_LARGE";
}
function gunzip(d, maxOut) {
  try {
    return { ok: true, data: zlib2.gunzipSync(d, { maxOutputLength: Math.max(1, maxOut) }) };
  } catch (e) {
    if (isOutputLimitError(e)) return { ok: false, tooLarge: true, reason: `gzip data inflates past ${maxOut} bytes` };
    return { ok: false, tooLarge: false, reason: `gzip data is corrupt: ${e instanceof Error ? e.message : String(e)}` };
  }
}
var Full = class extends Error {
};
function bunzipBounded(d, maxOutput) {
  const buf = new Uint8Array(Math.min(maxOutput, Math.max(1024, d.length * 8)));
  let out = buf;
  let pos = 0;
  let truncated2 = false;
  const output = {
    writeByte(b2) {
      if (pos >= out.length) {
        if (out.length >= maxOutput) throw new Full();
        const bigger = new Uint8Array(Math.min(maxOutput, out.length * 2));
        bigger.set(out);
        out = bigger;
      }
      out[pos++] = b2;
    }
  };
  let inPos = 0;
  const input = {
    readByte() {
      if (inPos >= d.length) {
        if (inPos++ > d.length + 16) throw new Error("bzip2: read past end");
        return 0;
      }
      return d[inPos++];
    },
    read(b2, off, len) {
      let k2 = 0;
      while (k2 < len && inPos < d.length) b2[off + k2++] = d[inPos++];
      return k2 === 0 ? -1 : k2;
    },
    eof() {
      return inPos >= d.length;
    },
    seek(p2) {
      inPos = p2;
    }
  };
  try {
    import_seek_bzip.default.decode(input, output, true);
  } catch (e) {
    if (e instanceof Full) truncated2 = true;
    else if (pos === 0) return null;
    else truncated2 = true;
  }
  if (pos === 0) return null;
  return { out: out.subarray(0, pos), truncated: truncated2 };
}
function bunzip2(d, maxOut) {
  const r = bunzipBounded(d, maxOut);
  if (!r) return { ok: false, tooLarge: false, reason: "bzip2 data is corrupt" };
  if (r.truncated) {
    return r.out.length >= maxOut ? { ok: false, tooLarge: true, reason: `bzip2 data inflates past ${maxOut} bytes` } : { ok: false, tooLarge: false, reason: "bzip2 data is corrupt or truncated" };
  }
  return { ok: true, data: r.out };
}
function decoded(what, maxOut, run) {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof DecodeError)) {
      if (e instanceof RangeError && /allocation failed|invalid typed array length|array buffer/i.test(e.message)) return { ok: false, tooLarge: true, reason: `${what} data inflates past what can be held in memory` };
      throw e;
    }
    if (e.kind === "too-large") return { ok: false, tooLarge: true, reason: `${what} data inflates past ${maxOut} bytes` };
    if (e.kind === "unsupported") return { ok: false, tooLarge: false, unsupported: true, reason: `${what} data the scanner cannot decode: ${e.message}` };
    return { ok: false, tooLarge: false, reason: `${what} data is ${e.kind === "truncated" ? "truncated" : "corrupt"}: ${e.message}` };
  }
}
function unxz(d, maxOut) {
  return decoded("xz/lzma", maxOut, () => {
    const r = decodeLzmaFile(d, maxOut);
    return { ok: true, data: r.data, trailing: d.length - r.end };
  });
}
function uncompressZ(d, maxOut) {
  return decoded("compress (.Z)", maxOut, () => ({ ok: true, data: decodeCompress(d, maxOut) }));
}
var zstdSync = zlib2.zstdDecompressSync;
function unzstd(d, maxOut) {
  if (!zstdSync) {
    return { ok: false, tooLarge: false, unsupported: true, reason: `zstd data: Node ${process.version} has no zstd decoder (Node 22.15 or later has one)` };
  }
  try {
    return { ok: true, data: zstdSync(d, { maxOutputLength: Math.max(1, maxOut) }) };
  } catch (e) {
    if (isOutputLimitError(e)) return { ok: false, tooLarge: true, reason: `zstd data inflates past ${maxOut} bytes` };
    return { ok: false, tooLarge: false, reason: `zstd data is corrupt: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// src/formats/id3.ts
var MAX_ID3_FRAMES = 2048;
var MAX_INFLATE = 16 * 1024 * 1024;
var MAX_INFLATE_TAG = 32 * 1024 * 1024;
var MAX_EXTENDED_HEADER = 16;
var syncsafe = (d, i) => (d[i] & 127) << 21 | (d[i + 1] & 127) << 14 | (d[i + 2] & 127) << 7 | d[i + 3] & 127;
var u32be = (d, i) => (d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]) >>> 0;
var u24be = (d, i) => d[i] << 16 | d[i + 1] << 8 | d[i + 2];
var u32le = (d, i) => (d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24) >>> 0;
function ascii(d, off, s3) {
  if (off < 0 || off + s3.length > d.length) return false;
  for (let i = 0; i < s3.length; i++) if (d[off + i] !== s3.charCodeAt(i)) return false;
  return true;
}
function isId3v2At(d, off) {
  return ascii(d, off, "ID3") && off + 10 <= d.length && d[off + 3] >= 2 && d[off + 3] <= 4 && d[off + 4] !== 255 && (d[off + 6] | d[off + 7] | d[off + 8] | d[off + 9]) < 128;
}
function trimTrailingNul(s3) {
  let e = s3.length;
  while (e > 0 && s3.charCodeAt(e - 1) === 0) e--;
  return e === s3.length ? s3 : s3.slice(0, e);
}
function deunsync(src) {
  const out = new Uint8Array(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const b2 = src[i];
    out[n++] = b2;
    if (b2 === 255 && i + 1 < src.length && src[i + 1] === 0) i++;
  }
  return out.subarray(0, n);
}
var LATIN1 = new TextDecoder("latin1");
var UTF8 = new TextDecoder("utf-8");
var UTF16LE = new TextDecoder("utf-16le");
var UTF16BE = new TextDecoder("utf-16be");
function decodeId3Text(b2, enc) {
  let s3;
  if (enc === 1 || enc === 2) {
    let be2 = enc === 2;
    let body = b2;
    if (b2.length >= 2 && b2[0] === 255 && b2[1] === 254) {
      be2 = false;
      body = b2.subarray(2);
    } else if (b2.length >= 2 && b2[0] === 254 && b2[1] === 255) {
      be2 = true;
      body = b2.subarray(2);
    }
    body = body.subarray(0, body.length & ~1);
    s3 = (be2 ? UTF16BE : UTF16LE).decode(body);
    s3 = s3.replace(/\ufeff/g, "");
  } else s3 = (enc === 3 ? UTF8 : LATIN1).decode(b2);
  return trimTrailingNul(s3).replace(/\0+/g, " / ");
}
function termLen(b2, i, enc) {
  if (enc === 1 || enc === 2) {
    for (let k2 = i; k2 + 1 < b2.length; k2 += 2) if (b2[k2] === 0 && b2[k2 + 1] === 0) return k2 - i;
    return -1;
  }
  for (let k2 = i; k2 < b2.length; k2++) if (b2[k2] === 0) return k2 - i;
  return -1;
}
function splitTerm(b2, i, enc) {
  const n = termLen(b2, i, enc);
  if (n < 0) return { str: b2.subarray(i), next: b2.length };
  return { str: b2.subarray(i, i + n), next: i + n + (enc === 1 || enc === 2 ? 2 : 1) };
}
function interpret(f2, v22) {
  const b2 = f2.data;
  const id = f2.id;
  if (b2.length === 0 || f2.encrypted) return;
  if (id === "TXXX" || id === "TXX" || id === "WXXX" || id === "WXX") {
    const enc = b2[0];
    const desc = splitTerm(b2, 1, enc);
    const valEnc = id[0] === "W" ? 0 : enc;
    f2.text = `${decodeId3Text(desc.str, enc)}: ${decodeId3Text(b2.subarray(desc.next), valEnc)}`;
  } else if (id[0] === "T") {
    f2.text = decodeId3Text(b2.subarray(1), b2[0]);
  } else if (id[0] === "W") {
    f2.text = decodeId3Text(b2, 0);
  } else if (id === "COMM" || id === "COM" || id === "USLT" || id === "ULT") {
    const enc = b2[0];
    if (b2.length < 4) return;
    const desc = splitTerm(b2, 4, enc);
    const d = decodeId3Text(desc.str, enc);
    const t2 = decodeId3Text(b2.subarray(desc.next), enc);
    f2.text = d ? `${d}: ${t2}` : t2;
  } else if (id === "APIC" || v22 && id === "PIC") {
    const enc = b2[0];
    let i = 1;
    let mime;
    if (v22) {
      mime = decodeId3Text(b2.subarray(1, 4), 0);
      i = 4;
    } else {
      const m2 = splitTerm(b2, 1, 0);
      mime = decodeId3Text(m2.str, 0);
      i = m2.next;
    }
    if (i >= b2.length) return;
    const type = b2[i];
    const desc = splitTerm(b2, i + 1, enc);
    f2.picture = { mime, pictureType: type, description: decodeId3Text(desc.str, enc), data: b2.subarray(Math.min(desc.next, b2.length)) };
  } else if (id === "PRIV" || id === "UFID" || id === "UFI") {
    const o = splitTerm(b2, 0, 0);
    f2.owner = decodeId3Text(o.str, 0);
    f2.binary = b2.subarray(o.next);
  } else if (id === "GEOB" || id === "GEO") {
    const enc = b2[0];
    const mime = splitTerm(b2, 1, 0);
    const file = splitTerm(b2, mime.next, enc);
    const desc = splitTerm(b2, file.next, enc);
    f2.owner = `${decodeId3Text(mime.str, 0)} ${decodeId3Text(file.str, enc)} ${decodeId3Text(desc.str, enc)}`.trim();
    f2.binary = b2.subarray(Math.min(desc.next, b2.length));
  }
}
function validFrameId(b2, i, n) {
  if (i + n > b2.length) return false;
  for (let k2 = 0; k2 < n; k2++) {
    const c = b2[i + k2];
    if (!(c >= 65 && c <= 90 || c >= 48 && c <= 57)) return false;
  }
  return true;
}
function parseId3v2(d, off = 0) {
  if (!ascii(d, off, "ID3") || off + 10 > d.length) return null;
  const major = d[off + 3];
  if (major < 2 || major > 4) return null;
  const flags = d[off + 5];
  const anomalies = [];
  if ((d[off + 6] | d[off + 7] | d[off + 8] | d[off + 9]) & 128) {
    anomalies.push({ code: "bad-size", message: "ID3v2 size is not syncsafe", offset: off + 6 });
  }
  const size = syncsafe(d, off + 6);
  const footer = major === 4 && (flags & 16) !== 0 ? 10 : 0;
  let bodyEnd = off + 10 + size;
  if (bodyEnd > d.length) {
    anomalies.push({ code: "bad-size", message: `ID3v2 tag declares ${size} bytes, ${d.length - off - 10} remain`, offset: off + 6 });
    bodyEnd = d.length;
  }
  const length = Math.min(d.length, bodyEnd + footer) - off;
  const unsync = (flags & 128) !== 0;
  const tag = { offset: off, length, major, revision: d[off + 4], flags, unsynchronised: unsync, frames: [], padding: null, extended: null, unparsed: null, anomalies };
  let body = d.subarray(off + 10, bodyEnd);
  const wholeUnsync = unsync && major < 4;
  if (wholeUnsync) body = deunsync(body);
  const base = off + 10;
  let i = 0;
  if (major >= 3 && flags & 64) {
    if (body.length < 4) {
      anomalies.push({ code: "bad-extended-header", message: "extended header truncated", offset: base });
      return tag;
    }
    const ext = major === 3 ? u32be(body, 0) + 4 : syncsafe(body, 0);
    if (ext < 6 || ext > body.length) {
      anomalies.push({ code: "bad-extended-header", message: `extended header size ${ext} does not fit`, offset: base });
      tag.unparsed = { offset: base, length: body.length, data: body };
      return tag;
    }
    tag.extended = { offset: base, length: ext, data: body.subarray(0, ext) };
    if (ext > MAX_EXTENDED_HEADER) {
      anomalies.push({ code: "bad-extended-header", message: `extended header of ${ext} bytes (at most ${MAX_EXTENDED_HEADER} are defined)`, offset: base, length: ext });
    }
    i = ext;
  }
  const v22 = major === 2;
  let inflateLeft = MAX_INFLATE_TAG;
  const hdr = v22 ? 6 : 10;
  const idLen = v22 ? 3 : 4;
  while (i + hdr <= body.length) {
    if (body[i] === 0) {
      let zero = true;
      for (let k2 = i; k2 < body.length; k2++) if (body[k2] !== 0) {
        zero = false;
        break;
      }
      tag.padding = { offset: base + i, length: body.length - i, zero, data: body.subarray(i) };
      if (!zero) anomalies.push({ code: "padding-not-zero", message: "ID3v2 padding holds non-zero bytes", offset: base + i, length: body.length - i });
      i = body.length;
      break;
    }
    if (tag.frames.length >= MAX_ID3_FRAMES) {
      anomalies.push({ code: "frame-limit", message: `more than ${MAX_ID3_FRAMES} frames`, offset: base + i });
      break;
    }
    if (!validFrameId(body, i, idLen)) {
      anomalies.push({ code: "bad-frame-id", message: "invalid frame id: rest of the tag unparsed", offset: base + i, length: body.length - i });
      tag.unparsed = { offset: base + i, length: body.length - i, data: body.subarray(i) };
      i = body.length;
      break;
    }
    const id = String.fromCharCode(...body.subarray(i, i + idLen));
    let fsize;
    let fflags = 0;
    if (v22) fsize = u24be(body, i + 3);
    else {
      fsize = major === 4 ? syncsafe(body, i + 4) : u32be(body, i + 4);
      if (major === 4) {
        const plain = u32be(body, i + 4);
        if (plain !== fsize) {
          const nSafe = i + 10 + fsize;
          const nPlain = i + 10 + plain;
          const okAt = (p2) => p2 === body.length || p2 + 10 <= body.length && (body[p2] === 0 || validFrameId(body, p2, 4));
          if (!okAt(nSafe) && okAt(nPlain)) fsize = plain;
        }
      }
      fflags = body[i + 8] << 8 | body[i + 9];
    }
    const start = i + hdr;
    let end = start + fsize;
    let data;
    if (end > body.length) {
      anomalies.push({ code: "frame-past-end", message: `frame ${id} declares ${fsize} bytes, ${body.length - start} remain`, offset: base + i });
      if (!wholeUnsync && base + end <= d.length) {
        tag.frameOverrunEnd = base + end;
        data = d.subarray(base + start, base + end);
      } else data = body.subarray(start);
      end = body.length;
    } else data = body.subarray(start, end);
    let compressed = false;
    let encrypted = false;
    if (major === 3) {
      compressed = (fflags & 128) !== 0;
      encrypted = (fflags & 64) !== 0;
      let skip = 0;
      if (compressed) skip += 4;
      if (encrypted) skip += 1;
      if (fflags & 32) skip += 1;
      data = data.subarray(Math.min(skip, data.length));
    } else if (major === 4) {
      compressed = (fflags & 8) !== 0;
      encrypted = (fflags & 4) !== 0;
      let skip = 0;
      if (fflags & 64) skip += 1;
      if (encrypted) skip += 1;
      if (fflags & 1) skip += 4;
      data = data.subarray(Math.min(skip, data.length));
      if (fflags & 2 || unsync) data = deunsync(data);
    }
    if (compressed && !encrypted) {
      const limit = Math.min(MAX_INFLATE, inflateLeft);
      let tooLarge = limit <= 0;
      if (!tooLarge) {
        try {
          const out = inflateSync(data, { maxOutputLength: limit });
          inflateLeft -= out.length;
          data = new Uint8Array(out.buffer, out.byteOffset, out.length);
        } catch (e) {
          tooLarge = isOutputLimitError(e);
          if (!tooLarge) anomalies.push({ code: "inflate-failed", message: `compressed frame ${id} does not inflate`, offset: base + i });
        }
      }
      if (tooLarge) anomalies.push({ code: "inflate-limit", message: `compressed frame ${id} inflates past the limit (${limit} bytes left)`, offset: base + i });
    }
    const frame = { id, offset: base + i, size: fsize, flags: fflags, data, compressed, encrypted };
    interpret(frame, v22);
    tag.frames.push(frame);
    i = end;
  }
  if (i < body.length && !tag.padding && !tag.unparsed) {
    let zero = true;
    for (let k2 = i; k2 < body.length; k2++) if (body[k2] !== 0) zero = false;
    tag.padding = { offset: base + i, length: body.length - i, zero, data: body.subarray(i) };
  }
  return tag;
}
var MAX_APE_ITEMS = 1024;
function latin1(b2) {
  return trimTrailingNul(LATIN1.decode(b2)).replace(/\0/g, " ").trim();
}
function id3v1At(d, end) {
  const o = end - 128;
  if (o < 0 || !ascii(d, o, "TAG")) return null;
  const text = [
    `title: ${latin1(d.subarray(o + 3, o + 33))}`,
    `artist: ${latin1(d.subarray(o + 33, o + 63))}`,
    `album: ${latin1(d.subarray(o + 63, o + 93))}`,
    `year: ${latin1(d.subarray(o + 93, o + 97))}`,
    `comment: ${latin1(d.subarray(o + 97, o + 125 + (d[o + 125] === 0 ? 0 : 2)))}`
  ];
  return { kind: "id3v1", offset: o, length: 128, text, binary: [] };
}
function apeAt(d, end) {
  const f2 = end - 32;
  if (f2 < 0 || !ascii(d, f2, "APETAGEX")) return null;
  const size = u32le(d, f2 + 12);
  const count = u32le(d, f2 + 16);
  const flags = u32le(d, f2 + 20);
  const hasHeader = (flags & 2147483648) !== 0;
  const itemsStart = end - size;
  if (size < 32 || itemsStart < 0) return { kind: "ape", offset: f2, length: 32, text: [], binary: [] };
  const start = hasHeader && itemsStart - 32 >= 0 && ascii(d, itemsStart - 32, "APETAGEX") ? itemsStart - 32 : itemsStart;
  const tag = { kind: "ape", offset: start, length: end - start, text: [], binary: [] };
  let p2 = itemsStart;
  for (let n = 0; n < Math.min(count, MAX_APE_ITEMS) && p2 + 8 < f2; n++) {
    const vlen = u32le(d, p2);
    const iflags = u32le(d, p2 + 4);
    let k2 = p2 + 8;
    while (k2 < f2 && d[k2] !== 0) k2++;
    const key = latin1(d.subarray(p2 + 8, k2));
    const vs2 = k2 + 1;
    if (vs2 + vlen > f2 || vlen > f2) break;
    const value = d.subarray(vs2, vs2 + vlen);
    if ((iflags >> 1 & 3) === 1) tag.binary.push({ name: key, offset: vs2, data: value });
    else tag.text.push(`${key}: ${UTF8.decode(value).replace(/\0/g, " / ")}`);
    p2 = vs2 + vlen;
  }
  if (p2 < f2) tag.binary.push({ name: "(bytes no APE item covers)", offset: p2, data: d.subarray(p2, f2) });
  return tag;
}
function lyrics3At(d, end) {
  const s3 = end - 9;
  if (s3 < 6 || !ascii(d, s3, "LYRICS200")) return null;
  const sizeStr = latin1(d.subarray(s3 - 6, s3));
  if (!/^\d{6}$/.test(sizeStr)) return null;
  const size = parseInt(sizeStr, 10);
  const start = s3 - 6 - size;
  if (start < 0 || !ascii(d, start, "LYRICSBEGIN")) return null;
  return { kind: "lyrics3", offset: start, length: end - start, text: [latin1(d.subarray(start + 11, s3 - 6))], binary: [] };
}
function id3v2FooterAt(d, end) {
  const f2 = end - 10;
  if (f2 < 0 || !ascii(d, f2, "3DI") || d[f2 + 3] !== 4) return null;
  const size = syncsafe(d, f2 + 6);
  const start = f2 - size - 10;
  if (start < 0 || !isId3v2At(d, start) || syncsafe(d, start + 6) !== size) return null;
  const t2 = parseId3v2(d, start);
  if (!t2) return null;
  return id3TagAsTrailing(t2, "id3v2");
}
function id3TagAsTrailing(t2, kind = "id3v2") {
  const tt2 = { kind, offset: t2.offset, length: t2.length, text: [], binary: [], id3v2: t2 };
  for (const fr2 of t2.frames) {
    if (fr2.text !== void 0) tt2.text.push(`${fr2.id}: ${fr2.text}`);
    else tt2.binary.push({ name: fr2.id, offset: fr2.offset, data: fr2.data });
  }
  return tt2;
}
function findTrailingTags(d, end = d.length) {
  const tags = [];
  let e = end;
  for (let round2 = 0; round2 < 6; round2++) {
    const t2 = id3v1At(d, e) ?? apeAt(d, e) ?? lyrics3At(d, e) ?? id3v2FooterAt(d, e);
    if (!t2) break;
    tags.push(t2);
    e = t2.offset;
    if (t2.kind === "id3v1" && e - 227 >= 0 && ascii(d, e - 227, "TAG+")) {
      tags.push({ kind: "id3v1-ext", offset: e - 227, length: 227, text: [latin1(d.subarray(e - 223, e - 227 + 186))], binary: [] });
      e -= 227;
    }
  }
  return { audioEnd: e, tags };
}

// src/formats/mp3.ts
var MAX_MP3_FRAMES = 4e6;
var MAX_GAPS = 4096;
var RESYNC_WINDOW = 1 << 20;
var BITRATES = {
  "1-1": [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  "1-2": [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  "1-3": [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  "2-1": [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  "2-2": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  "2-3": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
};
var RATES = { "1": [44100, 48e3, 32e3], "2": [22050, 24e3, 16e3], "2.5": [11025, 12e3, 8e3] };
function mpegHeaderAt(d, i) {
  if (i + 4 > d.length || d[i] !== 255 || (d[i + 1] & 224) !== 224) return null;
  const b1 = d[i + 1];
  const b2 = d[i + 2];
  const vbits = b1 >> 3 & 3;
  const lbits = b1 >> 1 & 3;
  if (vbits === 1 || lbits === 0) return null;
  const brIdx = b2 >> 4;
  const srIdx = b2 >> 2 & 3;
  if (brIdx === 15 || srIdx === 3) return null;
  if ((d[i + 3] & 3) === 2) return null;
  const version = vbits === 3 ? 1 : vbits === 2 ? 2 : 2.5;
  const layer = 4 - lbits;
  const bitrate = BITRATES[`${version === 1 ? 1 : 2}-${layer}`][brIdx];
  const sampleRate = RATES[String(version)][srIdx];
  const padding = (b2 >> 1 & 1) === 1;
  const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  let length = 0;
  if (bitrate > 0) {
    if (layer === 1) length = (Math.floor(12 * bitrate * 1e3 / sampleRate) + (padding ? 1 : 0)) * 4;
    else length = Math.floor(samplesPerFrame / 8 * bitrate * 1e3 / sampleRate) + (padding ? 1 : 0);
  }
  return { version, layer, bitrate, sampleRate, padding, channelMode: d[i + 3] >> 6, length, samplesPerFrame };
}
function sameStream(a, b2) {
  return a.version === b2.version && a.layer === b2.layer && a.sampleRate === b2.sampleRate;
}
function freeLength(d, i, h, end) {
  const stop = Math.min(end - 4, i + 8192);
  for (let k2 = i + 21; k2 <= stop; k2++) {
    if (d[k2] !== 255) continue;
    const n = mpegHeaderAt(d, k2);
    if (n && n.bitrate === 0 && sameStream(h, n)) return k2 - i;
  }
  return 0;
}
function headerWithLength(d, i, end) {
  const h = mpegHeaderAt(d, i);
  if (!h) return null;
  if (h.length === 0) h.length = freeLength(d, i, h, end);
  return h.length >= 21 ? h : null;
}
function confirmedAt(d, i, end, ref) {
  const h = headerWithLength(d, i, end);
  if (!h || ref && !sameStream(ref, h)) return null;
  const n = i + h.length;
  if (n === end) return h;
  if (n > end) return null;
  const h2 = mpegHeaderAt(d, n);
  return h2 && sameStream(h, h2) ? h : null;
}
function findNext(d, from, end, ref, window2) {
  const stop = Math.min(end - 4, from + window2);
  for (let k2 = from; k2 <= stop; k2++) {
    if (d[k2] !== 255 || (d[k2 + 1] & 224) !== 224) continue;
    if (confirmedAt(d, k2, end, ref)) return k2;
  }
  return -1;
}
function vbrTagIn(d, i, h) {
  const side = h.version === 1 ? h.channelMode === 3 ? 17 : 32 : h.channelMode === 3 ? 9 : 17;
  const x = i + 4 + side;
  const tag = x + 4 <= d.length ? String.fromCharCode(d[x], d[x + 1], d[x + 2], d[x + 3]) : "";
  if (tag === "Xing" || tag === "Info") return tag;
  const v2 = i + 36;
  if (v2 + 4 <= d.length && d[v2] === 86 && d[v2 + 1] === 66 && d[v2 + 2] === 82 && d[v2 + 3] === 73) return "VBRI";
  return null;
}
function parseMp3(d) {
  const res = {
    id3v2: [],
    endTags: [],
    audioStart: 0,
    audioEnd: d.length,
    first: null,
    frameCount: 0,
    frameOffsets: new Float64Array(0),
    frameLengths: new Uint32Array(0),
    frameBytes: 0,
    vbrHeader: null,
    gaps: [],
    uncountedGapBytes: 0,
    anomalies: [],
    flacAt: null
  };
  let pos = 0;
  for (let n = 0; n < 16 && isId3v2At(d, pos); n++) {
    const t2 = parseId3v2(d, pos);
    if (!t2 || t2.length <= 0) break;
    res.id3v2.push(t2);
    pos += t2.length;
  }
  const lastTag = res.id3v2[res.id3v2.length - 1];
  if (lastTag?.frameOverrunEnd !== void 0 && lastTag.frameOverrunEnd > pos && mpegHeaderAt(d, lastTag.frameOverrunEnd)) pos = lastTag.frameOverrunEnd;
  res.audioStart = pos;
  if (pos + 4 <= d.length && d[pos] === 102 && d[pos + 1] === 76 && d[pos + 2] === 97 && d[pos + 3] === 67) {
    res.flacAt = pos;
    return res;
  }
  const tail = findTrailingTags(d, d.length);
  res.endTags = tail.tags;
  const end = Math.max(pos, tail.audioEnd);
  res.audioEnd = end;
  const first = findNext(d, pos, end, null, end - pos);
  if (first < 0) {
    res.anomalies.push({ code: "no-frames", message: "no MPEG audio frames found", offset: pos, length: end - pos });
    if (end > pos) res.gaps.push({ offset: pos, length: end - pos, where: "after" });
    return res;
  }
  if (first > pos) res.gaps.push({ offset: pos, length: first - pos, where: "before" });
  let cap = 1024;
  let offs = new Float64Array(cap);
  let lens = new Uint32Array(cap);
  const ref = headerWithLength(d, first, end);
  res.first = ref;
  res.vbrHeader = vbrTagIn(d, first, ref);
  let i = first;
  let count = 0;
  while (i < end) {
    const h = headerWithLength(d, i, end);
    if (h && sameStream(ref, h) && i + h.length <= end) {
      if (count >= MAX_MP3_FRAMES) {
        res.anomalies.push({ code: "frame-limit", message: `more than ${MAX_MP3_FRAMES} frames: walk stopped`, offset: i });
        break;
      }
      if (count === cap) {
        cap *= 2;
        const o2 = new Float64Array(cap);
        o2.set(offs);
        offs = o2;
        const l2 = new Uint32Array(cap);
        l2.set(lens);
        lens = l2;
      }
      offs[count] = i;
      lens[count] = h.length;
      count++;
      res.frameBytes += h.length;
      i += h.length;
      continue;
    }
    if (h && sameStream(ref, h) && i + h.length > end && end - i < h.length) {
      res.anomalies.push({ code: "truncated-last-frame", message: `last frame is ${end - i} of ${h.length} bytes`, offset: i, length: end - i });
      res.frameBytes += end - i;
      i = end;
      break;
    }
    const next = findNext(d, i + 1, end, ref, RESYNC_WINDOW);
    if (next < 0) {
      if (end - i > RESYNC_WINDOW + 4) {
        const far = findNext(d, i + RESYNC_WINDOW, end, ref, end - i);
        if (far > 0) {
          if (res.gaps.length < MAX_GAPS) res.gaps.push({ offset: i, length: far - i, where: "between" });
          else res.uncountedGapBytes += far - i;
          i = far;
          continue;
        }
      }
      res.gaps.push({ offset: i, length: end - i, where: "after" });
      i = end;
      break;
    }
    if (res.gaps.length < MAX_GAPS) res.gaps.push({ offset: i, length: next - i, where: "between" });
    else res.uncountedGapBytes += next - i;
    i = next;
  }
  res.frameCount = count;
  res.frameOffsets = offs.subarray(0, count);
  res.frameLengths = lens.subarray(0, count);
  return res;
}

// src/formats/magic.ts
var u8 = (d, i) => i < d.length ? d[i] : -1;
function ascii2(d, off, s3) {
  if (off + s3.length > d.length) return false;
  for (let i = 0; i < s3.length; i++) if (d[off + i] !== s3.charCodeAt(i)) return false;
  return true;
}
function t(kind, format, mime) {
  return mime ? { kind, format, mime } : { kind, format };
}
function isPE(d, off = 0) {
  if (!(u8(d, off) === 77 && u8(d, off + 1) === 90)) return false;
  if (off + 64 > d.length) return false;
  const lfanew = d[off + 60] | d[off + 61] << 8 | d[off + 62] << 16 | d[off + 63] << 24;
  if (lfanew < 64 || lfanew > 65536) return false;
  const p2 = off + lfanew;
  return p2 + 4 <= d.length && d[p2] === 80 && d[p2 + 1] === 69 && d[p2 + 2] === 0 && d[p2 + 3] === 0;
}
function isELF(d, off = 0) {
  if (!(u8(d, off) === 127 && ascii2(d, off + 1, "ELF"))) return false;
  const cls = u8(d, off + 4);
  const enc = u8(d, off + 5);
  const ver = u8(d, off + 6);
  return (cls === 1 || cls === 2) && (enc === 1 || enc === 2) && ver === 1;
}
var MACHO_MAGICS = [4277009102, 4277009103, 3472551422, 3489328638];
function isMachO(d, off = 0) {
  if (off + 16 > d.length) return false;
  const m2 = (d[off] << 24 | d[off + 1] << 16 | d[off + 2] << 8 | d[off + 3]) >>> 0;
  if (MACHO_MAGICS.includes(m2)) {
    const le2 = d[off] === 206 || d[off] === 207;
    const ft2 = le2 ? d[off + 12] | d[off + 13] << 8 : d[off + 14] << 8 | d[off + 15];
    return ft2 >= 1 && ft2 <= 12;
  }
  if (m2 === 3405691582) {
    const n = (d[off + 4] << 24 | d[off + 5] << 16 | d[off + 6] << 8 | d[off + 7]) >>> 0;
    return n >= 1 && n <= 8;
  }
  return false;
}
function isPyc(d) {
  if (d.length < 16) return false;
  if (!(d[2] === 13 && d[3] === 10)) return false;
  const magic = d[0] | d[1] << 8;
  const flags = d[4] | d[5] << 8 | d[6] << 16 | d[7] << 24;
  return magic >= 2900 && magic < 4e3 && flags >= 0 && flags <= 3;
}
function executableAt(d, off) {
  if (isPE(d, off)) return "pe";
  if (isELF(d, off)) return "elf";
  if (isMachO(d, off)) return "macho";
  return null;
}
var EXE_PROBES = [
  [Buffer.from([77, 90]), "pe"],
  [Buffer.from([127, 69, 76, 70]), "elf"],
  [Buffer.from([207, 250, 237, 254]), "macho"],
  [Buffer.from([206, 250, 237, 254]), "macho"],
  [Buffer.from([254, 237, 250, 207]), "macho"],
  [Buffer.from([254, 237, 250, 206]), "macho"]
];
function findExecutables(d, opts = {}) {
  const { from = 0, limit = d.length, max = 1 } = opts;
  const buf = Buffer.from(d.buffer, d.byteOffset, Math.min(d.length, limit));
  const hits = [];
  for (const [needle, format] of EXE_PROBES) {
    let found = 0;
    let tries = 0;
    for (let i = buf.indexOf(needle, from); i !== -1 && found < max && tries++ < 1e5; i = buf.indexOf(needle, i + 1)) {
      if (executableAt(d, i) === format) {
        hits.push({ offset: i, format });
        found++;
      }
    }
  }
  return hits.sort((a, b2) => a.offset - b2.offset).slice(0, max);
}
function findZipEOCD(d) {
  const stop = Math.max(0, d.length - 65535 - 22);
  for (let i = d.length - 22; i >= stop; i--) {
    if (d[i] === 80 && d[i + 1] === 75 && d[i + 2] === 5 && d[i + 3] === 6) return i;
  }
  return -1;
}
function isTar(d) {
  if (d.length < 512) return false;
  if (!ascii2(d, 257, "ustar")) {
    return tarChecksumOk(d);
  }
  return true;
}
function tarChecksumOk(d) {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : d[i];
  const field = Buffer.from(d.subarray(148, 156)).toString("latin1").replace(/[\0 ]+$/, "").trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  return parseInt(field, 8) === sum && d[0] !== 0;
}
function tarNumber(d, off, len) {
  if (off + len > d.length) return null;
  const first = d[off];
  if (first === 128 || first === 255) {
    const neg = first === 255;
    let n2 = 0;
    for (let i = 1; i < len; i++) n2 = n2 * 256 + (neg ? 255 - d[off + i] : d[off + i]);
    return neg ? -(n2 + 1) : n2;
  }
  let end = off;
  while (end < off + len && d[end] !== 0) end++;
  let s3 = "";
  for (let i = off; i < end; i++) {
    if (d[i] > 127) return null;
    s3 += String.fromCharCode(d[i]);
  }
  s3 = s3.replace(/^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g, "");
  if (s3 === "") return 0;
  const m2 = /^([+-]?)(?:0[oO]_?)?([0-7](?:_?[0-7])*)$/.exec(s3);
  if (!m2) return null;
  const n = parseInt(m2[2].replace(/_/g, ""), 8);
  return m2[1] === "-" ? -n : n;
}
function tarHeaderValid(d, off = 0) {
  if (off + 512 > d.length) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const c = i >= 148 && i < 156 ? 32 : d[off + i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  const sum = tarNumber(d, off + 148, 8);
  return sum !== null && (sum === unsigned || sum === signed);
}
function looksText(d, max = 8192) {
  const n = Math.min(d.length, max);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if (c === 0) return false;
    if (c < 9 || c > 13 && c < 32 || c === 127) bad++;
  }
  if (bad > n / 100) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(d.subarray(0, n - trailingPartialUtf8(d, n)));
    return true;
  } catch {
    return false;
  }
}
function trailingPartialUtf8(d, n) {
  for (let k2 = 1; k2 <= 3 && k2 <= n; k2++) {
    const c = d[n - k2];
    if ((c & 192) === 128) continue;
    if ((c & 224) === 192) return k2 < 2 ? k2 : 0;
    if ((c & 240) === 224) return k2 < 3 ? k2 : 0;
    if ((c & 248) === 240) return k2 < 4 ? k2 : 0;
    return 0;
  }
  return 0;
}
var PY_HINT = /^(?:[^\S\n]*(?:#.*|from\s+[\w.]+\s+import\b.*|import\s+[\w.]+.*|def\s+\w+\s*\(.*|class\s+\w+.*:|@\w+.*|"""[\s\S]*|'''[\s\S]*|if __name__\s*==.*))$/m;
function detectMagic(d) {
  if (d.length === 0) return t("empty", "empty");
  if (ascii2(d, 0, "RIFF") && ascii2(d, 8, "WAVE")) return t("audio", "wav", "audio/wav");
  if (ascii2(d, 0, "RIFX") && ascii2(d, 8, "WAVE")) return t("audio", "wav", "audio/wav");
  if (ascii2(d, 0, "RF64") && ascii2(d, 8, "WAVE")) return t("audio", "wav", "audio/wav");
  if (ascii2(d, 0, "RIFF") && ascii2(d, 8, "WEBP")) return t("image", "webp", "image/webp");
  if (ascii2(d, 0, "RIFF") && ascii2(d, 8, "AVI ")) return t("data", "avi", "video/x-msvideo");
  if (ascii2(d, 0, "FORM") && (ascii2(d, 8, "AIFF") || ascii2(d, 8, "AIFC"))) return t("audio", "aiff", "audio/aiff");
  if (ascii2(d, 0, "fLaC")) return t("audio", "flac", "audio/flac");
  if (ascii2(d, 0, "OggS")) return t("audio", "ogg", "audio/ogg");
  if (ascii2(d, 0, ".snd")) return t("audio", "au", "audio/basic");
  if (ascii2(d, 0, "ID3")) return t("audio", "mp3", "audio/mpeg");
  const h = d.length >= 4 && d[0] === 255 ? mpegHeaderAt(d, 0) : null;
  if (h && h.length > 0 && (mpegHeaderAt(d, h.length) !== null || d.length === h.length)) return t("audio", "mp3", "audio/mpeg");
  if (ascii2(d, 0, "\x89PNG\r\n\n")) return t("image", "png", "image/png");
  if (d.length >= 3 && d[0] === 255 && d[1] === 216 && d[2] === 255) return t("image", "jpeg", "image/jpeg");
  if (ascii2(d, 0, "GIF87a") || ascii2(d, 0, "GIF89a")) return t("image", "gif", "image/gif");
  if (ascii2(d, 0, "BM") && d.length >= 26) {
    const size = d[2] | d[3] << 8 | d[4] << 16 | d[5] << 24;
    const hdr = d[14] | d[15] << 8 | d[16] << 16 | d[17] << 24;
    if (size >= 26 && [12, 40, 52, 56, 64, 108, 124].includes(hdr)) return t("image", "bmp", "image/bmp");
  }
  if (d.length >= 4 && d[0] === 0 && d[1] === 0 && d[2] === 1 && d[3] === 0 && d.length >= 6) return t("image", "ico", "image/x-icon");
  if (isPE(d)) return t("executable", "pe", "application/vnd.microsoft.portable-executable");
  if (isELF(d)) return t("executable", "elf", "application/x-elf");
  if (isMachO(d)) return t("executable", "macho", "application/x-mach-binary");
  if (ascii2(d, 0, "PK") || ascii2(d, 0, "PK")) return t("archive", "zip", "application/zip");
  if (d.length >= 3 && d[0] === 31 && d[1] === 139 && d[2] === 8) return t("compressed", "gzip", "application/gzip");
  if (ascii2(d, 0, "BZh") && d.length >= 4 && d[3] >= 49 && d[3] <= 57) return t("compressed", "bzip2", "application/x-bzip2");
  if (ascii2(d, 0, "\xFD7zXZ\0")) return t("compressed", "xz", "application/x-xz");
  if (isCompressHeader(d)) return t("compressed", "compress", "application/x-compress");
  if (ascii2(d, 0, "(\xB5/\xFD")) return t("compressed", "zstd", "application/zstd");
  if (d.length >= 8 && (d[0] & 240) === 80 && ascii2(d, 1, "*M")) return t("compressed", "zstd", "application/zstd");
  if (ascii2(d, 0, '"M') || ascii2(d, 0, "!L")) return t("compressed", "lz4", "application/x-lz4");
  if (ascii2(d, 0, "LZIP") && d.length >= 6 && d[4] === 1) return t("compressed", "lzip", "application/x-lzip");
  if (ascii2(d, 0, "\x89LZO\0\r\n\n")) return t("compressed", "lzop", "application/x-lzop");
  if (ascii2(d, 0, "7z\xBC\xAF'")) return t("archive", "7z", "application/x-7z-compressed");
  if (ascii2(d, 0, "Rar!\x07")) return t("archive", "rar", "application/vnd.rar");
  if (ascii2(d, 0, "MSCF\0\0\0\0")) return t("archive", "cab", "application/vnd.ms-cab-compressed");
  if (isTar(d)) return t("archive", "tar", "application/x-tar");
  if (isPyc(d)) return t("bytecode", "pyc");
  if (ascii2(d, 0, "#!")) return t("text", "script");
  if (isLzmaAlone(d)) return t("compressed", "lzma", "application/x-lzma");
  return null;
}
var FILE_TYPE_KIND = [
  [/^audio\//, "audio"],
  [/^image\//, "image"],
  [/^font\/|font/, "font"],
  [/^video\//, "data"],
  [/zip|tar|rar|7z|cab|archive|x-rpm|deb/, "archive"],
  [/gzip|bzip|xz|zstd|lz|compress/, "compressed"],
  [/executable|x-elf|mach|msdownload|dosexec|wasm/, "executable"],
  [/pdf|msword|officedocument|rtf|opendocument/, "document"]
];
async function detectType(d) {
  const own = detectMagic(d);
  if (own && own.format !== "script") return own;
  if (!own) {
    try {
      const ft2 = await fileTypeFromBuffer(d.subarray(0, Math.min(d.length, 1 << 20)));
      const kind = ft2 ? FILE_TYPE_KIND.find(([re2]) => re2.test(ft2.mime))?.[1] ?? "data" : null;
      if (ft2 && kind && kind !== "executable") return t(kind, ft2.ext, ft2.mime);
    } catch {
    }
  }
  if (looksText(d)) {
    const head = Buffer.from(d.subarray(0, 4096)).toString("utf8");
    if (/^#!.*\bpython/.test(head) || PY_HINT.test(head)) return t("python", "python", "text/x-python");
    return own ?? t("text", "text", "text/plain");
  }
  return own ?? t("unknown", "unknown");
}

// src/analyzers/run.ts
function roundScore(x) {
  return Math.round(x * 2) / 2;
}
function makeFinding(rule, path3, hit) {
  const strength = Math.max(0, Math.min(1, hit.strength ?? 1));
  const f2 = { rule: rule.id, path: hit.path ?? path3, score: roundScore(rule.weight * strength), message: hit.message };
  if (hit.offset !== void 0) f2.offset = hit.offset;
  if (hit.length !== void 0) f2.length = hit.length;
  if (hit.evidence) f2.evidence = hit.evidence;
  return f2;
}
function newArtifactState() {
  return { scratch: /* @__PURE__ */ new Map() };
}
async function analyzeFile(file, analyzers, options, paths = [file.path], state = newArtifactState()) {
  const findings = [];
  const incomplete = [];
  const attachments = [];
  for (const a of analyzers) {
    let applies = false;
    try {
      applies = a.applies(file);
    } catch (e) {
      incomplete.push(`${file.path}: analyzer ${a.name} failed to classify the file: ${errText(e)}`);
      continue;
    }
    if (!applies) continue;
    const ctx = {
      options,
      paths,
      report(rule, hit) {
        findings.push(makeFinding(rule, file.path, hit));
      },
      incomplete(reason) {
        incomplete.push(`${file.path}: ${reason}`);
      },
      scratch: state.scratch,
      attach(att) {
        attachments.push({ ...att, path: att.path ?? file.path });
      }
    };
    try {
      await a.analyze(file, ctx);
    } catch (e) {
      incomplete.push(`${file.path}: analyzer ${a.name} failed: ${errText(e)}`);
    }
  }
  return { findings, incomplete, attachments };
}
async function finalizeArtifact(analyzers, options, paths, findingsSoFar, state) {
  const findings = [];
  const incomplete = [];
  for (const a of analyzers) {
    if (!a.finalize) continue;
    const ctx = {
      options,
      paths,
      findings: findingsSoFar,
      scratch: state.scratch,
      report(rule, hit) {
        findings.push(makeFinding(rule, "", hit));
      },
      incomplete(reason) {
        incomplete.push(reason);
      }
    };
    try {
      await a.finalize(ctx);
    } catch (e) {
      incomplete.push(`analyzer ${a.name} failed relating files to each other: ${errText(e)}`);
    }
  }
  return { findings, incomplete };
}
function errText(e) {
  return e instanceof Error ? e.message : String(e);
}
function extOf(path3) {
  const base = path3.slice(path3.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
async function toScanFile(path3, data, depth = 0) {
  return { path: path3, ext: extOf(path3), data, type: await detectType(data), depth };
}

// src/version.ts
var TOOL_NAME = "pypi-stego-scan";
var TOOL_VERSION = "0.1.0";

// src/run.ts
import fs4 from "node:fs/promises";
import path2 from "node:path";

// src/scan.ts
import { createHash as createHash3 } from "node:crypto";

// src/analyzers/types.ts
function defineRules(rules) {
  return rules;
}

// src/analyzers/filetype.ts
var FILETYPE_RULES = defineRules({
  disguised: {
    id: "type.disguised-executable",
    category: "payload",
    weight: 9,
    description: "A file named as media, text or data whose content is a native executable (PE, ELF, Mach-O)."
  },
  embedded: {
    id: "type.embedded-executable",
    category: "payload",
    weight: 8,
    description: "A complete executable header (PE with its NT header, ELF, Mach-O) inside a media or data file, past its start."
  },
  mismatch: {
    id: "type.extension-mismatch",
    category: "filetype",
    weight: 3,
    description: "A file whose extension names one format while its content is another kind (archive, bytecode, other media)."
  },
  polyglot: {
    id: "type.polyglot",
    category: "filetype",
    weight: 3,
    description: "A media file that is at the same time a zip archive (its central directory at the end of the file)."
  }
});
var CLAIMED_KIND = {};
for (const e of ["wav", "wave", "mp3", "ogg", "oga", "opus", "flac", "aif", "aiff", "au", "snd", "m4a", "mid", "midi"]) CLAIMED_KIND[e] = "audio";
for (const e of ["png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tif", "tiff", "svg"]) CLAIMED_KIND[e] = "image";
for (const e of ["ttf", "otf", "woff", "woff2"]) CLAIMED_KIND[e] = "font";
for (const e of ["py", "pyi", "pth", "txt", "md", "rst", "json", "csv", "tsv", "xml", "html", "htm", "css", "js", "yaml", "yml", "toml", "cfg", "ini", "typed"]) CLAIMED_KIND[e] = "text";
var MEDIA = /* @__PURE__ */ new Set(["audio", "image", "font"]);
function compatible(claimed, actual) {
  if (actual === "archive" || actual === "compressed" || actual === "bytecode") return false;
  if (MEDIA.has(claimed) && MEDIA.has(actual)) return actual === claimed;
  return true;
}
var DATA_KINDS = /* @__PURE__ */ new Set(["audio", "image", "font", "text", "python"]);
var MAX_EXE_HITS = 3;
var FORMAT_NAMES = { pe: "Windows PE executable", elf: "ELF executable", macho: "Mach-O executable" };
function analyze(file, report) {
  const { ext, type, data } = file;
  const claimed = CLAIMED_KIND[ext];
  if (claimed && type.kind === "executable") {
    report(FILETYPE_RULES.disguised, {
      message: `named .${ext} but is a ${FORMAT_NAMES[type.format] ?? type.format}`,
      offset: 0,
      length: data.length,
      evidence: { extension: ext, format: type.format }
    });
    return;
  }
  if (claimed && !compatible(claimed, type.kind)) {
    const mediaSwap = MEDIA.has(claimed) && MEDIA.has(type.kind);
    report(FILETYPE_RULES.mismatch, {
      message: `named .${ext} (${claimed}) but the content is ${type.format} (${type.kind})`,
      strength: mediaSwap ? 0.3 : 1,
      evidence: { extension: ext, format: type.format, kind: type.kind }
    });
  }
  if (DATA_KINDS.has(type.kind) || claimed && type.kind !== "executable") {
    for (const h of findExecutables(data, { from: 1, max: MAX_EXE_HITS })) {
      report(FILETYPE_RULES.embedded, {
        message: `${FORMAT_NAMES[h.format]} header at offset ${h.offset} inside a ${type.format} file`,
        offset: h.offset,
        evidence: { format: h.format }
      });
    }
  }
  if ((type.kind === "audio" || type.kind === "image") && findZipEOCD(data) > 0 && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf("PK", 1, "latin1") > 0) {
    report(FILETYPE_RULES.polyglot, {
      message: `${type.format} file that is also a zip archive (its members are scanned too)`,
      evidence: { format: type.format }
    });
  }
}
var filetypeAnalyzer = {
  name: "filetype",
  description: "Compares what a file is with what its name says, and looks for executables and archives hidden inside media.",
  rules: Object.values(FILETYPE_RULES),
  applies: (f2) => f2.type.kind !== "empty",
  analyze: (file, ctx) => analyze(file, ctx.report)
};

// src/analyzers/entropy.ts
var ENTROPY_RULES = defineRules({
  high: {
    id: "entropy.high",
    category: "entropy",
    weight: 3,
    description: "A file of a format that is not compressed (PCM WAV, BMP) whose bytes are as uniform as encrypted or compressed data."
  },
  window: {
    id: "entropy.window",
    category: "entropy",
    weight: 2,
    description: "A stretch of a PCM WAV or BMP whose entropy jumps to that of encrypted data while the rest of the file is ordinary."
  },
  blob: {
    id: "entropy.opaque-blob",
    category: "entropy",
    weight: 1,
    description: "A file of no recognisable format that is indistinguishable from random bytes (encrypted or compressed with an unknown method)."
  }
});
var LOG2 = new Float64Array(65537);
for (let i = 1; i < LOG2.length; i++) LOG2[i] = Math.log2(i);
function entropyOf(hist, n) {
  if (n <= 0) return 0;
  let sum = 0;
  for (let b2 = 0; b2 < 256; b2++) {
    const c = hist[b2];
    if (c) sum += c * (c < LOG2.length ? LOG2[c] : Math.log2(c));
  }
  return Math.max(0, Math.log2(n) - sum / n);
}
function entropy(d, start = 0, end = d.length, hist = new Uint32Array(256)) {
  hist.fill(0);
  for (let i = start; i < end; i++) hist[d[i]]++;
  return entropyOf(hist, end - start);
}
var WINDOW = 4096;
var MAX_WINDOWS = 2048;
var RANDOM_WINDOW = 7.9;
var RANDOM_FILE = 7.97;
function measure(d) {
  const count = Math.floor(d.length / WINDOW);
  const step = count > MAX_WINDOWS ? count / MAX_WINDOWS : 1;
  const n = Math.min(count, MAX_WINDOWS);
  const wins = new Float64Array(n);
  const hist = new Uint32Array(256);
  const total = new Uint32Array(256);
  for (let k2 = 0; k2 < n; k2++) {
    const start = Math.floor(k2 * step) * WINDOW;
    wins[k2] = entropy(d, start, start + WINDOW, hist);
    if (step === 1) for (let b2 = 0; b2 < 256; b2++) total[b2] += hist[b2];
  }
  if (step !== 1) return { whole: entropy(d), wins, step };
  for (let i = n * WINDOW; i < d.length; i++) total[d[i]]++;
  return { whole: entropyOf(total, d.length), wins, step };
}
function median(a) {
  const s3 = Float64Array.from(a).sort();
  return s3.length ? s3[s3.length >> 1] : 0;
}
var STRUCTURED = /* @__PURE__ */ new Set(["wav", "aiff", "au", "bmp"]);
function analyze2(file, ctx) {
  const d = file.data;
  if (STRUCTURED.has(file.type.format)) {
    if (d.length < 2 * WINDOW) return;
    const { whole, wins, step } = measure(d);
    const med = median(wins);
    if (whole >= RANDOM_FILE || med >= RANDOM_WINDOW) {
      ctx.report(ENTROPY_RULES.high, {
        message: `${file.type.format} file with ${whole.toFixed(3)} bits/byte: as flat as encrypted or compressed data`,
        strength: whole >= 7.99 ? 1 : 0.7,
        evidence: { entropy: round(whole), medianWindow: round(med), windows: wins.length }
      });
      return;
    }
    let hot = 0;
    let first = -1;
    for (let k2 = 0; k2 < wins.length; k2++) {
      if (wins[k2] >= RANDOM_WINDOW) {
        hot++;
        if (first < 0) first = k2;
      }
    }
    if (hot > 0 && med < 7) {
      ctx.report(ENTROPY_RULES.window, {
        message: `${hot} of ${wins.length} windows look random (\u2265 ${RANDOM_WINDOW} bits/byte) while the median window has ${med.toFixed(2)}`,
        strength: hot >= 2 ? 1 : 0.5,
        offset: Math.floor(first * step) * WINDOW,
        evidence: { hotWindows: hot, windows: wins.length, medianWindow: round(med), windowSize: WINDOW }
      });
    }
    return;
  }
  if ((file.type.kind === "unknown" || file.type.kind === "data") && d.length >= 64 * 1024) {
    const whole = entropy(d);
    if (whole >= 7.995) {
      ctx.report(ENTROPY_RULES.blob, {
        message: `${d.length} bytes of no known format at ${whole.toFixed(4)} bits/byte (random-looking)`,
        evidence: { entropy: round(whole) }
      });
    }
  }
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}
var entropyAnalyzer = {
  name: "entropy",
  description: "Byte entropy of uncompressed media and unknown blobs, against per-format baselines.",
  rules: Object.values(ENTROPY_RULES),
  applies: (f2) => f2.data.length > 0 && (STRUCTURED.has(f2.type.format) || f2.type.kind === "unknown" || f2.type.kind === "data"),
  analyze: analyze2
};

// src/decode/classify.ts
var TEXT_HEAD = 64 * 1024;
var le16 = (d, i) => i + 2 <= d.length ? d[i] | d[i + 1] << 8 : -1;
var le322 = (d, i) => i + 4 <= d.length ? (d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24) >>> 0 : -1;
var PE_MACHINES = { 332: "x86", 34404: "x86-64", 43620: "arm64", 448: "arm", 452: "arm" };
var ELF_MACHINES = { 3: "x86", 62: "x86-64", 183: "arm64", 40: "arm", 243: "riscv", 8: "mips", 21: "ppc64" };
function describeExecutable(d, format) {
  if (format === "pe") {
    const p2 = le322(d, 60);
    const m2 = le16(d, p2 + 4);
    const ch = le16(d, p2 + 22);
    const dll = ch >= 0 && ch & 8192 ? "DLL" : "executable";
    return `PE ${dll} (Windows, ${PE_MACHINES[m2] ?? "machine 0x" + m2.toString(16)})`;
  }
  if (format === "elf") {
    const be2 = d[5] === 2;
    const m2 = be2 ? d[18] << 8 | d[19] : le16(d, 18);
    const t2 = be2 ? d[16] << 8 | d[17] : le16(d, 16);
    const tn2 = t2 === 3 ? "shared object" : t2 === 2 ? "executable" : t2 === 1 ? "object" : "file";
    return `ELF ${tn2} (Linux/Unix, ${ELF_MACHINES[m2] ?? "machine " + m2})`;
  }
  return "Mach-O executable (macOS)";
}
function peComplete(d) {
  const p2 = le322(d, 60);
  return p2 >= 0 && p2 + 24 + 2 <= d.length;
}
function isMarshalCode(d) {
  if (d.length < 32) return false;
  if (d[0] !== 227 && d[0] !== 99) return false;
  const a = le322(d, 1);
  const b2 = le322(d, 5);
  const c = le322(d, 9);
  if (a > 255 || b2 > 255 || c > 255) return false;
  for (let i = 13; i < Math.min(d.length - 5, 40); i++) {
    if (d[i] === 115 || d[i] === 243) {
      const len = le322(d, i + 1);
      if (len > 0 && len < d.length && len % 2 === 0) return true;
    }
  }
  return false;
}
function isFont(d) {
  if (d.length < 12) return null;
  const m2 = String.fromCharCode(d[0], d[1], d[2], d[3]);
  if (m2 === "OTTO") return "otf";
  if (m2 === "wOFF") return "woff";
  if (m2 === "wOF2") return "woff2";
  if (m2 === "ttcf") return "ttc";
  if ((m2 === "\0\0\0" || m2 === "true") && d[4] === 0 && d[5] > 0 && d[5] < 64) return "ttf";
  return null;
}
function entropy2(d, max = 65536) {
  const n = Math.min(d.length, max);
  if (n === 0) return 0;
  const h = new Uint32Array(256);
  for (let i = 0; i < n; i++) h[d[i]]++;
  let e = 0;
  for (let i = 0; i < 256; i++) {
    if (h[i] === 0) continue;
    const p2 = h[i] / n;
    e -= p2 * Math.log2(p2);
  }
  return e;
}
function printableRatio(d, max = 4096, asciiOnly = false) {
  const n = Math.min(d.length, max);
  if (n === 0) return 0;
  let ok = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13) ok++;
    else if (c >= 128) high++;
  }
  if (!asciiOnly && high <= n * 0.4) ok += high;
  return ok / n;
}
var PY_SYNTAX = /(?:^|[\n;])[ \t]*(?:import[ \t]+[\w.]+|from[ \t]+[\w.]+[ \t]+import\b|def[ \t]+\w+[ \t]*\(|class[ \t]+\w+[ \t]*[(:]|if[ \t]+__name__[ \t]*==|print\()|\b(?:exec|eval)\s*\(|__import__\s*\(/;
var SH_SYNTAX = /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|z|da|k)?sh\b|\b(?:curl|wget)\s+(?:-[-\w]+\s+){0,8}\S{0,200}(?:https?|ftp):\/\/|\bchmod\s+[+0-7]|\/dev\/tcp\/|\bnohup\s|\bbash\s+-[ci]\b|\bsh\s+-c\b|\bcmd(?:\.exe)?\s+\/[ck]\b|\becho\s+\S+\s*\|\s*base64\b|\bbase64\s+(?:-d|--decode)\b|\bcrontab\s|\b(?:rundll32|regsvr32|mshta|bitsadmin|certutil)(?:\.exe)?\s/i;
var PS_SYNTAX = /\bpowershell(?:\.exe)?\b|\b(?:Invoke-Expression|Invoke-WebRequest|Invoke-RestMethod|New-Object|Start-Process|Set-ExecutionPolicy|Add-Type)\b|\[(?:System\.)?Convert\]::FromBase64String|\$env:[A-Za-z]/i;
var PY_RUN = [
  { name: "exec", re: /\b(?:exec|eval|execfile)\s*\(|\bcompile\s*\([^)]{0,200}['"]exec['"]/, danger: 0.9 },
  { name: "decode", re: /\bb(?:64|32|16|85)decode\b|\bdecodebytes\b|\bzlib\.decompress\b|\bbz2\.decompress\b|\blzma\.decompress\b|\bmarshal\.loads\b|\bbytes\.fromhex\b|\bcodecs\.decode\b|\bunhexlify\b/, danger: 0.6 },
  { name: "process", re: /\bsubprocess\b|\bos\.(?:system|popen|exec[lv]p?e?|spawn\w*|startfile)\b|\bPopen\b|\bpty\.spawn\b|\bcommands\.getoutput\b/, danger: 0.9 },
  { name: "network", re: /\burllib\b|\burlopen\b|\bsocket\.(?:socket|create_connection)\b|\bimport\s+socket\b|\brequests\.(?:get|post|request|Session)\b|\bhttp\.client\b|\bhttpx\b|\bftplib\b|\bparamiko\b/, danger: 0.8 },
  { name: "native", re: /\bctypes\b|\bVirtualAlloc\b|\bCreateThread\b|\bmmap\.PROT_EXEC\b/, danger: 0.85 },
  { name: "dynamic-import", re: /__import__\s*\(\s*[^'")\s]/, danger: 0.7 }
];
var SH_RUN = [
  { name: "download-and-run", re: /\b(?:curl|wget)\b[^\n|;]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b|\b(?:curl|wget)\b[^\n]{0,300}&&\s*(?:chmod\s+\+x|(?:ba)?sh\s|\.\/)/i, danger: 1 },
  { name: "decode-and-run", re: /\bbase64\s+(?:-d|--decode|-D)\b[^\n]{0,300}\|\s*(?:ba|z|da)?sh\b/i, danger: 1 },
  { name: "reverse-shell", re: /\/dev\/tcp\/|\bnc(?:at)?\s+(?:-\w+\s+)*-e\b|\bbash\s+-i\b|\bmkfifo\b/i, danger: 1 },
  { name: "download", re: /\b(?:curl|wget)\s+(?:-[-\w]+\s+){0,8}\S{0,200}(?:https?|ftp):\/\//i, danger: 0.8 },
  { name: "windows-lolbin", re: /\b(?:rundll32|regsvr32|mshta|bitsadmin|certutil)(?:\.exe)?\s/i, danger: 0.9 },
  { name: "run", re: /\bcmd(?:\.exe)?\s+\/[ck]\b|\b(?:ba)?sh\s+-c\b|\bchmod\s+\+x\b|\bnohup\s|\bcrontab\s/i, danger: 0.8 }
];
var PS_RUN = [
  { name: "invoke-expression", re: /\b(?:IEX|iex)\s*[($]|\bInvoke-Expression\b/i, danger: 1 },
  { name: "download", re: /\bDownload(?:String|File|Data)\b|\bNet\.WebClient\b|\bInvoke-WebRequest\b|\bInvoke-RestMethod\b|\bStart-BitsTransfer\b/i, danger: 0.9 },
  { name: "encoded-command", re: /\s-(?:e|en|enc|enco|encodedcommand)\s+[A-Za-z0-9+/=]{16,}|FromBase64String/i, danger: 0.9 },
  { name: "hidden", re: /-(?:w|win|window|windowstyle)\s+hid|-nop\b|-noni\b|-ep\s+bypass|ExecutionPolicy\s+Bypass/i, danger: 0.85 },
  { name: "process", re: /\bStart-Process\b|\bAdd-Type\b/i, danger: 0.8 }
];
function runIndicators(s3, list) {
  let danger = 0;
  const names = [];
  for (const ind of list) {
    if (ind.re.test(s3)) {
      names.push(ind.name);
      danger = Math.max(danger, ind.danger);
    }
  }
  return { danger, names };
}
function classifyText(text) {
  const s3 = text.length > TEXT_HEAD ? text.slice(0, TEXT_HEAD) : text;
  const ps2 = PS_SYNTAX.test(s3) || /\bIEX\s*[($]/.test(s3);
  const sh = SH_SYNTAX.test(s3);
  const py = PY_SYNTAX.test(s3);
  if (ps2) {
    const r = runIndicators(s3, PS_RUN);
    if (r.danger > 0 || !py) {
      return r.danger > 0 ? { kind: "powershell", format: "powershell", danger: r.danger, what: `PowerShell that runs things (${r.names.join(", ")})`, indicators: r.names } : { kind: "powershell", format: "powershell", danger: 0.5, what: "PowerShell code", indicators: [] };
    }
  }
  if (py) {
    const r = runIndicators(s3, PY_RUN);
    let danger = r.danger;
    if (r.names.includes("exec") && r.names.includes("decode")) danger = 1;
    else if (r.names.length >= 3) danger = Math.min(1, danger + 0.1);
    if (r.names.length === 1 && r.names[0] === "decode") danger = 0.5;
    if (danger >= 0.7) return { kind: "python", format: "python", danger, what: `Python code that runs things (${r.names.join(", ")})`, indicators: r.names };
    const shr = runIndicators(s3, SH_RUN);
    if (shr.danger >= 0.9) return { kind: "python", format: "python", danger: shr.danger, what: `Python code with shell commands (${shr.names.join(", ")})`, indicators: shr.names };
    return { kind: "python", format: "python", danger: 0.5, what: "Python code", indicators: r.names };
  }
  if (sh) {
    const r = runIndicators(s3, SH_RUN);
    return r.danger > 0 ? { kind: "shell", format: "shell", danger: r.danger, what: `shell commands that run things (${r.names.join(", ")})`, indicators: r.names } : { kind: "shell", format: "shell", danger: 0.5, what: "shell script", indicators: [] };
  }
  return { kind: "text", format: "text", danger: 0, what: "plain text", indicators: [] };
}
function classify(d) {
  if (d.length === 0) return { kind: "empty", format: "empty", danger: 0, what: "nothing", indicators: [] };
  if (isPE(d) && peComplete(d)) return { kind: "executable", format: "pe", danger: 1, what: describeExecutable(d, "pe"), indicators: [] };
  if (isELF(d) && d.length >= (d[4] === 2 ? 64 : 52)) return { kind: "executable", format: "elf", danger: 1, what: describeExecutable(d, "elf"), indicators: [] };
  if (isMachO(d) && d.length >= 64) return { kind: "executable", format: "macho", danger: 1, what: describeExecutable(d, "macho"), indicators: [] };
  if (isPyc(d)) return { kind: "bytecode", format: "pyc", danger: 0.9, what: "compiled Python bytecode (.pyc)", indicators: [] };
  if (isMarshalCode(d)) return { kind: "bytecode", format: "marshal", danger: 0.9, what: "marshalled Python code object", indicators: [] };
  const font = isFont(d);
  if (font) return { kind: "font", format: font, danger: 0, what: `${font} font`, indicators: [] };
  const m2 = detectMagic(d);
  if (m2 && m2.format !== "script") {
    switch (m2.kind) {
      case "audio":
        return { kind: "audio", format: m2.format, danger: 0, what: `${m2.format} audio`, indicators: [] };
      case "image":
        return { kind: "image", format: m2.format, danger: 0, what: `${m2.format} image`, indicators: [] };
      case "archive":
      case "compressed":
        return { kind: "archive", format: m2.format, danger: 0.4, what: `${m2.format} archive`, indicators: [] };
      default:
        break;
    }
  }
  if (d.length >= 4 && printableRatio(d) >= 0.95) {
    const s3 = Buffer.from(d.buffer, d.byteOffset, Math.min(d.length, TEXT_HEAD)).toString("utf8");
    return classifyText(s3);
  }
  const e = entropy2(d);
  const maxE = Math.min(8, Math.log2(Math.max(2, Math.min(d.length, 65536))));
  if (d.length >= 64 && e >= maxE * 0.9 && e >= 5.5) return { kind: "random", format: "random", danger: 0.2, what: `high-entropy bytes (${e.toFixed(2)} bits/byte)`, indicators: [] };
  return { kind: "binary", format: "binary", danger: 0.2, what: "binary data", indicators: [] };
}

// src/decode/layers.ts
import zlib3 from "node:zlib";
function ascii3(d, off, s3) {
  if (off + s3.length > d.length) return false;
  for (let i = 0; i < s3.length; i++) if (d[off + i] !== s3.charCodeAt(i)) return false;
  return true;
}
function isZlibHeader(d) {
  return d.length >= 2 && (d[0] & 15) === 8 && d[0] >> 4 <= 7 && (d[0] << 8 | d[1]) % 31 === 0 && (d[1] & 32) === 0;
}
function isGzipHeader(d) {
  return d.length >= 10 && d[0] === 31 && d[1] === 139 && d[2] === 8;
}
function isBzip2Header(d) {
  return d.length >= 10 && ascii3(d, 0, "BZh") && d[3] >= 49 && d[3] <= 57 && (d[4] === 49 && d[5] === 65 && d[6] === 89 || d[4] === 23 && d[5] === 114);
}
function boundedInflate(fn, d, maxOutput) {
  const opts = { maxOutputLength: maxOutput, finishFlush: zlib3.constants.Z_SYNC_FLUSH };
  let len = d.length;
  for (let attempt = 0; attempt < 24 && len >= 2; attempt++) {
    try {
      const out = fn(d.subarray(0, len), opts);
      return out.length > 0 ? { out: new Uint8Array(out.buffer, out.byteOffset, out.length), truncated: len < d.length } : null;
    } catch (e) {
      if (!isOutputLimitError(e)) return null;
      len = len >> 1;
    }
  }
  return null;
}
function decompress(d, maxOutput) {
  try {
    if (isGzipHeader(d)) {
      const r = boundedInflate(zlib3.gunzipSync, d, maxOutput);
      return r && { layer: r.truncated ? "gzip(truncated)" : "gzip", out: r.out };
    }
    if (isZlibHeader(d)) {
      const r = boundedInflate(zlib3.inflateSync, d, maxOutput);
      return r && { layer: r.truncated ? "zlib(truncated)" : "zlib", out: r.out };
    }
    if (isBzip2Header(d)) {
      const r = bunzipBounded(d, maxOutput);
      return r && { layer: r.truncated ? "bz2(truncated)" : "bz2", out: r.out };
    }
  } catch {
    return null;
  }
  return null;
}
function inflateRaw(d, maxOutput) {
  try {
    const r = boundedInflate(zlib3.inflateRawSync, d, maxOutput);
    if (!r || r.out.length < Math.min(d.length, 64)) return null;
    return { layer: r.truncated ? "deflate(truncated)" : "deflate", out: r.out };
  } catch {
    return null;
  }
}
var CHECK_HEAD = 4096;
function xorInto(src, key, start, out, n) {
  const L2 = key.length;
  for (let i = 0; i < n; i++) out[i] = src[start + i] ^ key[i % L2];
}
function keyHex(k2) {
  return Buffer.from(k2).toString("hex");
}
function minimalKey(k2) {
  const L2 = k2.length;
  for (let p2 = 1; p2 < L2; p2++) {
    if (L2 % p2 !== 0) continue;
    let ok = true;
    for (let i = p2; i < L2 && ok; i++) if (k2[i] !== k2[i - p2]) ok = false;
    if (ok) return k2.slice(0, p2);
  }
  return k2;
}
var TEXT_PLAIN = ["import ", "#!/", "def ", "exec(", "powershell", "from ", "eval("];
function verifyHead(h, fullLen, keyLen) {
  if (h.length >= 2 && h[0] === 77 && h[1] === 90) {
    if (isPE(h)) return "pe";
    const lf = h.length >= 64 ? h[60] | h[61] << 8 | h[62] << 16 : -1;
    if (lf >= h.length && lf < fullLen && lf < 65536 && h.length >= 128 && ascii3(h, 78, "This program")) return "pe";
    return null;
  }
  if (h.length >= 20 && isELF(h) && (h[16] | h[17] << 8) >= 1 && (h[16] | h[17] << 8) <= 4 && h[20] === 1) return "elf";
  if (h.length >= 30 && ascii3(h, 0, "PK")) {
    const method = h[8] | h[9] << 8;
    const nameLen = h[26] | h[27] << 8;
    if (h[4] <= 63 && h[5] === 0 && [0, 8, 12, 14].includes(method) && nameLen >= 1 && nameLen <= 256 && 30 + nameLen <= h.length) {
      for (let i = 30; i < 30 + nameLen; i++) if (h[i] < 32 || h[i] >= 127) return null;
      return "zip";
    }
    return null;
  }
  if (h.length >= 64 && printableRatio(h, h.length, true) >= 0.97 && !periodic(h, keyLen)) {
    const s3 = Buffer.from(h.subarray(0, 64)).toString("latin1");
    const low = s3.toLowerCase();
    for (const p2 of TEXT_PLAIN) if (low.startsWith(p2)) return codeWords(h) >= 2 ? "text" : null;
  }
  return null;
}
var CODE_WORDS = /\b(?:import|from|def|return|class|exec|eval|print|os|sys|system|subprocess|socket|base64|urllib|requests|open|if|for|in|curl|wget|echo|bash|sh|chmod|function|powershell|iex|http|https|invoke|new|object)\b/gi;
function codeWords(h) {
  const s3 = Buffer.from(h).toString("latin1").toLowerCase();
  const seen = /* @__PURE__ */ new Set();
  for (const m2 of s3.matchAll(CODE_WORDS)) {
    seen.add(m2[0]);
    if (seen.size >= 4) break;
  }
  return seen.size;
}
function periodic(h, keyLen) {
  let same = 0;
  const n = h.length;
  for (let i = keyLen; i < n; i++) if (h[i] === h[i - keyLen]) same++;
  return same > (n - keyLen) * 0.3;
}
function verifyText(h, keyLen) {
  if (h.length < 64 || printableRatio(h, h.length, true) < 0.98 || periodic(h, keyLen)) return false;
  let spaces = 0;
  for (let i = 0; i < h.length; i++) if (h[i] === 32 || h[i] === 10) spaces++;
  if (spaces < h.length * 0.05) return false;
  return codeWords(h) >= 3;
}
var TEXT_WEIGHT = new Int8Array(256);
(() => {
  for (let c = 0; c < 256; c++) {
    if (c >= 97 && c <= 122 || c === 32) TEXT_WEIGHT[c] = 3;
    else if (c >= 65 && c <= 90 || c >= 48 && c <= 57) TEXT_WEIGHT[c] = 2;
    else if (c > 32 && c < 127 || c === 10 || c === 9) TEXT_WEIGHT[c] = 1;
    else if (c === 13) TEXT_WEIGHT[c] = 0;
    else TEXT_WEIGHT[c] = -8;
  }
})();
function bestTextKeyByte(hist, base) {
  const top = [-1, -1, -1, -1];
  const topN = [0, 0, 0, 0];
  for (let b2 = 0; b2 < 256; b2++) {
    const c = hist[base + b2];
    if (c <= topN[3]) continue;
    let p2 = 3;
    while (p2 > 0 && c > topN[p2 - 1]) {
      top[p2] = top[p2 - 1];
      topN[p2] = topN[p2 - 1];
      p2--;
    }
    top[p2] = b2;
    topN[p2] = c;
  }
  let best = 0;
  let bestScore = -Infinity;
  for (const t2 of top) {
    if (t2 < 0) continue;
    for (const plain of [32, 101, 116, 111]) {
      const k2 = t2 ^ plain;
      let score = 0;
      for (let b2 = 0; b2 < 256; b2++) {
        const c = hist[base + b2];
        if (c) score += c * TEXT_WEIGHT[b2 ^ k2];
      }
      if (score > bestScore) {
        bestScore = score;
        best = k2;
      }
    }
  }
  return best;
}
var PE_DOS_HEADER = [77, 90, 144, 0, 3, 0, 0, 0, 4, 0, 0, 0, 255, 255, 0, 0];
var ELF_IDENTS = [
  [127, 69, 76, 70, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [127, 69, 76, 70, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [127, 69, 76, 70, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var ZIP_HEAD = [80, 75, 3, 4, 20, 0];
function unxor(d, budget, binaryOnly = false) {
  if (d.length < 32) return null;
  const head = new Uint8Array(Math.min(CHECK_HEAD, d.length));
  const tryKey = (key, start, textAnywhere = false) => {
    if (budget.attempts <= 0) return null;
    let zero = true;
    for (let i = 0; i < key.length; i++) if (key[i] !== 0) zero = false;
    if (zero) return null;
    budget.attempts--;
    const b0 = d[start] ^ key[0];
    const b1 = d[start + 1] ^ key[1 % key.length];
    const magic = b0 === 77 && b1 === 90 || b0 === 127 && b1 === 69 || b0 === 80 && b1 === 75;
    if (!magic && !textAnywhere && !(b0 >= 32 && b0 < 127 && b1 >= 32 && b1 < 127)) return null;
    const n = Math.min(head.length, d.length - start);
    const h = head.subarray(0, n);
    xorInto(d, key, start, h, n);
    const what = verifyHead(h, d.length - start, key.length) ?? (textAnywhere && verifyText(h, key.length) ? "text" : null);
    if (!what || binaryOnly && what === "text") return null;
    const k2 = minimalKey(key);
    const out = new Uint8Array(d.length - start);
    xorInto(d, k2, start, out, out.length);
    const layer = start > 0 ? `xor-keyprefix:${keyHex(k2)}` : `xor:${keyHex(k2)}`;
    return { layer, out };
  };
  if (d.length > 8 + 64) {
    const r = tryKey(d.slice(0, 8), 8);
    if (r) return r;
  }
  const plains = [PE_DOS_HEADER, ...ELF_IDENTS, ZIP_HEAD];
  if (!binaryOnly) {
    for (const t2 of [...TEXT_PLAIN, "#!"]) plains.push([...t2].map((c) => c.charCodeAt(0)));
  }
  for (const p2 of plains) {
    for (let L2 = 1; L2 <= Math.min(16, p2.length); L2++) {
      const key = new Uint8Array(L2);
      for (let i = 0; i < L2; i++) key[i] = d[i] ^ p2[i];
      let consistent = true;
      for (let i = L2; i < p2.length && i < d.length && consistent; i++) if ((d[i] ^ key[i % L2]) !== p2[i]) consistent = false;
      if (!consistent) continue;
      const r = tryKey(key, 0);
      if (r) return r;
      if (budget.attempts <= 0) return null;
    }
  }
  if (d.length >= 64 && (d[0] ^ d[1]) === (77 ^ 90)) {
    for (let L2 = 1; L2 <= 16; L2++) {
      const key = new Uint8Array(L2);
      for (let i = 0; i < L2; i++) {
        const pos = 32 + i;
        key[pos % L2] = d[pos];
      }
      const r = tryKey(key, 0);
      if (r) return r;
    }
  }
  const sample = d.subarray(0, Math.min(d.length, 65536));
  const hist = new Uint32Array(256 * 16);
  for (let L2 = 1; L2 <= 16 && budget.attempts > 0; L2++) {
    if (sample.length < L2 * 48) break;
    hist.fill(0);
    for (let i = 0; i < sample.length; i++) hist[i % L2 * 256 + sample[i]]++;
    const kz = new Uint8Array(L2);
    for (let j2 = 0; j2 < L2; j2++) {
      let best = 0;
      let bestN = -1;
      for (let b2 = 0; b2 < 256; b2++) {
        const c = hist[j2 * 256 + b2];
        if (c > bestN) {
          bestN = c;
          best = b2;
        }
      }
      kz[j2] = best;
    }
    const r0 = tryKey(kz, 0);
    if (r0) return r0;
    if (binaryOnly) continue;
    const ks2 = new Uint8Array(L2);
    for (let j2 = 0; j2 < L2; j2++) ks2[j2] = bestTextKeyByte(hist, j2 * 256);
    const r1 = tryKey(ks2, 0, true);
    if (r1) return r1;
  }
  return null;
}

// src/decode/runs.ts
var F_B64 = 1;
var F_URL = 2;
var F_HEX = 4;
var F_B32 = 8;
var F_PAD = 16;
var F_NL = 32;
var F_HEXLO = 64;
var F_HEXUP = 128;
var FLAGS = new Uint8Array(256);
var ALLOWED = new Uint8Array(256);
var CLS = new Uint8Array(256);
var B32V = new Uint8Array(256).fill(255);
var HEXV = new Uint8Array(256).fill(255);
(() => {
  for (let c = 65; c <= 90; c++) {
    FLAGS[c] |= F_B64 | F_B32;
    CLS[c] = 1;
    B32V[c] = c - 65;
  }
  for (let c = 97; c <= 122; c++) {
    FLAGS[c] |= F_B64;
    CLS[c] = 2;
  }
  for (let c = 48; c <= 57; c++) {
    FLAGS[c] |= F_B64 | F_HEX;
    CLS[c] = 3;
    HEXV[c] = c - 48;
  }
  for (let c = 50; c <= 55; c++) {
    FLAGS[c] |= F_B32;
    B32V[c] = c - 50 + 26;
  }
  for (let c = 97; c <= 102; c++) {
    FLAGS[c] |= F_HEX | F_HEXLO;
    HEXV[c] = c - 97 + 10;
  }
  for (let c = 65; c <= 70; c++) {
    FLAGS[c] |= F_HEX | F_HEXUP;
    HEXV[c] = c - 65 + 10;
  }
  FLAGS[43] |= F_B64;
  FLAGS[47] |= F_B64;
  FLAGS[45] |= F_URL;
  FLAGS[95] |= F_URL;
  CLS[43] = CLS[47] = CLS[45] = CLS[95] = 4;
  FLAGS[61] = F_PAD;
  FLAGS[10] = F_NL;
  FLAGS[13] = F_NL;
  for (let c = 0; c < 256; c++) ALLOWED[c] = FLAGS[c] !== 0 || c === 92 ? 1 : 0;
})();
var MIN_WRAPPED_LINE = 40;
var NOISE_SAMPLE = 4096;
var DEFAULT_MAX_DECODE = 8 * 1024 * 1024;
var TOTAL_DECODE_BUDGET = 64 * 1024 * 1024;
var seenStamp = new Uint32Array(256);
var stamp = 0;
function judge(d, start, end, pad2, orF, andF) {
  let enc;
  if (andF & F_HEX && pad2 === 0 && !(orF & F_HEXLO && orF & F_HEXUP)) enc = "hex";
  else if (andF & F_B32 && !(orF & F_URL)) enc = "base32";
  else enc = "base64";
  stamp = stamp + 1 >>> 0;
  if (stamp === 0) {
    seenStamp.fill(0);
    stamp = 1;
  }
  let n = 0;
  let distinct = 0;
  let seq = 0;
  let switches = 0;
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let sym = 0;
  let prev = -1;
  let prevCls = 0;
  for (let i = start; i < end && n < NOISE_SAMPLE; i++) {
    const c = d[i];
    const cls = CLS[c];
    if (cls === 0) continue;
    if (c === prev) continue;
    n++;
    if (seenStamp[c] !== stamp) {
      seenStamp[c] = stamp;
      distinct++;
    }
    if (c === prev + 1) seq++;
    if (prevCls !== 0 && cls !== prevCls) switches++;
    if (cls === 1) upper++;
    else if (cls === 2) lower++;
    else if (cls === 3) digit++;
    else sym++;
    prev = c;
    prevCls = cls;
  }
  if (n < 8) return null;
  if (seq > n * 0.25) return null;
  if (enc === "hex") {
    const letters2 = n - digit;
    if (distinct < Math.min(8, n / 4)) return null;
    if (letters2 < n * 0.02 || digit < n * 0.1) return null;
    return enc;
  }
  if (enc === "base32") {
    if (distinct < Math.min(12, n / 3)) return null;
    if (digit < n * 0.04) return null;
    return enc;
  }
  if (distinct < Math.min(18, n / 2.5)) return null;
  const letters = lower + upper;
  if (lower > letters * 0.85 || upper > letters * 0.85) return null;
  if (switches < (n - 1) * 0.3) return null;
  if (sym > n * 0.1) return null;
  if (n - letters === 0 && n >= 40) return null;
  return enc;
}
function headScore(b2) {
  if (b2.length < 2) return 0;
  if (isPE(b2) || isELF(b2) || isMachO(b2) || isPyc(b2)) return 200;
  const b0 = b2[0];
  const b1 = b2[1];
  if (b0 === 31 && b1 === 139 || b0 === 120 && (b0 * 256 + b1) % 31 === 0 || b0 === 66 && b1 === 90 && b2[2] === 104) return 150;
  if (b0 === 80 && b1 === 75 && b2[2] === 3 && b2[3] === 4) return 150;
  if (b0 === 137 && b1 === 80 && b2[2] === 78 && b2[3] === 71) return 150;
  if (b0 === 77 && b1 === 90) return 120;
  if (b2.length > 12 && (b2[8] ^ b2[0]) === 77 && (b2[9] ^ b2[1]) === 90) return 110;
  let printable3 = 0;
  for (let i = 0; i < b2.length; i++) {
    const c = b2[i];
    if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13) printable3++;
  }
  return printable3 >= b2.length * 0.9 ? 90 : 0;
}
function latin12(d, start, end) {
  return Buffer.from(d.buffer, d.byteOffset + start, end - start).toString("latin1");
}
function skipChars(d, start, end, k2) {
  let i = start;
  while (k2 > 0 && i < end) {
    if (CLS[d[i]] !== 0) k2--;
    i++;
  }
  return i;
}
function limitChars(d, start, end, chars) {
  if (end - start <= chars) return end;
  let i = start;
  let k2 = 0;
  while (i < end && k2 < chars) {
    if (CLS[d[i]] !== 0 || d[i] === 61) k2++;
    i++;
  }
  return i;
}
function decodeB64(d, start, end) {
  let s3 = latin12(d, start, end);
  if (s3.indexOf("\\") >= 0) s3 = s3.replace(/\\[nr]/g, "");
  return new Uint8Array(Buffer.from(s3, "base64"));
}
function decodeHex(d, start, end) {
  const out = new Uint8Array(end - start >> 1);
  let o = 0;
  let hi2 = -1;
  for (let i = start; i < end; i++) {
    const v2 = HEXV[d[i]];
    if (v2 === 255) continue;
    if (hi2 < 0) hi2 = v2;
    else {
      out[o++] = hi2 << 4 | v2;
      hi2 = -1;
    }
  }
  return out.subarray(0, o);
}
function decodeBase32(d, start = 0, end = d.length) {
  const out = new Uint8Array(Math.ceil((end - start) * 5 / 8));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const v2 = B32V[d[i]];
    if (v2 === 255) continue;
    acc = (acc << 5 | v2) & 65535;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits & 255;
    }
  }
  return out.subarray(0, o);
}
function decodeCandidate(d, c, maxDecode) {
  if (c.encoding === "base32") {
    return decodeBase32(d, c.start, limitChars(d, c.start, c.end, Math.ceil(maxDecode / 5) * 8));
  }
  const unit = c.encoding === "hex" ? 2 : 4;
  const preferred = c.encoding === "base64" && c.pad > 0 ? (c.count + c.pad) % 4 : 0;
  let best = preferred;
  let bestScore = -1;
  const dec = c.encoding === "hex" ? decodeHex : decodeB64;
  for (let k2 = 0; k2 < unit; k2++) {
    const s4 = skipChars(d, c.start, c.end, k2);
    const e2 = limitChars(d, s4, c.end, 1024);
    const score = headScore(dec(d, s4, e2)) + (k2 === preferred ? 0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = k2;
    }
  }
  const s3 = skipChars(d, c.start, c.end, best);
  const perUnit = c.encoding === "hex" ? 1 : 3;
  const e = limitChars(d, s3, c.end, Math.ceil(maxDecode / perUnit) * unit);
  return dec(d, s3, e);
}
function findEncodedRuns(data, minLength = 64, maxRuns = 64, opts = {}) {
  const maxDecode = opts.maxDecode ?? DEFAULT_MAX_DECODE;
  if (maxRuns <= 0 || !(data instanceof Uint8Array)) return [];
  minLength = Math.max(8, minLength | 0);
  const d = data;
  const n = d.length;
  let cands = [];
  const keepCap = Math.max(256, maxRuns * 8);
  let start = -1;
  let count = 0;
  let pad2 = 0;
  let last = -1;
  let orF = 0;
  let andF = 255;
  const flush = () => {
    if (start >= 0 && count >= minLength) {
      const enc = judge(d, start, last + 1, pad2, orF, andF);
      if (enc) {
        cands.push({ start, end: last + 1, count, pad: pad2, encoding: enc });
        if (cands.length > keepCap) {
          cands.sort((a, b2) => b2.count - a.count);
          cands = cands.slice(0, maxRuns * 2);
        }
      }
    }
    start = -1;
  };
  const follow = (i2) => {
    start = i2;
    count = 0;
    pad2 = 0;
    last = i2;
    orF = 0;
    andF = 255;
    let seg = 0;
    let nl = 0;
    for (; i2 < n; i2++) {
      const c = d[i2];
      const f2 = FLAGS[c];
      if (f2 & (F_B64 | F_URL)) {
        if (pad2 !== 0) break;
        count++;
        seg++;
        nl = 0;
        last = i2;
        orF |= f2;
        andF &= f2;
      } else if (f2 & F_PAD) {
        if (pad2 >= 2 || count === 0) break;
        pad2++;
        last = i2;
      } else if (f2 & F_NL) {
        if (pad2 !== 0 || !(seg >= MIN_WRAPPED_LINE || seg === 0 && nl === 1)) break;
        nl++;
        seg = 0;
      } else if (c === 92 && pad2 === 0 && seg >= MIN_WRAPPED_LINE && i2 + 1 < n && (d[i2 + 1] === 110 || d[i2 + 1] === 114)) {
        i2++;
        seg = 0;
      } else break;
    }
    flush();
    return i2 > start ? i2 : start + 1;
  };
  const m2 = minLength;
  let i = 0;
  while (i + m2 <= n) {
    const j2 = i + m2 - 1;
    if (!ALLOWED[d[j2]]) {
      i = j2 + 1;
      continue;
    }
    let k2 = j2 - 1;
    while (k2 >= i && ALLOWED[d[k2]]) k2--;
    if (k2 >= i) {
      i = k2 + 1;
      continue;
    }
    while (i <= j2 && !(FLAGS[d[i]] & (F_B64 | F_URL))) i++;
    i = follow(i);
  }
  if (cands.length > maxRuns) {
    cands.sort((a, b2) => b2.count - a.count);
    cands = cands.slice(0, maxRuns);
  }
  cands.sort((a, b2) => a.start - b2.start);
  const out = [];
  let budget = TOTAL_DECODE_BUDGET;
  for (const c of cands) {
    if (budget <= 0) break;
    let decoded2;
    try {
      decoded2 = decodeCandidate(d, c, Math.min(maxDecode, budget));
    } catch {
      continue;
    }
    budget -= decoded2.length;
    if (decoded2.length === 0) continue;
    out.push({ encoding: c.encoding, offset: c.start, length: c.end - c.start, decoded: decoded2 });
  }
  return out;
}

// src/decode/defang.ts
var HEX = "0123456789abcdef";
var TLD = "com|net|org|io|ru|cn|xyz|top|info|biz|co|me|sh|cc|tk|pw|su|onion|app|dev|site|online|club|link|ly|gg|to|in|de|uk|us|ws|host|live|pro|store|tech|cloud|space|fun|icu|vip|lol|zip|mov";
var URL_RE = /\b((?:hxxps?|fxp|wss?):\/\/)([^\s/?#"'<>\\]+)/gi;
var IPV4_RE = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
var DOMAIN_RE = new RegExp(`\\b((?:[a-z0-9-]+\\.)+)(${TLD})\\b`, "gi");
function defang(data, max = 160) {
  max = Math.max(8, max | 0);
  let out = "";
  if (typeof data === "string") {
    for (let i = 0; i < data.length && out.length < max * 2; i++) out += escChar(data.charCodeAt(i));
  } else {
    const n = Math.min(data.length, max * 2);
    for (let i = 0; i < n && out.length < max * 2; i++) out += escChar(data[i]);
  }
  out = out.replace(/\bhttp/gi, (m2) => m2[0] === "h" ? "hxxp" : "HXXP").replace(/\bftp:/gi, "fxp:").replace(URL_RE, (_m, scheme, host) => scheme + host.replace(/\./g, "[.]")).replace(IPV4_RE, (m2) => m2.replace(/\./g, "[.]")).replace(DOMAIN_RE, (_m, names, tld) => names.replace(/\./g, "[.]") + tld);
  return out.length > max ? out.slice(0, max - 3) + "..." : out;
}
function escChar(c) {
  if (c >= 32 && c < 127) return c === 92 ? "\\\\" : String.fromCharCode(c);
  if (c === 10) return "\\n";
  if (c === 13) return "\\r";
  if (c === 9) return "\\t";
  if (c > 255) return `\\u${c.toString(16).padStart(4, "0")}`;
  return "\\x" + HEX[c >> 4] + HEX[c & 15];
}

// src/formats/bmp.ts
var le162 = (d, o) => d[o] | d[o + 1] << 8;
var le323 = (d, o) => (d[o] | d[o + 1] << 8 | d[o + 2] << 16 | d[o + 3] << 24) >>> 0;
var i32 = (d, o) => d[o] | d[o + 1] << 8 | d[o + 2] << 16 | d[o + 3] << 24;
var HEADER_SIZES = [12, 16, 40, 52, 56, 64, 108, 124];
function parseBmp(d) {
  const s3 = {
    signature: false,
    declaredSize: 0,
    pixelOffset: 0,
    info: null,
    masks: null,
    palette: null,
    pixels: null,
    pixelBytesExpected: 0,
    profile: null,
    gap: null,
    trailing: null,
    anomalies: []
  };
  const anomaly = (code, message, offset, length) => {
    s3.anomalies.push(length === void 0 ? { code, message, offset } : { code, message, offset, length });
  };
  if (d.length < 2 || d[0] !== 66 || d[1] !== 77) {
    anomaly("bad-signature", "no BM signature", 0);
    return s3;
  }
  s3.signature = true;
  if (d.length < 18) {
    anomaly("truncated", "file header cut off", 0);
    return s3;
  }
  s3.declaredSize = le323(d, 2);
  s3.pixelOffset = le323(d, 10);
  if (le323(d, 6) !== 0) anomaly("reserved-set", "reserved header bytes are not zero", 6, 4);
  const hs2 = le323(d, 14);
  if (!HEADER_SIZES.includes(hs2)) {
    anomaly("bad-header", `unknown info header size ${hs2}`, 14);
    return s3;
  }
  if (14 + hs2 > d.length) {
    anomaly("truncated", "info header cut off", 14);
    return s3;
  }
  let info;
  if (hs2 === 12) {
    info = { headerSize: hs2, width: le162(d, 18), height: le162(d, 20), topDown: false, planes: le162(d, 22), bitsPerPixel: le162(d, 24), compression: 0, sizeImage: 0, colorsUsed: 0 };
  } else {
    const h = i32(d, 22);
    const f2 = (o) => 14 + o + 4 <= 14 + hs2 ? le323(d, 14 + o) : 0;
    info = {
      headerSize: hs2,
      width: Math.abs(i32(d, 18)),
      height: Math.abs(h),
      topDown: h < 0,
      planes: le162(d, 26),
      bitsPerPixel: le162(d, 28),
      compression: hs2 >= 20 ? le323(d, 30) : 0,
      sizeImage: f2(20),
      colorsUsed: f2(32)
    };
  }
  s3.info = info;
  const bpp = info.bitsPerPixel;
  if (![1, 2, 4, 8, 16, 24, 32, 64].includes(bpp) || info.planes !== 1 || info.width === 0 || info.height === 0) {
    anomaly("bad-header", `implausible header fields (bpp ${bpp}, planes ${info.planes}, ${info.width}x${info.height})`, 14);
  }
  let pos = 14 + hs2;
  if (hs2 === 40 && (info.compression === 3 || info.compression === 6)) {
    const n = info.compression === 3 ? 12 : 16;
    s3.masks = { offset: pos, length: Math.min(n, Math.max(0, d.length - pos)) };
    pos += n;
  }
  const entry = hs2 === 12 ? 3 : 4;
  let colors = info.colorsUsed;
  if (colors === 0 && bpp <= 8) colors = 1 << bpp;
  colors = Math.min(colors, bpp <= 8 ? 1 << bpp : 256);
  if (colors > 0) {
    let len = colors * entry;
    if (s3.pixelOffset >= pos && s3.pixelOffset < pos + len) len = s3.pixelOffset - pos;
    s3.palette = { offset: pos, length: Math.min(len, Math.max(0, d.length - pos)) };
    pos += len;
  }
  if (hs2 === 124 && le323(d, 14 + 56) === 1296188740) {
    const po3 = 14 + le323(d, 14 + 112);
    const ps2 = le323(d, 14 + 116);
    if (po3 < d.length && ps2 > 0) s3.profile = { offset: po3, length: Math.min(ps2, d.length - po3) };
  }
  const po2 = s3.pixelOffset;
  if (po2 < pos || po2 > d.length) {
    anomaly("bad-offset", `pixel array offset ${po2} is ${po2 < pos ? "inside the headers" : "past the end of the file"}`, 10);
  }
  let expected;
  const rawRows = info.compression === 0 || info.compression === 3 || info.compression === 6;
  if (rawRows) {
    const stride = Math.floor((info.width * bpp + 31) / 32) * 4;
    expected = stride * info.height;
  } else {
    expected = info.sizeImage > 0 ? info.sizeImage : Math.max(0, d.length - po2);
  }
  s3.pixelBytesExpected = expected;
  if (po2 >= pos && po2 <= d.length) {
    s3.pixels = { offset: po2, length: Math.min(expected, d.length - po2) };
    if (po2 + expected > d.length) anomaly("truncated", `pixel array needs ${expected} bytes, the file has ${d.length - po2}`, po2);
    if (po2 > pos) s3.gap = { offset: pos, length: po2 - pos };
    let end = po2 + s3.pixels.length;
    if (s3.profile && s3.profile.offset >= end && s3.profile.offset - end <= 16) end = Math.max(end, s3.profile.offset + s3.profile.length);
    if (end < d.length) s3.trailing = { offset: end, length: d.length - end };
  } else if (po2 > d.length && pos < d.length) {
    s3.trailing = { offset: pos, length: d.length - pos };
  } else if (po2 < pos) {
    const end = Math.max(pos, po2 + Math.min(expected, d.length - po2));
    if (end < d.length) s3.trailing = { offset: end, length: d.length - end };
  }
  if (s3.declaredSize !== 0 && s3.declaredSize > d.length) {
    anomaly("size-mismatch", `header declares ${s3.declaredSize} bytes, the file has ${d.length}`, 2);
  }
  return s3;
}

// src/formats/flac.ts
var FLAC_BLOCK_TYPES = ["STREAMINFO", "PADDING", "APPLICATION", "SEEKTABLE", "VORBIS_COMMENT", "CUESHEET", "PICTURE"];
var MAX_FLAC_BLOCKS = 1024;
var MAX_COMMENTS = 4096;
var MAX_FRAMES = 1e7;
var MAX_GAPS2 = 4096;
var u32be2 = (d, i) => (d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]) >>> 0;
var u24be2 = (d, i) => d[i] << 16 | d[i + 1] << 8 | d[i + 2];
var u32le2 = (d, i) => (d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24) >>> 0;
var UTF82 = new TextDecoder("utf-8");
function parseVorbisComment(b2, off = 0, end = b2.length) {
  const res = { vendor: "", comments: [], end: off, truncated: false };
  end = Math.min(end, b2.length);
  if (off + 4 > end) {
    res.truncated = true;
    return res;
  }
  const vlen = u32le2(b2, off);
  let p2 = off + 4;
  if (p2 + vlen > end) {
    res.truncated = true;
    res.vendor = UTF82.decode(b2.subarray(p2, end));
    res.end = end;
    return res;
  }
  res.vendor = UTF82.decode(b2.subarray(p2, p2 + vlen));
  p2 += vlen;
  if (p2 + 4 > end) {
    res.truncated = true;
    res.end = p2;
    return res;
  }
  const count = u32le2(b2, p2);
  p2 += 4;
  for (let n = 0; n < count; n++) {
    if (n >= MAX_COMMENTS || p2 + 4 > end) {
      res.truncated = n < count;
      break;
    }
    const len = u32le2(b2, p2);
    if (p2 + 4 + len > end) {
      res.truncated = true;
      break;
    }
    const s3 = UTF82.decode(b2.subarray(p2 + 4, p2 + 4 + len));
    const eq = s3.indexOf("=");
    res.comments.push({ key: eq >= 0 ? s3.slice(0, eq) : "", value: eq >= 0 ? s3.slice(eq + 1) : s3, offset: p2, length: 4 + len });
    p2 += 4 + len;
  }
  res.end = p2;
  return res;
}
function parsePictureBlock(b2, off = 0, end = b2.length) {
  end = Math.min(end, b2.length);
  let p2 = off;
  if (p2 + 8 > end) return null;
  const type = u32be2(b2, p2);
  const mlen = u32be2(b2, p2 + 4);
  p2 += 8;
  if (p2 + mlen > end) return null;
  const mime = new TextDecoder("latin1").decode(b2.subarray(p2, p2 + mlen));
  p2 += mlen;
  if (p2 + 4 > end) return null;
  const dlen = u32be2(b2, p2);
  p2 += 4;
  if (p2 + dlen > end) return null;
  const description = UTF82.decode(b2.subarray(p2, p2 + dlen));
  p2 += dlen;
  if (p2 + 20 > end) return null;
  const width = u32be2(b2, p2);
  const height = u32be2(b2, p2 + 4);
  const len = u32be2(b2, p2 + 16);
  p2 += 20;
  const avail = Math.min(len, end - p2);
  return { pictureType: type, mime, description, width, height, dataOffset: p2, data: b2.subarray(p2, p2 + avail), truncated: avail < len };
}
var CRC8 = new Uint8Array(256);
var CRC16 = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k2 = 0; k2 < 8; k2++) c = c & 128 ? (c << 1 ^ 7) & 255 : c << 1 & 255;
  CRC8[i] = c;
  let s3 = i << 8;
  for (let k2 = 0; k2 < 8; k2++) s3 = s3 & 32768 ? (s3 << 1 ^ 32773) & 65535 : s3 << 1 & 65535;
  CRC16[i] = s3;
}
function flacCrc8(d, a, b2) {
  let c = 0;
  for (let i = a; i < b2; i++) c = CRC8[c ^ d[i]];
  return c;
}
function flacCrc16(d, a, b2) {
  let c = 0;
  for (let i = a; i < b2; i++) c = c << 8 & 65535 ^ CRC16[c >> 8 ^ d[i]];
  return c;
}
function flacFrameHeaderAt(d, i, end = d.length) {
  if (i + 6 > end || d[i] !== 255 || (d[i + 1] & 254) !== 248) return 0;
  const bs2 = d[i + 2] >> 4;
  const sr2 = d[i + 2] & 15;
  const ch = d[i + 3] >> 4;
  const ss2 = d[i + 3] >> 1 & 7;
  if (bs2 === 0 || sr2 === 15 || ch > 10 || ss2 === 3 || (d[i + 3] & 1) !== 0) return 0;
  let p2 = i + 4;
  const b0 = d[p2];
  let extra;
  if (b0 < 128) extra = 0;
  else if ((b0 & 224) === 192) extra = 1;
  else if ((b0 & 240) === 224) extra = 2;
  else if ((b0 & 248) === 240) extra = 3;
  else if ((b0 & 252) === 248) extra = 4;
  else if ((b0 & 254) === 252) extra = 5;
  else if (b0 === 254) extra = 6;
  else return 0;
  p2++;
  for (let k2 = 0; k2 < extra; k2++, p2++) if (p2 >= end || (d[p2] & 192) !== 128) return 0;
  if (bs2 === 6) p2 += 1;
  else if (bs2 === 7) p2 += 2;
  if (sr2 === 12) p2 += 1;
  else if (sr2 === 13 || sr2 === 14) p2 += 2;
  if (p2 + 1 > end) return 0;
  return flacCrc8(d, i, p2) === d[p2] ? p2 + 1 - i : 0;
}
function sameParams(d, a, b2) {
  return d[a + 1] === d[b2 + 1] && (d[a + 2] & 15) === (d[b2 + 2] & 15) && (d[a + 3] & 14) === (d[b2 + 3] & 14);
}
function findHeader(d, from, to2, ref, end) {
  for (let k2 = from; k2 < to2; k2++) {
    if (d[k2] !== 255 || (d[k2 + 1] & 254) !== 248) continue;
    if (flacFrameHeaderAt(d, k2, end) && (ref < 0 || sameParams(d, ref, k2))) return k2;
  }
  return -1;
}
function parseFlac(d, opts = {}) {
  const res = {
    id3v2: null,
    start: 0,
    blocks: [],
    streamInfo: null,
    vorbisComment: null,
    pictures: [],
    audioStart: 0,
    frameCount: 0,
    audioEnd: 0,
    endTags: [],
    trailing: null,
    lastFrameVerified: false,
    walkIncomplete: null,
    gaps: [],
    anomalies: []
  };
  let pos = 0;
  if (isId3v2At(d, 0)) {
    res.id3v2 = parseId3v2(d, 0);
    pos = res.id3v2 ? res.id3v2.length : 0;
  }
  res.start = pos;
  if (!(pos + 4 <= d.length && d[pos] === 102 && d[pos + 1] === 76 && d[pos + 2] === 97 && d[pos + 3] === 67)) {
    res.anomalies.push({ code: "no-magic", message: "no fLaC marker", offset: pos });
    return res;
  }
  pos += 4;
  let last = false;
  while (!last && pos + 4 <= d.length) {
    if (res.blocks.length >= MAX_FLAC_BLOCKS) {
      res.anomalies.push({ code: "block-limit", message: `more than ${MAX_FLAC_BLOCKS} metadata blocks`, offset: pos });
      break;
    }
    const type = d[pos] & 127;
    last = (d[pos] & 128) !== 0;
    const declared = u24be2(d, pos + 1);
    const dataOffset = pos + 4;
    const length = Math.min(declared, d.length - dataOffset);
    const name = type < FLAC_BLOCK_TYPES.length ? FLAC_BLOCK_TYPES[type] : type === 127 ? "INVALID" : "RESERVED";
    const blk = { type, name, offset: pos, dataOffset, declaredLength: declared, length, last };
    res.blocks.push(blk);
    if (declared > length) {
      res.anomalies.push({ code: "block-past-end", message: `${name} block declares ${declared} bytes, ${length} remain`, offset: pos, length: length + 4 });
    }
    if (type >= 7) res.anomalies.push({ code: "reserved-block", message: `metadata block of reserved type ${type}`, offset: pos, length: length + 4 });
    parseBlock(d, blk, res);
    pos = dataOffset + length;
  }
  if (!res.streamInfo) res.anomalies.push({ code: "no-streaminfo", message: "no STREAMINFO block", offset: res.start + 4 });
  else if (res.blocks[0]?.type !== 0) res.anomalies.push({ code: "bad-streaminfo", message: "STREAMINFO is not the first block", offset: res.start + 4 });
  res.audioStart = pos;
  res.audioEnd = pos;
  const tail = findTrailingTags(d, d.length);
  res.endTags = tail.tags;
  if (opts.frames === false) return res;
  const end = Math.max(pos, tail.audioEnd);
  walkFrames(d, pos, end, res);
  if (res.audioEnd < end) res.trailing = { offset: res.audioEnd, length: end - res.audioEnd };
  return res;
}
function parseBlock(d, blk, res) {
  const o = blk.dataOffset;
  const e = o + blk.length;
  switch (blk.type) {
    case 0: {
      if (blk.length < 34) {
        res.anomalies.push({ code: "bad-streaminfo", message: `STREAMINFO is ${blk.length} bytes, not 34`, offset: blk.offset });
        return;
      }
      if (res.streamInfo) {
        res.anomalies.push({ code: "bad-streaminfo", message: "second STREAMINFO block", offset: blk.offset });
        return;
      }
      const sampleRate = d[o + 10] << 12 | d[o + 11] << 4 | d[o + 12] >> 4;
      res.streamInfo = {
        minBlockSize: d[o] << 8 | d[o + 1],
        maxBlockSize: d[o + 2] << 8 | d[o + 3],
        minFrameSize: u24be2(d, o + 4),
        maxFrameSize: u24be2(d, o + 7),
        sampleRate,
        channels: (d[o + 12] >> 1 & 7) + 1,
        bitsPerSample: ((d[o + 12] & 1) << 4 | d[o + 13] >> 4) + 1,
        totalSamples: (d[o + 13] & 15) * 2 ** 32 + u32be2(d, o + 14),
        md5: Array.from(d.subarray(o + 18, o + 34), (x) => x.toString(16).padStart(2, "0")).join("")
      };
      if (blk.length !== 34) res.anomalies.push({ code: "bad-streaminfo", message: `STREAMINFO is ${blk.length} bytes, not 34`, offset: blk.offset });
      if (sampleRate === 0) res.anomalies.push({ code: "bad-streaminfo", message: "STREAMINFO sample rate is 0", offset: blk.offset });
      return;
    }
    case 3:
      if (blk.length % 18 !== 0) res.anomalies.push({ code: "bad-seektable", message: `SEEKTABLE length ${blk.length} is not a multiple of 18`, offset: blk.offset });
      return;
    case 4: {
      const vc = parseVorbisComment(d, o, e);
      res.vorbisComment = { ...vc, blockOffset: blk.offset };
      if (vc.truncated || vc.end < e) {
        res.anomalies.push({
          code: "bad-vorbis-comment",
          message: vc.truncated ? "VORBIS_COMMENT lengths run past the block" : `${e - vc.end} bytes after the comment list`,
          offset: vc.truncated ? blk.offset : vc.end,
          length: e - vc.end
        });
      }
      return;
    }
    case 5: {
      if (blk.length < 396) return;
      let nz = 0;
      for (let k2 = o + 137; k2 < o + 395; k2++) if (d[k2] !== 0) nz++;
      if (d[o + 136] & 127) nz++;
      const tracks = d[o + 395];
      let p2 = o + 396;
      for (let t2 = 0; t2 < tracks && p2 + 36 <= e; t2++) {
        for (let k2 = p2 + 22; k2 < p2 + 35; k2++) if (d[k2] !== 0) nz++;
        const idx = d[p2 + 35];
        p2 += 36;
        for (let x = 0; x < idx && p2 + 12 <= e; x++, p2 += 12) for (let k2 = p2 + 9; k2 < p2 + 12; k2++) if (d[k2] !== 0) nz++;
      }
      if (p2 < e) res.anomalies.push({ code: "cuesheet-extra", message: `${e - p2} bytes after the CUESHEET track list`, offset: p2, length: e - p2 });
      if (nz > 0) res.anomalies.push({ code: "cuesheet-reserved", message: `${nz} non-zero bytes in CUESHEET reserved fields`, offset: blk.offset, length: blk.length + 4 });
      return;
    }
    case 6: {
      const pic = parsePictureBlock(d, o, e);
      if (!pic) res.anomalies.push({ code: "bad-picture", message: "PICTURE block fields run past the block", offset: blk.offset });
      else res.pictures.push({ ...pic, blockOffset: blk.offset });
      return;
    }
    default:
      return;
  }
}
function walkFrames(d, start, end, res) {
  const first = findHeader(d, start, Math.min(end - 6, start + (1 << 20)), -1, end);
  if (first < 0) {
    if (end > start) res.anomalies.push({ code: "no-frames", message: "no FLAC frame after the metadata", offset: start, length: end - start });
    res.audioEnd = start;
    return;
  }
  const si2 = res.streamInfo;
  const window2 = si2 && si2.maxFrameSize > 0 ? Math.max(si2.maxFrameSize * 2, 65536) : 4 * 1024 * 1024;
  let f2 = first;
  let frames = 0;
  let budget = 4 * (end - start) + (16 << 20);
  while (f2 < end) {
    if (budget <= 0) {
      res.anomalies.push({ code: "last-frame-unverified", message: "frame walk stopped: work budget exhausted", offset: f2, length: end - f2 });
      res.walkIncomplete = `frame walk stopped at ${f2} (work budget exhausted): ${end - f2} bytes not verified`;
      res.audioEnd = end;
      break;
    }
    if (frames >= MAX_FRAMES) {
      res.anomalies.push({ code: "frame-limit", message: `more than ${MAX_FRAMES} frames: walk stopped`, offset: f2 });
      res.walkIncomplete = `more than ${MAX_FRAMES} frames: ${end - f2} bytes from ${f2} not verified`;
      res.audioEnd = end;
      break;
    }
    const hlen = flacFrameHeaderAt(d, f2, end);
    const stop = Math.min(end, f2 + window2);
    let c = flacCrc16(d, f2, f2 + hlen);
    let firstZero = -1;
    let next = -1;
    budget -= stop - f2;
    for (let q2 = f2 + hlen; q2 < stop; q2++) {
      c = c << 8 & 65535 ^ CRC16[c >> 8 ^ d[q2]];
      if (c !== 0) continue;
      const e = q2 + 1;
      if (firstZero < 0) firstZero = e;
      if (e === end) {
        next = e;
        break;
      }
      if (d[e] === 255 && flacFrameHeaderAt(d, e, end) && sameParams(d, first, e)) {
        next = e;
        break;
      }
    }
    frames++;
    if (next >= 0) {
      f2 = next;
      res.audioEnd = next;
      if (next === end) res.lastFrameVerified = true;
      continue;
    }
    const h = findHeader(d, f2 + hlen, Math.min(end - 6, f2 + window2), first, end);
    if (h > 0) {
      if (res.gaps.length < MAX_GAPS2) {
        res.anomalies.push({ code: "frame-crc-mismatch", message: `frame at ${f2} does not end with a matching CRC-16`, offset: f2, length: h - f2 });
        res.gaps.push({ offset: f2, length: h - f2, where: "bad-frame" });
      } else res.walkIncomplete ??= `more than ${MAX_GAPS2} frames with a bad CRC: the later ones were not recorded`;
      f2 = h;
      res.audioEnd = h;
      continue;
    }
    if (firstZero > 0) {
      res.audioEnd = firstZero;
      res.lastFrameVerified = true;
    } else {
      res.anomalies.push({ code: "last-frame-unverified", message: "the last frame has no matching CRC-16", offset: f2, length: end - f2 });
      res.audioEnd = Math.max(res.audioEnd, f2);
    }
    break;
  }
  res.frameCount = frames;
  if (first > start) {
    res.anomalies.push({ code: "gap-before-frames", message: `${first - start} bytes between the metadata and the first frame`, offset: start, length: first - start });
    res.gaps.push({ offset: start, length: first - start, where: "before-frames" });
  }
}

// src/formats/gif.ts
var GIF_MAX_BLOCKS = 5e4;
var GIF_MAX_SUBBLOCKS = 1e6;
var le163 = (d, o) => d[o] | d[o + 1] << 8;
function hasGifSignature(d) {
  return d.length >= 6 && d[0] === 71 && d[1] === 73 && d[2] === 70 && d[3] === 56 && (d[4] === 55 || d[4] === 57) && d[5] === 97;
}
function skipSubBlocks(d, pos) {
  let p2 = pos;
  let bytes = 0;
  for (let n = 0; n < GIF_MAX_SUBBLOCKS; n++) {
    if (p2 >= d.length) return { end: d.length, bytes, terminated: false };
    const size = d[p2];
    if (size === 0) return { end: p2 + 1, bytes, terminated: true };
    if (p2 + 1 + size > d.length) return { end: d.length, bytes: bytes + (d.length - p2 - 1), terminated: false };
    bytes += size;
    p2 += 1 + size;
  }
  return { end: p2, bytes, terminated: false };
}
function readSubBlocks(d, pos, max = 1 << 20) {
  const { end } = skipSubBlocks(d, pos);
  const out = new Uint8Array(Math.min(max, Math.max(0, end - pos)));
  let o = 0;
  let p2 = pos;
  while (p2 < end && o < out.length) {
    const size = d[p2];
    if (size === 0) break;
    const n = Math.min(size, d.length - p2 - 1, out.length - o);
    out.set(d.subarray(p2 + 1, p2 + 1 + n), o);
    o += n;
    p2 += 1 + size;
  }
  return out.subarray(0, o);
}
function parseGif(d, maxBlocks = GIF_MAX_BLOCKS) {
  const s3 = { signature: false, screen: null, frames: [], extensions: [], trailerOffset: -1, trailing: null, capped: false, anomalies: [] };
  const anomaly = (code, message, offset, length) => {
    if (s3.anomalies.length < 64) s3.anomalies.push(length === void 0 ? { code, message, offset } : { code, message, offset, length });
  };
  if (!hasGifSignature(d)) {
    anomaly("bad-signature", "no GIF87a/GIF89a signature", 0);
    return s3;
  }
  s3.signature = true;
  if (d.length < 13) {
    anomaly("truncated", "logical screen descriptor cut off", 6);
    return s3;
  }
  const packed = d[10];
  let pos = 13;
  let gct = null;
  if (packed & 128) {
    const len = 3 * (1 << (packed & 7) + 1);
    gct = { offset: 13, length: Math.min(len, d.length - 13) };
    pos += len;
  }
  s3.screen = {
    version: String.fromCharCode(d[3], d[4], d[5]),
    width: le163(d, 6),
    height: le163(d, 8),
    globalColorTable: gct,
    background: d[11],
    aspect: d[12]
  };
  let blocks2 = 0;
  while (pos < d.length) {
    if (blocks2++ >= maxBlocks) {
      s3.capped = true;
      anomaly("too-many-blocks", `more than ${maxBlocks} blocks; the rest was not walked`, pos);
      return s3;
    }
    const b2 = d[pos];
    if (b2 === 59) {
      s3.trailerOffset = pos;
      if (pos + 1 < d.length) s3.trailing = { offset: pos + 1, length: d.length - pos - 1 };
      return s3;
    }
    if (b2 === 33) {
      if (pos + 2 > d.length) {
        anomaly("truncated", "extension cut off", pos);
        pos = d.length;
        break;
      }
      const label = d[pos + 1];
      let appId = "";
      const chainStart = pos + 2;
      let dataStart = chainStart;
      if (label === 255 && chainStart < d.length && d[chainStart] === 11 && chainStart + 12 <= d.length) {
        for (let i = 1; i <= 11; i++) {
          const c = d[chainStart + i];
          appId += c >= 32 && c < 127 ? String.fromCharCode(c) : "?";
        }
        dataStart = chainStart + 12;
      }
      if (label !== 249 && label !== 254 && label !== 1 && label !== 255) {
        anomaly("bad-extension", `unknown extension label 0x${label.toString(16)}`, pos);
      }
      const r = skipSubBlocks(d, dataStart);
      if (!r.terminated) anomaly("truncated", `extension 0x${label.toString(16)} sub-blocks run past the end of the file`, pos);
      s3.extensions.push({ label, offset: pos, appId, chain: { offset: chainStart, length: r.end - chainStart }, dataBytes: r.bytes });
      pos = r.end;
      continue;
    }
    if (b2 === 44) {
      if (pos + 10 > d.length) {
        anomaly("truncated", "image descriptor cut off", pos);
        pos = d.length;
        break;
      }
      const fp = d[pos + 9];
      let p2 = pos + 10;
      let lct = null;
      if (fp & 128) {
        const len = 3 * (1 << (fp & 7) + 1);
        lct = { offset: p2, length: Math.min(len, Math.max(0, d.length - p2)) };
        p2 += len;
      }
      if (p2 >= d.length) {
        anomaly("truncated", "image data cut off", pos);
        pos = d.length;
        break;
      }
      const lzw = d[p2];
      const r = skipSubBlocks(d, p2 + 1);
      if (!r.terminated) anomaly("truncated", "image data sub-blocks run past the end of the file", pos);
      s3.frames.push({
        offset: pos,
        left: le163(d, pos + 1),
        top: le163(d, pos + 3),
        width: le163(d, pos + 5),
        height: le163(d, pos + 7),
        interlaced: (fp & 64) !== 0,
        localColorTable: lct,
        lzwMinCodeSize: lzw,
        data: { offset: p2 + 1, length: r.end - p2 - 1 },
        dataBytes: r.bytes
      });
      pos = r.end;
      continue;
    }
    anomaly("bad-block", `byte 0x${b2.toString(16)} at ${pos} starts no block`, pos, d.length - pos);
    s3.trailing = { offset: pos, length: d.length - pos };
    break;
  }
  if (s3.trailerOffset < 0) anomaly("missing-trailer", "no trailer (0x3B)", Math.min(pos, d.length));
  return s3;
}

// src/formats/jpeg.ts
var JPEG_MAX_SEGMENTS = 2e4;
var JPEG_MAX_APPENDED = 16;
var be16 = (d, o) => d[o] << 8 | d[o + 1];
function standalone(m2) {
  return m2 === 1 || m2 >= 208 && m2 <= 217;
}
function isSof(m2) {
  return m2 >= 192 && m2 <= 207 && m2 !== 196 && m2 !== 200 && m2 !== 204;
}
function readIdent(d, off, len) {
  let s3 = "";
  const n = Math.min(len, 40);
  for (let i = 0; i < n; i++) {
    const c = d[off + i];
    if (c === 0) break;
    if (c < 32 || c > 126) return s3;
    s3 += String.fromCharCode(c);
  }
  return s3;
}
function scanEnd(d, pos) {
  let i = pos;
  while (i < d.length) {
    const ff = d.indexOf(255, i);
    if (ff < 0 || ff + 1 >= d.length) return d.length;
    let j2 = ff + 1;
    while (j2 < d.length && d[j2] === 255) j2++;
    if (j2 >= d.length) return d.length;
    const m2 = d[j2];
    if (m2 === 0 || m2 >= 208 && m2 <= 215) {
      i = j2 + 1;
      continue;
    }
    return j2 - 1;
  }
  return d.length;
}
function walkImage(d, start, st2) {
  const img = { start, end: start + 2, segments: [], frame: null, eoi: false, stray: [] };
  const anomaly = (code, message, offset, length) => {
    if (st2.anomalies.length < 64) st2.anomalies.push(length === void 0 ? { code, message, offset } : { code, message, offset, length });
  };
  let pos = start + 2;
  let sawScan = false;
  while (pos < d.length) {
    if (st2.segmentBudget <= 0) {
      st2.capped = true;
      anomaly("too-many-segments", `more than ${JPEG_MAX_SEGMENTS} segments; the rest was not walked`, pos);
      img.end = pos;
      return img;
    }
    if (d[pos] !== 255) {
      let j2 = pos;
      for (; ; ) {
        j2 = d.indexOf(255, j2);
        if (j2 < 0 || j2 + 1 >= d.length) {
          j2 = d.length;
          break;
        }
        const m3 = d[j2 + 1];
        if (m3 !== 0 && m3 !== 255 && !(m3 >= 208 && m3 <= 215)) break;
        j2 += 1;
      }
      img.stray.push({ offset: pos, length: j2 - pos });
      anomaly("stray-bytes", `${j2 - pos} bytes between segments that belong to no segment`, pos, j2 - pos);
      pos = j2;
      continue;
    }
    let mpos = pos + 1;
    while (mpos < d.length && d[mpos] === 255) mpos++;
    if (mpos >= d.length) {
      pos = d.length;
      break;
    }
    const m2 = d[mpos];
    const markerOffset = mpos - 1;
    st2.segmentBudget--;
    if (m2 === 217) {
      img.eoi = true;
      img.end = mpos + 1;
      img.segments.push({ marker: m2, offset: markerOffset, dataOffset: mpos + 1, dataLength: 0, ident: "" });
      break;
    }
    if (m2 === 0 || m2 === 216) {
      anomaly("bad-marker", `unexpected marker 0x${m2.toString(16)} at ${markerOffset}`, markerOffset);
      pos = mpos + 1;
      continue;
    }
    if (standalone(m2)) {
      img.segments.push({ marker: m2, offset: markerOffset, dataOffset: mpos + 1, dataLength: 0, ident: "" });
      pos = mpos + 1;
      continue;
    }
    if (mpos + 3 > d.length) {
      anomaly("truncated", "segment length cut off by the end of the file", markerOffset);
      pos = d.length;
      break;
    }
    const len = be16(d, mpos + 1);
    if (len < 2) {
      anomaly("bad-length", `segment 0x${m2.toString(16)} declares length ${len}`, markerOffset);
      pos = mpos + 3;
      continue;
    }
    const dataOffset = mpos + 3;
    const dataLength = Math.min(len - 2, d.length - dataOffset);
    if (dataLength < len - 2) anomaly("truncated", `segment 0x${m2.toString(16)} runs past the end of the file`, markerOffset);
    const seg = {
      marker: m2,
      offset: markerOffset,
      dataOffset,
      dataLength,
      ident: m2 >= 224 && m2 <= 239 ? readIdent(d, dataOffset, dataLength) : ""
    };
    img.segments.push(seg);
    if (isSof(m2) && !img.frame && dataLength >= 6) {
      img.frame = {
        precision: d[dataOffset],
        height: be16(d, dataOffset + 1),
        width: be16(d, dataOffset + 3),
        components: d[dataOffset + 5],
        marker: m2
      };
    }
    pos = dataOffset + dataLength;
    if (m2 === 218) {
      sawScan = true;
      const e = scanEnd(d, pos);
      seg.scan = { offset: pos, length: e - pos };
      pos = e;
    }
  }
  if (!img.eoi) {
    img.end = Math.min(pos, d.length);
    anomaly("missing-eoi", "no EOI marker", img.end);
  }
  if (!sawScan) anomaly("no-scan", "no SOS segment (no image data)", start);
  return img;
}
function hasJpegSignature(d, off = 0) {
  return off + 3 <= d.length && d[off] === 255 && d[off + 1] === 216 && d[off + 2] === 255;
}
function parseJpeg(d) {
  const st2 = { anomalies: [], segmentBudget: JPEG_MAX_SEGMENTS, capped: false };
  const empty = { start: 0, end: 0, segments: [], frame: null, eoi: false, stray: [] };
  if (!hasJpegSignature(d)) {
    return { signature: false, main: empty, appended: [], trailing: null, capped: false, anomalies: [{ code: "bad-signature", message: "no SOI marker", offset: 0 }] };
  }
  const main = walkImage(d, 0, st2);
  const appended = [];
  let end = main.end;
  if (main.eoi) {
    while (appended.length < JPEG_MAX_APPENDED && !st2.capped) {
      let p2 = end;
      while (p2 < d.length && p2 - end < 4096 && d[p2] === 0) p2++;
      if (!hasJpegSignature(d, p2)) break;
      const before = st2.anomalies.length;
      const img = walkImage(d, p2, st2);
      if (!img.eoi || !img.frame) {
        st2.anomalies.length = before;
        break;
      }
      appended.push(img);
      end = img.end;
    }
  }
  const trailing = end < d.length && !st2.capped ? { offset: end, length: d.length - end } : null;
  return { signature: true, main, appended, trailing, capped: st2.capped, anomalies: st2.anomalies };
}
function markerName(m2) {
  if (m2 >= 224 && m2 <= 239) return `APP${m2 - 224}`;
  if (m2 >= 208 && m2 <= 215) return `RST${m2 - 208}`;
  const names = { 216: "SOI", 217: "EOI", 218: "SOS", 219: "DQT", 196: "DHT", 221: "DRI", 254: "COM", 204: "DAC", 220: "DNL" };
  if (names[m2]) return names[m2];
  if (isSof(m2)) return `SOF${m2 - 192}`;
  return `0x${m2.toString(16).padStart(2, "0")}`;
}

// src/formats/ogg.ts
var MAX_OGG_PAGES = 5e5;
var MAX_STREAMS = 64;
var MAX_HEADER_PACKET = 32 * 1024 * 1024;
var MAX_ANOMALIES = 1e3;
var CRC_TABLE = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i << 24;
  for (let k2 = 0; k2 < 8; k2++) c = c & 2147483648 ? c << 1 ^ 79764919 : c << 1;
  CRC_TABLE[i] = c >>> 0;
}
function oggPageCrc(d, off, len) {
  let c = 0;
  for (let i = 0; i < len; i++) {
    const b2 = i >= 22 && i < 26 ? 0 : d[off + i];
    c = (c << 8 ^ CRC_TABLE[(c >>> 24 ^ b2) & 255]) >>> 0;
  }
  return c >>> 0;
}
var u32le3 = (d, i) => (d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24) >>> 0;
function isCapture(d, i) {
  return i + 4 <= d.length && d[i] === 79 && d[i + 1] === 103 && d[i + 2] === 103 && d[i + 3] === 83;
}
function pageAt(d, i) {
  if (!isCapture(d, i) || i + 27 > d.length) return null;
  const n = d[i + 26];
  if (i + 27 + n > d.length) return null;
  let body = 0;
  for (let k2 = 0; k2 < n; k2++) body += d[i + 27 + k2];
  const g0 = u32le3(d, i + 6);
  const g1 = u32le3(d, i + 10);
  const granule = g0 === 4294967295 && g1 === 4294967295 ? -1 : g1 * 2 ** 32 + g0;
  const len = Math.min(27 + n + body, d.length - i);
  const page = {
    offset: i,
    length: len,
    version: d[i + 4],
    headerType: d[i + 5],
    granule,
    serial: u32le3(d, i + 14),
    sequence: u32le3(d, i + 18),
    crcOk: false,
    segmentsOffset: i + 27,
    segmentCount: n,
    bodyOffset: i + 27 + n,
    bodyLength: Math.min(body, d.length - (i + 27 + n))
  };
  page.crcOk = len === 27 + n + body && oggPageCrc(d, i, len) === u32le3(d, i + 22);
  return page;
}
function findCapture(d, from, budget) {
  for (let k2 = from; k2 + 27 <= d.length; k2++) {
    if (d[k2] === 79 && isCapture(d, k2) && d[k2 + 4] === 0) {
      if (budget.bytes <= 0) return -1;
      const p2 = pageAt(d, k2);
      if (p2) budget.bytes -= p2.length;
      if (p2 && p2.crcOk) return k2;
    }
  }
  return -1;
}
function codecOf(p2) {
  const s3 = String.fromCharCode(...p2.subarray(0, 8));
  if (s3.startsWith("vorbis")) return "vorbis";
  if (s3 === "OpusHead") return "opus";
  if (s3.startsWith("\x7FFLAC")) return "flac";
  if (s3 === "Speex   ") return "speex";
  if (s3.startsWith("\x80theora")) return "theora";
  if (s3 === "fishead\0") return "skeleton";
  return "unknown";
}
function parseOgg(d) {
  const res = { pages: [], streams: [], gaps: [], badCrcPages: 0, end: 0, anomalies: [], incomplete: null };
  const anomaly = (a) => {
    if (res.anomalies.length < MAX_ANOMALIES) res.anomalies.push(a);
  };
  if (!isCapture(d, 0)) {
    anomaly({ code: "not-ogg", message: "no OggS capture pattern at 0", offset: 0 });
  }
  const streams = /* @__PURE__ */ new Map();
  let pos = 0;
  const budget = { bytes: 2 * d.length + (16 << 20) };
  while (pos < d.length) {
    if (res.pages.length >= MAX_OGG_PAGES) {
      anomaly({ code: "page-limit", message: `more than ${MAX_OGG_PAGES} pages: walk stopped`, offset: pos });
      res.incomplete ??= `more than ${MAX_OGG_PAGES} pages: ${d.length - pos} bytes from ${pos} not walked`;
      res.end = d.length;
      break;
    }
    let page = pageAt(d, pos);
    if (!page) {
      if (isCapture(d, pos)) {
        anomaly({ code: "truncated-page", message: `page at ${pos} runs past the end of the file`, offset: pos, length: d.length - pos });
        res.end = d.length;
        break;
      }
      const next = findCapture(d, pos + 1, budget);
      const where = res.pages.length === 0 ? "before" : next < 0 ? "after" : "between";
      const stop = next < 0 ? d.length : next;
      res.gaps.push({ offset: pos, length: stop - pos, where });
      if (next < 0) break;
      pos = next;
      page = pageAt(d, pos);
    }
    const complete = page.length === 27 + page.segmentCount + sumLacing(d, page);
    if (!complete) {
      anomaly({ code: "truncated-page", message: `page at ${pos} runs past the end of the file`, offset: pos, length: page.length });
    }
    res.pages.push(page);
    if (page.version !== 0) anomaly({ code: "bad-version", message: `page version ${page.version}`, offset: pos });
    if (page.headerType & 248) anomaly({ code: "bad-header-type", message: `header type 0x${page.headerType.toString(16)}`, offset: pos + 5 });
    if (!page.crcOk && complete) {
      res.badCrcPages++;
      anomaly({ code: "bad-crc", message: `page ${page.sequence} of stream ${page.serial} has a bad CRC`, offset: pos, length: page.length });
    }
    collect(d, page, streams, res, anomaly);
    pos += page.length;
    res.end = pos;
  }
  for (const s3 of streams.values()) {
    const { lastSeq: _l, asm: _a, done: _d, ...pub } = s3;
    void _l;
    void _a;
    void _d;
    res.streams.push(pub);
  }
  return res;
}
function sumLacing(d, p2) {
  let s3 = 0;
  for (let k2 = 0; k2 < p2.segmentCount; k2++) s3 += d[p2.segmentsOffset + k2];
  return s3;
}
function collect(d, page, streams, res, anomaly) {
  let s3 = streams.get(page.serial);
  if (!s3) {
    if (streams.size >= MAX_STREAMS) {
      if (streams.size === MAX_STREAMS && !res.incomplete) {
        anomaly({ code: "stream-limit", message: `more than ${MAX_STREAMS} logical streams`, offset: page.offset });
        res.incomplete = `more than ${MAX_STREAMS} logical streams: the header packets of the others were not read`;
      }
      return;
    }
    s3 = { serial: page.serial, codec: "unknown", pages: 0, bos: false, eos: false, headerPackets: [], comment: null, channels: 0, sampleRate: 0, lastSeq: -1, asm: null, done: false };
    streams.set(page.serial, s3);
    if (!(page.headerType & 2)) anomaly({ code: "no-bos", message: `stream ${page.serial} does not start with a BOS page`, offset: page.offset });
  }
  s3.pages++;
  if (page.headerType & 2) s3.bos = true;
  if (page.headerType & 4) s3.eos = true;
  if (s3.lastSeq >= 0 && page.sequence !== s3.lastSeq + 1 >>> 0) {
    anomaly({ code: "sequence-gap", message: `stream ${page.serial}: page ${page.sequence} follows ${s3.lastSeq}`, offset: page.offset });
  }
  s3.lastSeq = page.sequence;
  if (s3.done) return;
  let p2 = page.bodyOffset;
  const bodyEnd = page.bodyOffset + page.bodyLength;
  if (!(page.headerType & 1) && s3.asm) {
    s3.asm = null;
  }
  for (let k2 = 0; k2 < page.segmentCount && !s3.done; k2++) {
    const lace = d[page.segmentsOffset + k2];
    const a = Math.min(p2, bodyEnd);
    const b2 = Math.min(p2 + lace, bodyEnd);
    if (!s3.asm) s3.asm = { parts: [], size: 0, offset: a, end: a, truncated: false };
    s3.asm.end = b2;
    if (s3.asm.size + (b2 - a) <= MAX_HEADER_PACKET) {
      s3.asm.parts.push(d.subarray(a, b2));
      s3.asm.size += b2 - a;
    } else s3.asm.truncated = true;
    p2 += lace;
    if (lace < 255) {
      finishPacket(s3, s3.asm, res, anomaly);
      s3.asm = null;
    }
  }
}
function concat(parts, size) {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const p2 of parts) {
    out.set(p2, o);
    o += p2.length;
  }
  return out;
}
function finishPacket(s3, asm, res, anomaly) {
  const data = concat(asm.parts, asm.size);
  if (asm.truncated) res.incomplete ??= `stream ${s3.serial}: a header packet is larger than ${MAX_HEADER_PACKET} bytes; the rest was not read`;
  s3.headerPackets.push({ offset: asm.offset, end: asm.end, data, truncated: asm.truncated });
  const n = s3.headerPackets.length;
  if (n === 1) {
    s3.codec = codecOf(data);
    if (s3.codec === "vorbis" && data.length >= 16) {
      s3.channels = data[11];
      s3.sampleRate = u32le3(data, 12);
    }
    if (s3.codec === "opus" && data.length >= 16) {
      s3.channels = data[9];
      s3.sampleRate = u32le3(data, 12);
    }
    if (s3.codec === "speex" && data.length >= 52) {
      s3.sampleRate = u32le3(data, 36);
      s3.channels = u32le3(data, 48);
    }
  }
  if (n === 2) {
    let start = -1;
    let blockEnd = data.length;
    if (s3.codec === "vorbis" && data[0] === 3 && String.fromCharCode(...data.subarray(1, 7)) === "vorbis") start = 7;
    else if (s3.codec === "opus" && String.fromCharCode(...data.subarray(0, 8)) === "OpusTags") start = 8;
    else if (s3.codec === "speex") start = 0;
    else if (s3.codec === "theora" && data[0] === 129 && String.fromCharCode(...data.subarray(1, 7)) === "theora") start = 7;
    else if (s3.codec === "flac" && data.length >= 4 && (data[0] & 127) === 4) {
      start = 4;
      blockEnd = Math.min(data.length, 4 + (data[1] << 16 | data[2] << 8 | data[3]));
    }
    if (start >= 0) {
      const vc = parseVorbisComment(data, start, blockEnd);
      let tailStart = vc.end;
      if (s3.codec === "vorbis" && tailStart < data.length && data[tailStart] === 1) tailStart++;
      s3.comment = { ...vc, packetOffset: asm.offset, trailing: data.subarray(Math.min(tailStart, data.length)) };
      if (vc.truncated) anomaly({ code: "bad-comment", message: `stream ${s3.serial}: comment header lengths run past the packet`, offset: asm.offset });
    }
  }
  if (n >= 3) s3.done = true;
}

// src/formats/png.ts
var PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
var PNG_MAX_CHUNKS = 1e5;
var CRC_TABLE2 = null;
function crcTable() {
  if (CRC_TABLE2) return CRC_TABLE2;
  const t2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k2 = 0; k2 < 8; k2++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t2[n] = c >>> 0;
  }
  CRC_TABLE2 = t2;
  return t2;
}
function crc322(d, start = 0, end = d.length) {
  const t2 = crcTable();
  let c = 4294967295;
  for (let i = start; i < end; i++) c = t2[(c ^ d[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
function be32(d, o) {
  return (d[o] << 24 | d[o + 1] << 16 | d[o + 2] << 8 | d[o + 3]) >>> 0;
}
function chunkType(d, o) {
  return String.fromCharCode(d[o], d[o + 1], d[o + 2], d[o + 3]);
}
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isCritical(type) {
  const c = type.charCodeAt(0);
  return c >= 65 && c <= 90;
}
function hasPngSignature(d) {
  if (d.length < 8) return false;
  for (let i = 0; i < 8; i++) if (d[i] !== PNG_SIGNATURE[i]) return false;
  return true;
}
function parsePng(d, maxChunks = PNG_MAX_CHUNKS) {
  const s3 = {
    signature: false,
    chunks: [],
    ihdr: null,
    idat: [],
    idatBytes: 0,
    iendOffset: -1,
    trailing: null,
    capped: false,
    anomalies: []
  };
  const anomaly = (code, message, offset, length) => {
    if (s3.anomalies.length < 64) s3.anomalies.push(length === void 0 ? { code, message, offset } : { code, message, offset, length });
  };
  if (!hasPngSignature(d)) {
    anomaly("bad-signature", "no PNG signature", 0);
    return s3;
  }
  s3.signature = true;
  let pos = 8;
  let lastIdatIndex = -1;
  let sawIhdr = false;
  let sawPlte = false;
  while (pos < d.length) {
    if (s3.chunks.length >= maxChunks) {
      s3.capped = true;
      anomaly("too-many-chunks", `more than ${maxChunks} chunks; the rest was not walked`, pos);
      return s3;
    }
    if (pos + 8 > d.length) {
      anomaly("truncated-chunk", "chunk header cut off by the end of the file", pos, d.length - pos);
      break;
    }
    const declared = be32(d, pos);
    const type = chunkType(d, pos + 4);
    const typeOk = isLetter(d[pos + 4]) && isLetter(d[pos + 5]) && isLetter(d[pos + 6]) && isLetter(d[pos + 7]);
    if (!typeOk) {
      anomaly("bad-type", `invalid chunk type bytes at ${pos}`, pos, d.length - pos);
      break;
    }
    if (declared > 2147483647) {
      anomaly("bad-length", `chunk ${type} declares length ${declared} (> 2^31-1)`, pos);
      break;
    }
    const dataOffset = pos + 8;
    const avail = Math.min(declared, d.length - dataOffset);
    const crcPos = dataOffset + declared;
    let crcOk = null;
    let end;
    if (crcPos + 4 <= d.length) {
      crcOk = crc322(d, pos + 4, crcPos) === be32(d, crcPos);
      end = crcPos + 4;
    } else {
      end = d.length;
      anomaly("truncated-chunk", `chunk ${type} declares ${declared} bytes but the file ends first`, pos, d.length - pos);
    }
    const chunk = { type, offset: pos, declaredLength: declared, dataOffset, dataLength: avail, crcOk, end };
    s3.chunks.push(chunk);
    if (crcOk === false) anomaly("bad-crc", `chunk ${type} has a wrong CRC`, pos, end - pos);
    const index = s3.chunks.length - 1;
    if (index === 0 && type !== "IHDR" && type !== "CgBI") anomaly("ihdr-not-first", `first chunk is ${type}, not IHDR`, pos);
    if (type === "IHDR") {
      if (sawIhdr) anomaly("duplicate-critical", "second IHDR chunk", pos);
      else if (index > 1 || index === 1 && s3.chunks[0].type !== "CgBI") anomaly("ihdr-not-first", "IHDR is not the first chunk", pos);
      sawIhdr = true;
      if (avail >= 13 && !s3.ihdr) {
        s3.ihdr = {
          width: be32(d, dataOffset),
          height: be32(d, dataOffset + 4),
          bitDepth: d[dataOffset + 8],
          colorType: d[dataOffset + 9],
          compression: d[dataOffset + 10],
          filter: d[dataOffset + 11],
          interlace: d[dataOffset + 12]
        };
        if (declared !== 13 || !validIhdr(s3.ihdr)) anomaly("bad-ihdr", "IHDR fields are out of range", pos, end - pos);
      } else if (avail < 13) anomaly("bad-ihdr", "IHDR is shorter than 13 bytes", pos, end - pos);
    } else if (type === "PLTE") {
      if (sawPlte) anomaly("duplicate-critical", "second PLTE chunk", pos);
      sawPlte = true;
    } else if (type === "IDAT") {
      if (lastIdatIndex >= 0 && lastIdatIndex !== index - 1) anomaly("idat-not-contiguous", "IDAT chunks are not consecutive", pos);
      lastIdatIndex = index;
      s3.idat.push({ offset: dataOffset, length: avail });
      s3.idatBytes += avail;
    } else if (type === "IEND") {
      s3.iendOffset = pos;
      if (end < d.length) s3.trailing = { offset: end, length: d.length - end };
      break;
    }
    pos = end;
  }
  if (s3.iendOffset < 0) anomaly("missing-iend", "no IEND chunk", d.length);
  if (s3.idat.length === 0) anomaly("no-idat", "no IDAT chunk", 8);
  return s3;
}
function validIhdr(h) {
  if (h.width === 0 || h.height === 0 || h.width > 2147483647 || h.height > 2147483647) return false;
  const depths = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
  const ok = depths[h.colorType];
  return !!ok && ok.includes(h.bitDepth) && h.compression === 0 && h.filter === 0 && h.interlace <= 1;
}
function strayFrom(s3, fileLength) {
  if (!s3.signature || s3.iendOffset >= 0 || s3.capped) return null;
  const last = s3.chunks.length ? s3.chunks[s3.chunks.length - 1].end : 8;
  return last < fileLength ? { offset: last, length: fileLength - last } : null;
}

// src/formats/riff.ts
var MAX_RIFF_CHUNKS = 4096;
var MAX_LIST_CHILDREN = 1024;
var MAX_RIFF_CHUNKS_TOTAL = 16384;
var u32le4 = (d, i) => (d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24) >>> 0;
var u32be3 = (d, i) => (d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]) >>> 0;
var u16le = (d, i) => d[i] | d[i + 1] << 8;
var u16be = (d, i) => d[i] << 8 | d[i + 1];
function fourcc(d, i) {
  if (i + 4 > d.length) return "";
  return String.fromCharCode(d[i], d[i + 1], d[i + 2], d[i + 3]);
}
function isPrintableFourcc(d, i) {
  if (i + 4 > d.length) return false;
  for (let k2 = 0; k2 < 4; k2++) if (d[i + k2] < 32 || d[i + k2] > 126) return false;
  return d[i] !== 32;
}
var KS_GUID_TAIL = [0, 0, 0, 0, 16, 0, 128, 0, 0, 170, 0, 56, 155, 113];
function guidString(d, i) {
  const h = (a, b2) => Array.from(d.subarray(a, b2), (x) => x.toString(16).padStart(2, "0")).join("");
  const rev = (a, n) => Array.from(d.subarray(a, a + n)).reverse().map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${rev(i, 4)}-${rev(i + 4, 2)}-${rev(i + 6, 2)}-${h(i + 8, i + 10)}-${h(i + 10, i + 16)}`;
}
function parseWavFmt(d, off, size, bigEndian = false) {
  if (size < 14 || off + 14 > d.length) return null;
  const r16 = bigEndian ? u16be : u16le;
  const r32 = bigEndian ? u32be3 : u32le4;
  const fmt = {
    formatTag: r16(d, off),
    channels: r16(d, off + 2),
    sampleRate: r32(d, off + 4),
    byteRate: r32(d, off + 8),
    blockAlign: r16(d, off + 12),
    bitsPerSample: size >= 16 && off + 16 <= d.length ? r16(d, off + 14) : 0
  };
  if (fmt.formatTag === 65534 && size >= 40 && off + 40 <= d.length) {
    const g2 = off + 24;
    let ks2 = true;
    for (let k2 = 0; k2 < KS_GUID_TAIL.length; k2++) if (d[g2 + 2 + k2] !== KS_GUID_TAIL[k2]) ks2 = false;
    fmt.extensible = {
      validBitsPerSample: r16(d, off + 18),
      channelMask: r32(d, off + 20),
      subFormat: guidString(d, g2),
      subFormatTag: ks2 ? u16le(d, g2) : null
    };
  }
  return fmt;
}
function extended80(d, i) {
  const exp = (d[i] & 127) << 8 | d[i + 1];
  const hi2 = u32be3(d, i + 2);
  const lo2 = u32be3(d, i + 6);
  if (exp === 0 && hi2 === 0 && lo2 === 0) return 0;
  const mant = hi2 * 2 ** 32 + lo2;
  const v2 = mant * 2 ** (exp - 16383 - 63);
  return (d[i] & 128 ? -v2 : v2) || 0;
}
function parseAiffComm(d, off, size, aifc) {
  if (size < 18 || off + 18 > d.length) return null;
  const channels = u16be(d, off);
  const frames = u32be3(d, off + 2);
  const bits = u16be(d, off + 6);
  const rate = extended80(d, off + 8);
  const compression = aifc && size >= 22 && off + 22 <= d.length ? fourcc(d, off + 18) : "NONE";
  const block = channels * Math.ceil(bits / 8);
  return {
    formatTag: compression === "NONE" || compression === "twos" || compression === "sowt" ? 1 : compression === "fl32" || compression === "fl64" ? 3 : 0,
    channels,
    sampleRate: Number.isFinite(rate) ? Math.round(rate) : 0,
    byteRate: Math.round(block * (Number.isFinite(rate) ? rate : 0)),
    blockAlign: block,
    bitsPerSample: bits,
    compression,
    sampleFrames: frames
  };
}
function walk(st2, start, end, parent, maxCount, ds64Data, streaming = false) {
  const { d, be: be2 } = st2;
  const r32 = be2 ? u32be3 : u32le4;
  let pos = start;
  let count = 0;
  while (pos + 8 <= end) {
    if (count >= maxCount || st2.chunks.length >= MAX_RIFF_CHUNKS_TOTAL) return { stop: pos, bad: false, limited: true };
    if (!isPrintableFourcc(d, pos)) {
      return { stop: pos, bad: true, limited: false };
    }
    const id = fourcc(d, pos);
    let declared = r32(d, pos + 4);
    const dataOffset = pos + 8;
    if (declared === 4294967295) {
      if (id === "data" && ds64Data !== null) declared = ds64Data;
      else if (parent === void 0 && id === "data") {
        st2.anomalies.push({ code: "chunk-size-ff", message: `chunk '${id}' has size 0xFFFFFFFF`, offset: pos });
        declared = end - dataOffset;
      } else {
        st2.anomalies.push({ code: "chunk-size-ff", message: `chunk '${printable(id)}' has size 0xFFFFFFFF`, offset: pos });
      }
    }
    if (streaming && declared === 0 && id === "data" && parent === void 0 && !isPrintableFourcc(d, dataOffset)) {
      declared = end - dataOffset;
    }
    const avail = Math.max(0, Math.min(declared, end - dataOffset));
    if (dataOffset + declared > end) {
      st2.anomalies.push({
        code: "chunk-past-end",
        message: `chunk '${printable(id)}' declares ${declared} bytes but only ${avail} remain`,
        offset: pos,
        length: avail + 8
      });
    }
    const chunk = { id, offset: pos, dataOffset, declaredSize: declared, size: avail };
    if (parent !== void 0) chunk.parent = parent;
    if ((id === "LIST" || be2 && id === "FORM") && avail >= 4) chunk.listType = fourcc(d, dataOffset);
    st2.chunks.push(chunk);
    count++;
    if (chunk.listType !== void 0 && parent === void 0) {
      const sub = walk(st2, dataOffset + 4, dataOffset + avail, chunk.listType, MAX_LIST_CHILDREN, null);
      if (sub.stop < dataOffset + avail && (sub.bad || sub.limited || dataOffset + avail - sub.stop >= 8)) {
        if (!allZero(d, sub.stop, dataOffset + avail)) {
          st2.anomalies.push({
            code: "list-overrun",
            message: `LIST '${printable(chunk.listType)}' has ${dataOffset + avail - sub.stop} bytes its sub-chunks do not cover`,
            offset: sub.stop,
            length: dataOffset + avail - sub.stop
          });
        }
      }
    }
    if (dataOffset + declared >= end) return { stop: end, bad: false, limited: false };
    let next = dataOffset + declared;
    if (declared & 1) {
      const r32x = be2 ? u32be3 : u32le4;
      const plausible = (q2) => q2 + 8 <= end && isPrintableFourcc(d, q2) && q2 + 8 + r32x(d, q2 + 4) <= end;
      if (d[next] !== 0 && plausible(next) && !(isPrintableFourcc(d, next + 1) && plausible(next + 1) && !plausible(next))) {
        st2.anomalies.push({ code: "unpadded-odd-chunk", message: `odd-sized chunk '${printable(id)}' has no pad byte`, offset: pos });
      } else next += 1;
    }
    pos = next;
  }
  return { stop: Math.min(pos, end), bad: false, limited: false };
}
function allZero(d, a, b2) {
  for (let i = a; i < b2; i++) if (d[i] !== 0) return false;
  return true;
}
function printable(s3) {
  return s3.replace(/[^\x20-\x7e]/g, "?");
}
function parseRiff(d) {
  const res = {
    container: null,
    formType: "",
    bigEndian: false,
    declaredSize: 0,
    end: d.length,
    chunks: [],
    fmt: null,
    data: null,
    trailing: null,
    unparsed: null,
    anomalies: []
  };
  if (d.length < 12) {
    res.anomalies.push({ code: "truncated-header", message: `file is ${d.length} bytes, shorter than a RIFF header`, offset: 0 });
    return res;
  }
  const c = fourcc(d, 0);
  if (c !== "RIFF" && c !== "RIFX" && c !== "RF64" && c !== "FORM") {
    res.anomalies.push({ code: "truncated-header", message: "no RIFF/FORM header", offset: 0 });
    return res;
  }
  res.container = c;
  res.bigEndian = c === "RIFX" || c === "FORM";
  res.formType = fourcc(d, 8);
  const r32 = res.bigEndian ? u32be3 : u32le4;
  res.declaredSize = r32(d, 4);
  let ds64Data = null;
  let riffSize = res.declaredSize;
  if (c === "RF64") {
    if (fourcc(d, 12) === "ds64" && d.length >= 12 + 8 + 24) {
      const lo2 = (i) => u32le4(d, i) + u32le4(d, i + 4) * 2 ** 32;
      riffSize = lo2(20);
      ds64Data = lo2(28);
    } else {
      res.anomalies.push({ code: "bad-ds64", message: "RF64 file without a ds64 chunk first", offset: 12 });
    }
  }
  let sizeKnown = true;
  if (riffSize === 0 || riffSize === 4294967295 && c !== "RF64") {
    sizeKnown = false;
    res.anomalies.push({ code: "riff-size-unknown", message: `${c} size field is 0x${riffSize.toString(16)} (unknown size)`, offset: 4 });
  }
  let end = sizeKnown ? 8 + riffSize : d.length;
  if (end > d.length) {
    res.anomalies.push({
      code: "riff-size-past-end",
      message: `${c} declares ${riffSize} bytes but the file holds ${d.length - 8}`,
      offset: 4,
      length: end - d.length
    });
    end = d.length;
  }
  if (sizeKnown && end < d.length && end + 1 === d.length && d[end] === 0) end = d.length;
  res.end = end;
  if (end < d.length) res.trailing = { offset: end, length: d.length - end };
  const st2 = { d, be: res.bigEndian, chunks: res.chunks, anomalies: res.anomalies };
  const w2 = walk(st2, 12, end, void 0, MAX_RIFF_CHUNKS, ds64Data, !sizeKnown);
  let lastTop;
  for (let k2 = res.chunks.length - 1; k2 >= 0 && !lastTop; k2--) if (res.chunks[k2].parent === void 0) lastTop = res.chunks[k2];
  if (lastTop && res.trailing && lastTop.dataOffset + lastTop.declaredSize > end) {
    const full = lastTop.dataOffset + lastTop.declaredSize;
    if (full <= d.length) {
      res.anomalies.push({ code: "chunk-past-end", message: `chunk '${printable(lastTop.id)}' runs ${full - end} bytes past the ${c} end`, offset: lastTop.offset });
      const k2 = res.anomalies.findIndex((a) => a.code === "chunk-past-end" && a.offset === lastTop.offset);
      if (k2 >= 0) res.anomalies.splice(k2, 1);
      lastTop.size = lastTop.declaredSize;
      let e2 = full + (full & 1 && full < d.length && d[full] === 0 ? 1 : 0);
      if (e2 > d.length) e2 = d.length;
      res.trailing = e2 < d.length ? { offset: e2, length: d.length - e2 } : null;
    }
  }
  if (w2.limited) {
    res.anomalies.push({ code: "chunk-limit", message: `more than ${MAX_RIFF_CHUNKS} chunks (${MAX_RIFF_CHUNKS_TOTAL} with LIST sub-chunks): walk stopped`, offset: w2.stop });
  }
  if (w2.stop < end) {
    if (!allZero(d, w2.stop, end)) {
      res.unparsed = { offset: w2.stop, length: end - w2.stop };
      if (w2.bad) {
        res.anomalies.push({
          code: "bad-chunk-id",
          message: `no valid chunk header at ${w2.stop}: ${end - w2.stop} bytes unparsed`,
          offset: w2.stop,
          length: end - w2.stop
        });
      }
    }
  }
  const top = res.chunks.filter((ch) => ch.parent === void 0);
  const isAiff = c === "FORM";
  const fmtId = isAiff ? "COMM" : "fmt ";
  const dataId = isAiff ? "SSND" : "data";
  const seen = /* @__PURE__ */ new Map();
  for (const ch of top) seen.set(ch.id, (seen.get(ch.id) ?? 0) + 1);
  for (const id of [fmtId, dataId]) {
    if ((seen.get(id) ?? 0) > 1) {
      const second = top.filter((ch) => ch.id === id)[1];
      res.anomalies.push({ code: "duplicate-chunk", message: `more than one '${id.trim()}' chunk`, offset: second.offset });
    }
  }
  const fmtChunk = top.find((ch) => ch.id === fmtId);
  if (!fmtChunk) res.anomalies.push({ code: "missing-fmt", message: `no '${fmtId.trim()}' chunk`, offset: 12 });
  else {
    res.fmt = isAiff ? parseAiffComm(d, fmtChunk.dataOffset, fmtChunk.size, res.formType === "AIFC") : parseWavFmt(d, fmtChunk.dataOffset, fmtChunk.size, res.bigEndian);
    if (!res.fmt) res.anomalies.push({ code: "bad-fmt", message: `'${fmtId.trim()}' chunk too small (${fmtChunk.size} bytes)`, offset: fmtChunk.offset });
    else if (res.fmt.channels === 0 || res.fmt.sampleRate === 0) {
      res.anomalies.push({ code: "bad-fmt", message: `'${fmtId.trim()}' declares ${res.fmt.channels} channels at ${res.fmt.sampleRate} Hz`, offset: fmtChunk.offset });
    }
  }
  const dataChunk = top.find((ch) => ch.id === dataId);
  if (!dataChunk) res.anomalies.push({ code: "missing-data", message: `no '${dataId}' chunk`, offset: 12 });
  else if (isAiff) {
    const skip = dataChunk.size >= 8 ? 8 + u32be3(d, dataChunk.dataOffset) : dataChunk.size;
    const off = dataChunk.dataOffset + Math.min(skip, dataChunk.size);
    res.data = { offset: off, size: dataChunk.dataOffset + dataChunk.size - off, declaredSize: Math.max(0, dataChunk.declaredSize - 8) };
  } else {
    res.data = { offset: dataChunk.dataOffset, size: dataChunk.size, declaredSize: dataChunk.declaredSize };
  }
  return res;
}

// src/decode/metadata.ts
var MAX_SPANS = 256;
var MAX_XMP_PACKET = 4 * 1024 * 1024;
function ascii4(d, off, s3) {
  if (off < 0 || off + s3.length > d.length) return false;
  for (let i = 0; i < s3.length; i++) if (d[off + i] !== s3.charCodeAt(i)) return false;
  return true;
}
var be162 = (d, i) => i + 2 <= d.length ? d[i] << 8 | d[i + 1] : 0;
var le164 = (d, i) => i + 2 <= d.length ? d[i] | d[i + 1] << 8 : 0;
var be322 = (d, i) => i + 4 <= d.length ? (d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]) >>> 0 : 0;
var le324 = (d, i) => i + 4 <= d.length ? (d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24) >>> 0 : 0;
function metadataSpans(d, format) {
  const spans = [];
  const add = (start, end, what, weak) => {
    start = Math.max(0, start);
    end = Math.min(d.length, end);
    if (spans.length < MAX_SPANS && end > start) spans.push(weak ? { start, end, what, weak } : { start, end, what });
  };
  try {
    switch (format) {
      case "png":
        pngSpans(d, add);
        break;
      case "jpeg":
        jpegSpans(d, add);
        break;
      case "wav":
      case "avi":
      case "webp":
      case "aiff":
        riffSpans(d, add);
        break;
      case "flac":
        flacSpans(d, add);
        break;
      case "mp3":
        mp3Spans(d, add);
        break;
      case "ogg":
        oggSpans(d, add);
        break;
      case "gif":
        gifSpans(d, add);
        break;
      case "mid":
      case "midi":
        midiSpans(d, add);
        break;
      case "tif":
      case "tiff":
        tiffSpans(d, add);
        break;
      case "psd":
        psdSpans(d, add);
        break;
      case "bmp":
        bmpSpans(d, add);
        xmpPackets(d, add);
        break;
      default:
        xmpPackets(d, add);
    }
  } catch {
  }
  return spans;
}
function xmpPackets(d, add) {
  const buf = Buffer.from(d.buffer, d.byteOffset, d.length);
  let s3 = buf.indexOf("<?xpacket begin", 0, "latin1");
  for (let k2 = 0; k2 < 64 && s3 >= 0; k2++) {
    const e = buf.indexOf("<?xpacket end", s3, "latin1");
    if (e < 0) return;
    const close = buf.indexOf("?>", e, "latin1");
    const end = close < 0 ? e + 13 : close + 2;
    if (end - s3 <= MAX_XMP_PACKET) add(s3, end, "XMP metadata", true);
    s3 = buf.indexOf("<?xpacket begin", end, "latin1");
  }
}
var PNG_META = /* @__PURE__ */ new Set(["tEXt", "zTXt", "iTXt", "iCCP", "eXIf", "tIME", "pHYs", "sRGB", "gAMA", "cHRM", "sBIT", "bKGD"]);
function pngSpans(d, add) {
  for (const c of parsePng(d).chunks) if (PNG_META.has(c.type)) add(c.offset, c.end, `PNG ${c.type} chunk`);
}
function jpegSpans(d, add) {
  const s3 = parseJpeg(d);
  for (const img of [s3.main, ...s3.appended]) {
    for (const g2 of img.segments) {
      const m2 = g2.marker;
      if (m2 >= 224 && m2 <= 239 || m2 === 254) add(g2.offset, g2.dataOffset + g2.dataLength, m2 === 254 ? "JPEG comment" : `JPEG APP${m2 - 224} segment`);
    }
  }
}
var RIFF_META = /* @__PURE__ */ new Set(["LIST", "bext", "iXML", "_PMX", "id3 ", "ID3 ", "cue ", "smpl", "acid", "DISP", "inst", "XMP ", "EXIF", "ICCP", "axml", "cart", "umid"]);
var AIFF_META = /* @__PURE__ */ new Set(["NAME", "AUTH", "(c) ", "ANNO", "COMT", "ID3 ", "id3 ", "APPL", "MARK", "INST", "MIDI", "AESD"]);
function riffSpans(d, add) {
  const p2 = parseRiff(d);
  const aiff = p2.container === "FORM";
  for (const ch of p2.chunks) {
    if (ch.parent !== void 0) continue;
    const end = ch.dataOffset + ch.size;
    if (aiff) {
      if (AIFF_META.has(ch.id)) add(ch.offset, end, `AIFF ${ch.id.trim()} chunk`);
    } else if (RIFF_META.has(ch.id)) {
      const listType = ch.id === "LIST" ? ch.listType ?? "" : "";
      if (ch.id !== "LIST" || listType === "INFO" || listType === "adtl" || listType === "exif") add(ch.offset, end, `RIFF ${ch.id.trim()}${listType ? " " + listType : ""} chunk`);
    }
  }
  if (p2.trailing && (p2.formType === "WAVE" || aiff)) {
    const off = p2.trailing.offset;
    const tail = d.subarray(off);
    const lead = isId3v2At(tail, 0) ? parseId3v2(tail, 0) : null;
    if (lead) add(off, off + lead.length, "ID3 tag");
    const t2 = findTrailingTags(tail, tail.length);
    for (const tag of t2.tags) addTag(off, tag, add);
  }
}
var TAG_WHAT = { id3v1: "ID3v1 tag", "id3v1-ext": "ID3v1 tag", ape: "APE tag", lyrics3: "Lyrics3 tag", id3v2: "ID3 tag" };
function addTag(base, t2, add) {
  add(base + t2.offset, base + t2.offset + t2.length, TAG_WHAT[t2.kind]);
}
function flacSpans(d, add) {
  const p2 = parseFlac(d, { frames: false });
  if (p2.id3v2) add(p2.id3v2.offset, p2.id3v2.offset + p2.id3v2.length, "ID3 tag");
  for (const b2 of p2.blocks) if (b2.type !== 0) add(b2.offset, b2.dataOffset + b2.length, "FLAC metadata block");
  for (const t2 of p2.endTags) addTag(0, t2, add);
}
function mp3Spans(d, add) {
  const p2 = parseMp3(d);
  for (const t2 of p2.id3v2) add(t2.offset, t2.offset + t2.length, "ID3 tag");
  if (p2.flacAt !== null) {
    flacSpans(d, add);
    return;
  }
  for (const t2 of p2.endTags) addTag(0, t2, add);
}
function oggSpans(d, add) {
  for (const s3 of parseOgg(d).streams) {
    const pk = s3.headerPackets[1];
    if (s3.comment && pk) add(pk.offset, pk.end, "Ogg comment header");
  }
}
function gifSpans(d, add) {
  for (const e of parseGif(d).extensions) {
    const end = e.chain.offset + e.chain.length;
    if (e.label === 254 || e.label === 1) add(e.offset, end, e.label === 254 ? "GIF comment" : "GIF plain text");
    else if (e.label === 255 && (e.appId === "XMP DataXMP" || e.appId === "ICCRGBG1012")) add(e.offset, end, "GIF application extension");
  }
}
function midiSpans(d, add) {
  let found = 0;
  for (let i = 0; i + 3 < d.length && found < 4096; i++) {
    if (d[i] !== 255 || d[i + 1] < 1 || d[i + 1] > 7) continue;
    let len = 0;
    let p2 = i + 2;
    for (let k2 = 0; k2 < 4 && p2 < d.length; k2++, p2++) {
      len = len << 7 | d[p2] & 127;
      if (!(d[p2] & 128)) {
        p2++;
        break;
      }
    }
    if (p2 + len <= d.length) {
      add(i, p2 + len, "MIDI text event");
      found++;
    }
  }
}
var TIFF_META_TAGS = /* @__PURE__ */ new Set([269, 270, 271, 272, 285, 305, 306, 315, 316, 33432, 700, 33723, 34377, 34675, 37510, 40091, 40092, 40093, 40094, 40095]);
var TIFF_TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8];
function tiffSpans(d, add) {
  const le2 = ascii4(d, 0, "II*\0");
  if (!le2 && !ascii4(d, 0, "MM\0*")) return;
  const r16 = le2 ? le164 : be162;
  const r32 = le2 ? le324 : be322;
  add(0, 8, "TIFF header");
  const queue = [r32(d, 4)];
  const seen = /* @__PURE__ */ new Set();
  for (let k2 = 0; k2 < 64 && queue.length; k2++) {
    const ifd = queue.shift();
    if (ifd < 8 || ifd + 2 > d.length || seen.has(ifd)) continue;
    seen.add(ifd);
    const n = Math.min(r16(d, ifd), 4096);
    add(ifd, ifd + 2 + n * 12 + 4, "TIFF tags");
    for (let e = 0; e < n; e++) {
      const q2 = ifd + 2 + e * 12;
      if (q2 + 12 > d.length) break;
      const tag = r16(d, q2);
      const type = r16(d, q2 + 2);
      const count = r32(d, q2 + 4);
      const bytes = (TIFF_TYPE_SIZE[type] ?? 0) * count;
      if (tag === 34665 || tag === 34853) queue.push(r32(d, q2 + 8));
      else if (bytes > 4 && (type === 2 || TIFF_META_TAGS.has(tag))) {
        const off = r32(d, q2 + 8);
        if (off + bytes <= d.length) add(off, off + bytes, `TIFF tag ${tag}`);
      }
    }
    const next = ifd + 2 + n * 12;
    if (next + 4 <= d.length) queue.push(r32(d, next));
  }
}
function psdSpans(d, add) {
  if (!ascii4(d, 0, "8BPS") || d.length < 34) return;
  const res = 30 + be322(d, 26);
  if (res + 4 > d.length) return;
  add(res, res + 4 + be322(d, res), "PSD image resources");
}
function bmpSpans(d, add) {
  const pr2 = parseBmp(d).profile;
  if (pr2 && pr2.length >= 128 && ascii4(d, pr2.offset + 36, "acsp")) add(pr2.offset, pr2.offset + pr2.length, "ICC profile");
}

// src/decode/index.ts
var DEFAULTS = {
  maxDepth: 4,
  maxOutput: 8 * 1024 * 1024,
  maxInput: 64 * 1024 * 1024,
  maxXorAttempts: 256
};
var EMBEDDED_SEARCH = 1024 * 1024;
function inspectBlob(data, opts = {}) {
  return inspectWithLayers(data, [], opts);
}
function inspectRun(run, opts = {}) {
  return inspectWithLayers(run.decoded, [run.encoding], opts);
}
function inspectWithLayers(data, initial, opts) {
  try {
    return inspectInner(data, initial, opts);
  } catch (e) {
    const size = data?.length ?? 0;
    return { kind: size ? "binary" : "empty", format: "unknown", layers: initial, size, danger: 0.2, summary: `not fully inspected (${e instanceof Error ? e.message : String(e)})`, preview: "" };
  }
}
function inspectInner(data, initial, opts) {
  const maxDepth = Math.max(0, opts.maxDepth ?? DEFAULTS.maxDepth);
  const maxOutput = Math.max(1024, opts.maxOutput ?? DEFAULTS.maxOutput);
  const maxInput = Math.max(16, opts.maxInput ?? DEFAULTS.maxInput);
  const budget = { attempts: opts.maxXorAttempts ?? DEFAULTS.maxXorAttempts };
  let cur = { data: data.length > maxInput ? data.subarray(0, maxInput) : data, layers: [...initial], cls: classify(data.subarray(0, maxInput)) };
  let best = cur;
  for (let depth = 0; depth < maxDepth; depth++) {
    const next = peel(cur, budget, maxOutput);
    if (!next) break;
    const cls = classify(next.out);
    cur = { data: next.out, layers: [...cur.layers, next.layer], cls };
    if (cls.danger >= best.cls.danger) best = cur;
  }
  if (best.cls.kind !== "executable" && best.layers.length > 0) {
    const [emb] = findExecutables(best.data, { from: 1, limit: EMBEDDED_SEARCH });
    if (emb) {
      const sub = best.data.subarray(emb.offset);
      const c = classify(sub);
      best = { data: sub, layers: [...best.layers, `skip:${emb.offset}`], cls: c };
    }
  }
  return verdict(best);
}
function peel(st2, budget, maxOutput) {
  const { data, cls } = st2;
  switch (cls.kind) {
    case "archive":
      return decompress(data, maxOutput);
    case "text":
      return decodeWholeText(data, maxOutput) ?? (fewSpaces(data) ? unxor(data, budget, true) : null);
    case "python":
    case "shell":
    case "powershell":
      return embeddedRun(data, maxOutput);
    case "binary":
    case "random": {
      const z2 = decompress(data, maxOutput);
      if (z2) return z2;
      const x = unxor(data, budget);
      if (x) return x;
      if (cls.kind === "random") {
        const r = inflateRaw(data, maxOutput);
        if (r) {
          const k2 = classify(r.out).kind;
          if (k2 !== "binary" && k2 !== "random") return r;
        }
      }
      return null;
    }
    default:
      return null;
  }
}
function fewSpaces(d) {
  const n = Math.min(d.length, 4096);
  let sp = 0;
  for (let i = 0; i < n; i++) if (d[i] === 32 || d[i] === 10) sp++;
  return n >= 64 && sp < n * 0.03;
}
function decodeWholeText(d, maxOutput) {
  let nonWs = 0;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) nonWs++;
  }
  if (nonWs < 16) return null;
  const runs = findEncodedRuns(d, 16, 4, { maxDecode: maxOutput });
  for (const r of runs) {
    let inner = 0;
    for (let i = r.offset; i < r.offset + r.length; i++) {
      const c = d[i];
      if (c !== 10 && c !== 13) inner++;
    }
    if (inner >= nonWs * 0.9) return { layer: r.encoding, out: r.decoded };
  }
  return null;
}
function embeddedRun(d, maxOutput) {
  const runs = findEncodedRuns(d, 40, 8, { maxDecode: maxOutput });
  let longest = null;
  for (const r of runs) if (!longest || r.length > longest.length) longest = r;
  return longest ? { layer: `${longest.encoding}@${longest.offset}`, out: longest.decoded } : null;
}
function humanLayer(l) {
  if (l.startsWith("xor-keyprefix:")) return `XOR with the ${(l.length - 14) / 2}-byte key stored in front`;
  if (l.startsWith("xor:")) return `XOR key ${(l.length - 4) / 2} byte${l.length - 4 === 2 ? "" : "s"}`;
  if (l.startsWith("skip:")) return `${l.slice(5)} bytes of prefix`;
  const at2 = l.indexOf("@");
  if (at2 > 0) return `${l.slice(0, at2)} found inside`;
  return l;
}
function verdict(st2) {
  const { data, layers, cls } = st2;
  const size = data.length;
  const after = layers.length ? ` after ${layers.map(humanLayer).join(" + ")}` : "";
  const summary = `${cls.what}, ${size} bytes${after}`;
  let preview;
  switch (cls.kind) {
    case "executable":
    case "bytecode":
    case "archive":
    case "image":
    case "audio":
    case "font":
      preview = `[${cls.what}, ${size} bytes]`;
      break;
    case "binary":
    case "random":
      preview = defang(data.subarray(0, 40), 160);
      break;
    default:
      preview = defang(data.subarray(0, 400), 200);
  }
  return { kind: cls.kind, format: cls.format, layers, size, danger: cls.danger, summary, preview };
}

// src/analyzers/strings.ts
var STRINGS_RULES = defineRules({
  encodedExecutable: {
    id: "payload.encoded-executable",
    category: "payload",
    weight: 9,
    description: "An encoded run (or the whole file) decodes, through any layers, to an executable or Python bytecode."
  },
  encodedCode: {
    id: "payload.encoded-code",
    category: "payload",
    weight: 8,
    description: "An encoded run (or the whole file) decodes to Python, shell or PowerShell code that runs things."
  },
  encodedBlob: {
    id: "strings.encoded-blob",
    category: "strings",
    weight: 2,
    description: "A long encoded run inside a media or binary data file that decodes to something other than media."
  },
  url: {
    id: "strings.url",
    category: "strings",
    weight: 2,
    description: "A URL inside a media or binary data file, outside its metadata."
  },
  ip: {
    id: "strings.ip",
    category: "strings",
    weight: 2,
    description: "An IPv4 address literal inside a media or binary data file, outside its metadata."
  },
  shellCommand: {
    id: "strings.shell-command",
    category: "strings",
    weight: 3,
    description: "A shell or PowerShell command line inside a media or binary data file."
  }
});
var R = STRINGS_RULES;
var MAX_PER_RULE = 5;
var MAX_RUNS = 256;
var WHOLE_FILE_INSPECT = 16 * 1024 * 1024;
var MIN_EXECUTABLE = 128;
var MIN_BYTECODE = 64;
function contextOf(f2) {
  switch (f2.type.kind) {
    case "audio":
    case "image":
      return "media";
    case "data":
    case "unknown":
    case "font":
    case "document":
      return printableRatio(f2.data, 8192) >= 0.95 && !fewSpaces2(f2.data) ? "code" : "data";
    default:
      return "code";
  }
}
var Reporter = class {
  byRule = /* @__PURE__ */ new Map();
  add(rule, hit) {
    let e = this.byRule.get(rule.id);
    if (!e) this.byRule.set(rule.id, e = { rule, hits: [] });
    e.hits.push(hit);
  }
  flush(ctx) {
    for (const { rule, hits } of this.byRule.values()) {
      hits.sort((a, b2) => b2.strength - a.strength);
      const shown = hits.slice(0, MAX_PER_RULE);
      if (hits.length > MAX_PER_RULE) shown[shown.length - 1].evidence.moreNotShown = hits.length - MAX_PER_RULE;
      for (const h of shown) ctx.report(rule, { message: h.message, strength: h.strength, offset: h.offset, length: h.length, evidence: h.evidence });
    }
  }
};
function verdictEvidence(v2, extra) {
  return { ...extra, layers: v2.layers, kind: v2.kind, format: v2.format, decodedSize: v2.size, summary: v2.summary, preview: v2.preview };
}
function reportPayload(rep, v2, where, offset, length, extra) {
  if (v2.kind === "executable" && v2.size >= MIN_EXECUTABLE || v2.kind === "bytecode" && v2.size >= MIN_BYTECODE) {
    rep.add(R.encodedExecutable, {
      strength: v2.kind === "executable" ? 1 : 0.9,
      message: `${where} decodes to ${v2.summary}`,
      offset,
      length,
      evidence: verdictEvidence(v2, extra)
    });
    return true;
  }
  if ((v2.kind === "python" || v2.kind === "shell" || v2.kind === "powershell") && v2.danger >= 0.8) {
    rep.add(R.encodedCode, { strength: v2.danger, message: `${where} decodes to ${v2.summary}`, offset, length, evidence: verdictEvidence(v2, extra) });
    return true;
  }
  return false;
}
function blobStrength(v2, encodedLength, context) {
  if (encodedLength < 256) return 0;
  let s3;
  switch (v2.kind) {
    case "image":
    case "audio":
    case "font":
    case "empty":
      return 0;
    case "archive":
    case "python":
    case "shell":
    case "powershell":
      s3 = 0.8;
      break;
    case "text":
      s3 = 0.5;
      break;
    default:
      if (encodedLength < (context === "media" ? 1024 : 16 * 1024)) return 0;
      s3 = 0.4;
  }
  if (v2.size >= 4096) s3 += 0.2;
  if (v2.size >= 64 * 1024) s3 += 0.2;
  return Math.min(1, s3);
}
function fewSpaces2(d) {
  const n = Math.min(d.length, 8192);
  let sp = 0;
  for (let i = 0; i < n; i++) if (d[i] === 32 || d[i] === 10) sp++;
  return n >= 256 && sp < n * 0.02;
}
var SpanIndex = class {
  list = [];
  constructor(spans) {
    const sorted = [...spans].sort((a, b2) => a.start - b2.start || b2.end - a.end);
    for (const sp of sorted) {
      const last = this.list[this.list.length - 1];
      if (last && sp.start < last.end) {
        if (sp.end > last.end) this.list.push({ ...sp, start: last.end });
      } else this.list.push(sp);
    }
  }
  /** The span holding offset `off`, or null. */
  find(off) {
    const l = this.list;
    let lo2 = 0;
    let hi2 = l.length - 1;
    while (lo2 <= hi2) {
      const mid = lo2 + hi2 >> 1;
      if (off < l[mid].start) hi2 = mid - 1;
      else if (off >= l[mid].end) lo2 = mid + 1;
      else return l[mid];
    }
    return null;
  }
};
var lenient = (span) => span !== null && !span.weak;
var PRINT = new Uint8Array(256);
for (let c = 32; c < 127; c++) PRINT[c] = 1;
PRINT[9] = 1;
var URL_RE2 = /\b(?:https?|ftp):\/\/([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d{1,5})?([^\s"'<>\\^`{|}]*)/gi;
var IPV4_RE2 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
var SHELL_RE = /\b(?:curl|wget)\s+(?:-[-\w]{1,64}\s{1,8}){0,8}\S{0,200}(?:https?|ftp):\/\/\S+|\bpowershell(?:\.exe)?\s+-\w+|\bcmd(?:\.exe)?\s+\/[ck]\s+\S+|\/bin\/(?:ba)?sh\s+-[ci]\b|\bbash\s+-[ci]\s|\bchmod\s+\+x\s+\S+|\bIEX\s*\(|\bInvoke-Expression\b|\bDownloadString\s*\(|\/dev\/tcp\/\d|\bnc(?:at)?\s+(?:-\w{1,16}\s{1,8}){0,8}-e\s|\bpython[23]?\s+-c\s+['"]|\bcertutil(?:\.exe)?\s+-urlcache|\b(?:rundll32|regsvr32|mshta)(?:\.exe)?\s+\S+|\|\s*(?:ba)?sh\s*$/gi;
var EXEC_EXT = /\.(?:exe|dll|scr|msi|bat|cmd|ps1|vbs|hta|jar|sh|py|pyc|bin|elf|so|dylib|apk|lnk)(?:[?#]|$)/i;
function isSchemaUrl(host, path3, before) {
  if (/xmlns(?::[\w.-]+)?\s*=\s*["']?$/.test(before)) return true;
  if (/(?:schemaLocation|rdf:resource|profile|DTD|DOCTYPE)[^<>]{0,40}$/i.test(before)) return true;
  if (path3.includes("?")) return false;
  if (/(?:^|\.)ns\./i.test(host) || /^ns\./i.test(host)) return true;
  if (/[/#]$/.test(path3) && /\/(?:\d+(?:\.\d+)+|\d{4})\//.test(path3 + "/")) return true;
  if (/-ns#$|\/ns\/|\/namespace\//i.test(path3)) return true;
  return false;
}
function isPublicIPv4(o) {
  const [a, b2] = o;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 169 && b2 === 254) return false;
  if (a === 172 && b2 >= 16 && b2 <= 31) return false;
  if (a === 192 && b2 === 168) return false;
  if (a === 100 && b2 >= 64 && b2 <= 127) return false;
  return true;
}
var MIN_STRING = 8;
var WINDOW2 = 4096;
var OVERLAP = 512;
function scanStrings(d, spanAt, rep, context) {
  const n = d.length;
  let i = 0;
  while (i + MIN_STRING <= n) {
    const j2 = i + MIN_STRING - 1;
    if (!PRINT[d[j2]]) {
      i = j2 + 1;
      continue;
    }
    let k2 = j2 - 1;
    while (k2 >= i && PRINT[d[k2]]) k2--;
    if (k2 >= i) {
      i = k2 + 1;
      continue;
    }
    let e = j2 + 1;
    while (e < n && PRINT[d[e]]) e++;
    for (let w2 = i; w2 < e; w2 += WINDOW2 - OVERLAP) {
      const wEnd = Math.min(e, w2 + WINDOW2);
      checkWindow(d, w2, wEnd, wEnd === e ? wEnd - w2 : WINDOW2 - OVERLAP, spanAt, rep, context);
      if (wEnd === e) break;
    }
    i = e + 1;
  }
}
function checkWindow(d, w2, wEnd, limit, spanAt, rep, context) {
  let scheme = false;
  let dots = 0;
  let cmd = false;
  for (let k2 = w2; k2 < wEnd; k2++) {
    const c = d[k2];
    if (c === 58) {
      if (d[k2 + 1] === 47 && d[k2 + 2] === 47) scheme = true;
    } else if (c === 46) dots++;
    else if (c === 32 || c === 47 || c === 40 || c === 9) cmd = true;
  }
  const ips = dots >= 3 && context === "media";
  if (!scheme && !ips && !cmd) return;
  const s3 = Buffer.from(d.buffer, d.byteOffset + w2, wEnd - w2).toString("latin1");
  if (scheme) checkUrls(s3, w2, limit, spanAt, rep, context);
  if (ips) checkIps(s3, w2, limit, spanAt, rep);
  if (cmd) checkCommands(s3, w2, limit, spanAt, rep);
}
function checkUrls(s3, base, limit, spanAt, rep, context) {
  let k2 = 0;
  for (const m2 of s3.matchAll(URL_RE2)) {
    const at2 = m2.index ?? 0;
    if (at2 >= limit || ++k2 > 16) break;
    const url = m2[0];
    const host = m2[1].toLowerCase();
    const path3 = m2[2] ?? "";
    if (!host.includes(".") && !host.startsWith("[")) continue;
    const before = s3.slice(Math.max(0, at2 - 60), at2);
    if (isSchemaUrl(host, path3, before)) continue;
    const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host.split(".").map(Number) : null;
    const ipHost = v4 ? isPublicIPv4(v4) : host.startsWith("[") && !/^\[(::1|f[cd][0-9a-f]*:|fe80:)/i.test(host);
    const execPath = EXEC_EXT.test(path3);
    const dangerous = ipHost || execPath;
    const span = spanAt(base + at2, url.length);
    if (span && !dangerous) continue;
    if (context === "data" && !dangerous) continue;
    let strength = dangerous ? 1 : 0.5;
    if (lenient(span)) strength *= 0.5;
    const why = [ipHost ? "host is an IP address" : "", execPath ? "points to an executable or script" : ""].filter(Boolean).join(", ");
    rep.add(R.url, {
      strength,
      message: `URL inside ${span ? span.what : "file data"}${why ? ` (${why})` : ""}: ${defang(url, 120)}`,
      offset: base + at2,
      length: url.length,
      evidence: { url: defang(url, 200), region: span ? span.what : "data" }
    });
  }
}
function checkIps(s3, base, limit, spanAt, rep) {
  let k2 = 0;
  for (const m2 of s3.matchAll(IPV4_RE2)) {
    const at2 = m2.index ?? 0;
    if (at2 >= limit || ++k2 > 16) break;
    if (spanAt(base + at2, m2[0].length)) continue;
    const o = [m2[1], m2[2], m2[3], m2[4]].map(Number);
    if (o.some((x) => x > 255) || [m2[1], m2[2], m2[3], m2[4]].some((x) => x.length > 1 && x[0] === "0")) continue;
    const before = s3.slice(Math.max(0, at2 - 24), at2);
    if (/(?:version|ver|v|rev|build|release)[\s:=_-]*$/i.test(before)) continue;
    if (/(?::\/\/|@)$/.test(before)) continue;
    if (/\d[.,]?\s*$/.test(before) || /[A-Za-z][\w-]*\s+$/.test(before) && !/(?:host|server|ip|addr|connect|to|at|@)\s+$/i.test(before)) continue;
    const pub = isPublicIPv4(o);
    if (!pub) continue;
    rep.add(R.ip, {
      strength: 0.75,
      message: `IPv4 address inside file data: ${defang(m2[0])}`,
      offset: base + at2,
      length: m2[0].length,
      evidence: { ip: defang(m2[0]), context: defang(s3.slice(Math.max(0, at2 - 40), at2 + m2[0].length + 40), 120) }
    });
  }
}
function checkCommands(s3, base, limit, spanAt, rep) {
  let k2 = 0;
  for (const m2 of s3.matchAll(SHELL_RE)) {
    const at2 = m2.index ?? 0;
    if (at2 >= limit || ++k2 > 8) break;
    if (m2[0].startsWith("|") && !/\b(?:curl|wget|base64|echo|printf)\b/i.test(s3)) continue;
    const span = spanAt(base + at2, m2[0].length);
    const around = s3.slice(Math.max(0, at2 - 20), at2 + 280);
    rep.add(R.shellCommand, {
      strength: lenient(span) ? 0.5 : 1,
      message: `Command line inside ${span ? span.what : "file data"}: ${defang(around.slice(0, 120), 140)}`,
      offset: base + at2,
      length: m2[0].length,
      evidence: { command: defang(around, 300), region: span ? span.what : "data" }
    });
  }
}
var stringsAnalyzer = {
  name: "strings",
  description: "Encoded payloads anywhere; URLs, IPs, commands and encoded blobs inside media and binary data.",
  rules: Object.values(STRINGS_RULES),
  applies(f2) {
    const k2 = f2.type.kind;
    return f2.data.length > 0 && k2 !== "executable" && k2 !== "archive" && k2 !== "compressed" && k2 !== "empty";
  },
  analyze(f2, ctx) {
    const d = f2.data;
    const context = contextOf(f2);
    const rep = new Reporter();
    let index = null;
    const spanAt = (off, len) => {
      const sp = (index ??= new SpanIndex(context === "code" ? [] : metadataSpans(d, f2.type.format))).find(off);
      return sp && off + len <= sp.end ? sp : null;
    };
    const runs = findEncodedRuns(d, context === "code" ? 40 : 64, MAX_RUNS);
    let coveredWhole = false;
    for (const run of runs) {
      if (run.length >= d.length * 0.9) coveredWhole = true;
      const v2 = inspectRun(run);
      const extra = { encoding: run.encoding, encodedLength: run.length };
      const where = `${run.encoding} run of ${run.length} characters at offset ${run.offset}`;
      if (reportPayload(rep, v2, where, run.offset, run.length, extra)) continue;
      if (context === "code") continue;
      const span = spanAt(run.offset, run.length);
      let strength = blobStrength(v2, run.length, context);
      if (lenient(span)) strength *= 0.5;
      if (strength > 0) {
        rep.add(R.encodedBlob, {
          strength,
          message: `${where}${span ? ` in ${span.what}` : ""} decodes to ${v2.summary}`,
          offset: run.offset,
          length: run.length,
          evidence: verdictEvidence(v2, { ...extra, region: span ? span.what : "data" })
        });
      }
    }
    if (!coveredWhole && (context === "data" && f2.type.kind === "unknown" || f2.type.kind === "text" && fewSpaces2(d))) {
      const v2 = inspectBlob(d, { maxInput: WHOLE_FILE_INSPECT });
      if (v2.layers.length > 0) reportPayload(rep, v2, "the file", 0, d.length, {});
    }
    if (context !== "code" && f2.type.kind !== "font" && f2.type.kind !== "document") scanStrings(d, spanAt, rep, context);
    rep.flush(ctx);
  }
};

// src/analyzers/pth.ts
var PTH_RULES = defineRules({
  exec: {
    id: "code.pth-exec",
    category: "code",
    weight: 9,
    description: "A .pth line that site.py executes at every interpreter start, scored by what the code does."
  }
});
var MAX_REPORTED = 20;
var MAX_EXEC_LINES = 2e5;
var MAX_LINE_CHARS = 64 * 1024;
var LINE_OVERLAP = 4096;
var MAX_LINE_BYTES = 64 * 1024 * 1024;
var SIGNALS = [
  { name: "exec/eval", score: 8, re: /(?<![\w.])(?:exec|eval|execfile|compile)\s*\(/ },
  { name: "decode", score: 6, re: /\bb(?:64|32|16|85)decode\b|\bdecodebytes\b|\bbase64\b|\bcodecs\.decode\b|\bzlib\b|\bbz2\b|\blzma\b|\bmarshal\b|\bpickle\.loads?\b|\bbytes\.fromhex\b|\bunhexlify\b|\.decode\(\s*['"](?:hex|rot.?13|base64|zlib)/ },
  { name: "process", score: 9, re: /\bsubprocess\b|\bos\.(?:system|popen|exec[lv]p?e?|spawn\w*|startfile|fork)\b|\bPopen\b|\bpty\b|\bcommands\b|['"](?:system|popen)['"]/ },
  { name: "network", score: 9, re: /\burllib\d?\b|\burlopen\b|\bsocket\b|\brequests\b|\bhttp\.client\b|\bhttplib\b|\bhttpx\b|\bftplib\b|\bsmtplib\b|\b(?:https?|ftp):\/\// },
  { name: "native", score: 8, re: /\bctypes\b|\bcffi\b|\bmmap\b/ },
  { name: "file-write", score: 6, re: /\bopen\s*\([^)]{0,300},\s*['"][^'"]{0,8}[wax+]|\.write(?:_text|_bytes)?\s*\(|\bshutil\.(?:copy|move|rmtree)|\bos\.(?:remove|unlink|rename|replace|chmod)\b/ },
  { name: "obfuscation", score: 6, re: /(?:\bchr\s*\(\s*\d+\s*\)\s*\+?\s*){4}|(?:\\x[0-9a-fA-F]{2}){4}|\bgetattr\s*\(\s*__builtins__|\b__builtins__\s*\[|\[::-1\]|\blambda\b[^:]{0,100}:[^;]{0,300}\bjoin\b/ },
  { name: "environment", score: 1, re: /\bos\.environ\b|\bgetenv\b|\bsys\.argv\b/ }
];
var COMPUTED_IMPORT = /\b(?:__import__|import_module)\s*\(\s*(?!['"][\w.]+['"]\s*[,)])/;
var LITERAL_IMPORT = /\b(?:__import__|import_module)\s*\(\s*['"]([\w.]+)['"]/g;
var EXEC_LITERAL = /(?<![\w.])(?:exec|eval)\s*\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*\)/g;
function unescapePy(s3) {
  return s3.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{1,3}|.)/g, (_m, e) => {
    if (e[0] === "x" || e[0] === "u") return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: "\n", t: "	", r: "\r", "0": "\0" }[e] ?? e;
  });
}
function scorePthLine(line, depth = 0) {
  const signals = [];
  let score = 1;
  for (let w2 = 0; w2 < line.length || w2 === 0; w2 += MAX_LINE_CHARS - LINE_OVERLAP) {
    const v2 = scoreWindow(line.length > MAX_LINE_CHARS ? line.slice(w2, w2 + MAX_LINE_CHARS) : line, depth);
    for (const x of v2.signals) if (!signals.includes(x)) signals.push(x);
    score = Math.max(score, v2.score);
    if (w2 + MAX_LINE_CHARS >= line.length) break;
  }
  if (signals.includes("exec/eval") && (signals.includes("decode") || signals.includes("obfuscation") || signals.includes("computed-import"))) score = 9;
  else if (signals.filter((x) => x !== "environment" && x !== "exec-literal").length >= 2) score = Math.min(9, score + 1);
  if (line.length > 2e3) {
    signals.push("long-line");
    score = Math.max(score, 5);
  }
  return { score, signals };
}
function scoreWindow(orig, depth) {
  const signals = [];
  let score = 1;
  const hit = (name, v2) => {
    if (!signals.includes(name)) signals.push(name);
    score = Math.max(score, v2);
  };
  let s3 = orig;
  if (depth < 2) {
    s3 = orig.replace(EXEC_LITERAL, (_m, _q, body) => {
      const inner = scorePthLine(unescapePy(body), depth + 1);
      hit("exec-literal", 2);
      for (const x of inner.signals) if (!signals.includes(x)) signals.push(x);
      score = Math.max(score, inner.score);
      return " ";
    });
  }
  for (const sig of SIGNALS) if (sig.re.test(sig.name === "obfuscation" ? orig : s3)) hit(sig.name, sig.score);
  if (COMPUTED_IMPORT.test(s3)) hit("computed-import", 7);
  for (const m2 of s3.matchAll(LITERAL_IMPORT)) {
    const mod = m2[1];
    for (const sig of SIGNALS) if (sig.score >= 6 && sig.re.test(mod)) hit(sig.name, sig.score);
  }
  return { score, signals };
}
function lineEnd(d, pos) {
  const n = d.length;
  for (let i = pos; i < n; i++) {
    const c = d[i];
    if (c > 13 && c < 28) continue;
    if (c === 10 || c === 11 || c === 12 || c === 28 || c === 29 || c === 30) return [i, i + 1];
    if (c === 13) return [i, d[i + 1] === 10 ? i + 2 : i + 1];
    if (c === 194 && d[i + 1] === 133) return [i, i + 2];
    if (c === 226 && d[i + 1] === 128 && (d[i + 2] === 168 || d[i + 2] === 169)) return [i, i + 3];
  }
  return [n, n];
}
var pthAnalyzer = {
  name: "pth",
  description: "Lines of .pth files that site.py executes at interpreter start.",
  rules: Object.values(PTH_RULES),
  applies(f2) {
    return f2.ext === "pth" && f2.data.length > 0 && f2.type.kind !== "archive" && f2.type.kind !== "compressed";
  },
  analyze(f2, ctx) {
    const d = f2.data;
    const hits = [];
    let lineNo = 0;
    let pos = 0;
    let execLines = 0;
    while (pos < d.length) {
      const [end, next] = lineEnd(d, pos);
      lineNo++;
      let s3 = pos;
      if (lineNo === 1 && d[s3] === 239 && d[s3 + 1] === 187 && d[s3 + 2] === 191) s3 += 3;
      if (end - s3 >= 7 && d[s3] === 105 && d[s3 + 1] === 109 && d[s3 + 2] === 112 && d[s3 + 3] === 111 && d[s3 + 4] === 114 && d[s3 + 5] === 116 && (d[s3 + 6] === 32 || d[s3 + 6] === 9)) {
        if (++execLines > MAX_EXEC_LINES) {
          ctx.incomplete(`pth: more than ${MAX_EXEC_LINES} executable lines, the rest was not examined`);
          break;
        }
        if (end - s3 > MAX_LINE_BYTES) ctx.incomplete(`pth: line ${lineNo} is longer than ${MAX_LINE_BYTES} bytes, the rest was not examined`);
        const raw = d.subarray(s3, Math.min(end, s3 + MAX_LINE_BYTES));
        const text = Buffer.from(raw).toString("utf8");
        const v2 = scorePthLine(text);
        let decoded2;
        for (const run of findEncodedRuns(raw, 24, 8)) {
          const bv = inspectRun(run);
          const sc = bv.kind === "executable" || bv.kind === "bytecode" ? 9 : bv.danger >= 0.8 ? Math.round(bv.danger * 9) : bv.danger >= 0.5 ? 6 : 0;
          if (sc > 0 && (!decoded2 || sc > v2.score)) decoded2 = { encoding: run.encoding, offset: run.offset, layers: bv.layers, kind: bv.kind, summary: bv.summary, preview: bv.preview };
          if (sc > v2.score) {
            v2.score = sc;
            if (!v2.signals.includes("encoded-payload")) v2.signals.push("encoded-payload");
          }
        }
        hits.push({ line: lineNo, offset: s3, text, v: v2, decoded: decoded2 });
      }
      pos = next;
    }
    hits.sort((a, b2) => b2.v.score - a.v.score);
    for (const h of hits.slice(0, MAX_REPORTED)) {
      const what = h.v.signals.length ? h.v.signals.join(", ") : "imports a module";
      ctx.report(PTH_RULES.exec, {
        message: `line ${h.line} runs at every Python start (${what}): ${defang(h.text, 120)}`,
        strength: h.v.score / 9,
        offset: h.offset,
        length: h.text.length,
        evidence: {
          line: h.line,
          text: defang(h.text, 400),
          signals: h.v.signals,
          ...h.decoded ? { decoded: h.decoded } : {},
          ...execLines > MAX_REPORTED ? { executableLines: execLines } : {}
        }
      });
    }
  }
};

// src/analyzers/audio-common.ts
var MAX_INSPECT_CALLS = 96;
var MAX_INSPECT_BYTES = 8 * 1024 * 1024;
var MAX_FINDINGS_PER_RULE = 12;
var EXE_SCAN = 32 * 1024 * 1024;
var PAYLOAD_DANGER = 0.7;
var LATIN12 = new TextDecoder("latin1");
function utf8Bytes(s3) {
  return new Uint8Array(Buffer.from(s3, "utf8"));
}
function allSame(b2) {
  for (let i = 1; i < b2.length; i++) if (b2[i] !== b2[0]) return false;
  return true;
}
function findExecutable(b2, limit = EXE_SCAN) {
  const [hit] = findExecutables(b2, { limit });
  return hit ? { format: hit.format, at: hit.offset } : null;
}
var CODE_PATTERNS = [
  [/\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,80}?(?:\s-(?:e|en|enc|encodedcommand|c|command|nop|w(?:indowstyle)?|ep|exec(?:utionpolicy)?)\b|\biex\b|invoke-)/i, "PowerShell command line"],
  [/\b(?:Invoke-Expression|Invoke-WebRequest|Invoke-RestMethod|Start-Process|DownloadString|DownloadFile)\b/i, "PowerShell cmdlet"],
  [/\bIEX\s*\(|FromBase64String\s*\(/i, "PowerShell decode/execute"],
  [/\bcmd(?:\.exe)?\s+\/[ck]\s/i, "cmd.exe /c"],
  [/\b(?:curl|wget)\b[^\n|;]{0,200}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b/i, "download piped to a shell"],
  [/\/bin\/(?:ba|z|da)?sh\b|\bbash\s+-[ci]\b/, "shell invocation"],
  [/\b(?:eval|exec)\s*\(\s*(?:compile|base64|__import__|marshal|zlib|bytes|b64decode|codecs|["'])/, "eval/exec of data"],
  [/__import__\s*\(\s*['"](?:os|subprocess|base64|socket|ctypes|marshal|zlib)/, "__import__ of a dangerous module"],
  [/\bimport\s+(?:os|subprocess|socket|ctypes|marshal)\b[\s\S]{0,200}\b(?:system|popen|Popen|run|call|connect|exec|loads)\s*\(/, "Python code that runs things"],
  [/\bsubprocess\.(?:Popen|run|call|check_output)\s*\(|\bos\.(?:system|popen|exec[lv]p?e?)\s*\(/, "Python process execution"],
  [/<script\b[^>]{0,200}>|javascript:/i, "script markup"],
  [/\b(?:mshta|rundll32|regsvr32|certutil|bitsadmin|wscript|cscript)(?:\.exe)?\s+\S/i, "Windows living-off-the-land binary"],
  [/\bchmod\s+\+x\b|\bnc\s+-[el]\b|\/dev\/tcp\//, "shell payload idiom"]
];
var URL_RE3 = /\b(?:https?|ftp):\/\/[^\s"'<>\\\x00-\x1f]{3,300}/gi;
var SUSPICIOUS_HOST = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\])(?::\d+)?$|(?:^|\.)(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.co|raw\.githubusercontent\.com|gist\.githubusercontent\.com|transfer\.sh|temp\.sh|file\.io|anonfiles\.com|ngrok(?:-free)?\.(?:io|app)|trycloudflare\.com|discord(?:app)?\.com|cdn\.discordapp\.com|api\.telegram\.org|t\.me|bit\.ly|tinyurl\.com|webhook\.site|requestbin\.\w+|pipedream\.net|oast\.\w+|interact\.sh)$/i;
var EXEC_PATH = /\.(?:exe|dll|scr|ps1|psm1|bat|cmd|vbs|vbe|js|jse|hta|msi|sh|py|pyc|elf|bin|so|dylib|jar)(?:[?#]|$)/i;
var B64_RUN = /[A-Za-z0-9+/_-]{80,}={0,2}/g;
var HEX_RUN = /(?:[0-9a-fA-F]{2}){64,}/g;
function isMixedRun(s3) {
  return /[a-z]/.test(s3) && /[A-Z]/.test(s3) && /[0-9]/.test(s3);
}
function assessText(s3, opts = {}, depth = 0) {
  const out = { strength: 0, reasons: [], sample: "" };
  const bump = (v2, reason, sample) => {
    if (!out.reasons.includes(reason)) out.reasons.push(reason);
    if (v2 > out.strength) {
      out.strength = v2;
      out.sample = defang(sample, 120);
    }
  };
  const text = s3.length > 1e6 ? s3.slice(0, 1e6) : s3;
  for (const [re2, why] of CODE_PATTERNS) {
    const m2 = re2.exec(text);
    if (m2) bump(1, why, text.slice(Math.max(0, m2.index - 20), m2.index + 100));
  }
  let urls = 0;
  for (const m2 of text.matchAll(URL_RE3)) {
    if (++urls > 200) break;
    const url = m2[0];
    const hostPart = url.replace(/^\w+:\/\//, "").split(/[/?#]/)[0].replace(/^[^@]*@/, "");
    const path3 = url.slice(url.indexOf(hostPart) + hostPart.length);
    if (SUSPICIOUS_HOST.test(hostPart)) bump(0.7, "URL to a raw IP or paste/file-drop host", url);
    else if (EXEC_PATH.test(path3)) bump(0.7, "URL to an executable or script", url);
    else if (!opts.urlsNormal) bump(0.3, "URL", url);
  }
  if (depth > 0) return out;
  let runs = 0;
  for (const re2 of [B64_RUN, HEX_RUN]) {
    for (const m2 of text.matchAll(re2)) {
      if (++runs > 64) break;
      const run = m2[0];
      const hex = re2 === HEX_RUN;
      if (!hex && !isMixedRun(run)) continue;
      const dec = new Uint8Array(Buffer.from(hex ? run : run.replace(/[-_]/g, (c) => c === "-" ? "+" : "/"), hex ? "hex" : "base64"));
      if (dec.length < 32) continue;
      const enc = hex ? "hex" : "base64";
      if (executableAt(dec, 0) || isPyc(dec)) {
        bump(1, `${enc} of an executable`, run);
        continue;
      }
      if (looksText(dec)) {
        const inner = assessText(LATIN12.decode(dec.subarray(0, 1 << 20)), { urlsNormal: false }, depth + 1);
        if (inner.strength >= 1) bump(1, `${enc} of code: ${inner.reasons.join(", ")}`, inner.sample);
        else if (inner.strength > 0) bump(0.8, `${enc} of text with ${inner.reasons.join(", ")}`, inner.sample);
        else bump(0.5, `${enc}-encoded text`, defang(dec, 100));
        continue;
      }
      const magic = detectMagic(dec);
      if (magic && (magic.kind === "archive" || magic.kind === "compressed" || magic.kind === "bytecode")) {
        bump(0.8, `${enc} of ${magic.format} data`, run);
        continue;
      }
      if (opts.encodedIsNormal) continue;
      const long = run.length >= 1e3;
      bump(long ? 0.6 : 0.4, `${long ? "long " : ""}${enc} run of binary data (${dec.length} bytes)`, run);
    }
  }
  return out;
}
function isPicture(b2) {
  const m2 = detectMagic(b2);
  if (m2 && m2.kind === "image") return m2.format;
  if (b2.length >= 4 && (b2[0] === 73 && b2[1] === 73 && b2[2] === 42 && b2[3] === 0 || b2[0] === 77 && b2[1] === 77 && b2[2] === 0 && b2[3] === 42)) return "tiff";
  if (b2.length >= 12 && b2[4] === 102 && b2[5] === 116 && b2[6] === 121 && b2[7] === 112) return "isobmff";
  if (b2.length >= 12 && b2[0] === 0 && b2[1] === 0 && b2[2] === 0 && b2[3] === 12 && b2[4] === 106 && b2[5] === 80) return "jp2";
  return null;
}
var AudioInspector = class {
  constructor(ctx, rules) {
    this.ctx = ctx;
    this.rules = rules;
  }
  ctx;
  rules;
  calls = 0;
  reported = /* @__PURE__ */ new Map();
  /** Regions not given to the decoder because the per-file budget ran out. */
  skipped = 0;
  report(rule, hit) {
    const n = this.reported.get(rule.id) ?? 0;
    if (n >= MAX_FINDINGS_PER_RULE) return;
    this.reported.set(rule.id, n + 1);
    this.ctx.report(rule, hit);
  }
  /**
   * Look at bytes that should not carry data: our own executable/text checks, then the shared decoder. Reports a
   * payload finding when the content is dangerous. Returns what it found so the caller can weigh structure findings.
   */
  region(b2, where, offset) {
    const rv = { fill: b2.length > 0 && allSame(b2), text: false, executable: null, magic: null, verdict: null, danger: 0, summary: "" };
    if (b2.length === 0 || rv.fill) {
      rv.summary = b2.length === 0 ? "empty" : `${b2.length} bytes of 0x${b2[0].toString(16).padStart(2, "0")}`;
      return rv;
    }
    rv.text = looksText(b2, 65536);
    rv.magic = detectMagic(b2.subarray(0, 4096))?.format ?? null;
    rv.executable = findExecutable(b2);
    if (rv.executable) {
      rv.danger = 1;
      rv.summary = `${rv.executable.format.toUpperCase()} executable at +${rv.executable.at}`;
    } else if (isPyc(b2)) {
      rv.danger = 0.9;
      rv.summary = "Python bytecode";
    }
    if (b2.length >= 16) {
      if (this.calls < MAX_INSPECT_CALLS) {
        this.calls++;
        let v2 = null;
        try {
          v2 = inspectBlob(b2.length > MAX_INSPECT_BYTES ? b2.subarray(0, MAX_INSPECT_BYTES) : b2, { maxDepth: 4, maxOutput: 32 * 1024 * 1024 });
        } catch {
          v2 = null;
        }
        rv.verdict = v2;
        if (v2 && v2.danger > rv.danger) {
          rv.danger = v2.danger;
          rv.summary = v2.summary;
        }
      } else this.skipped++;
    }
    if (!rv.summary) rv.summary = rv.verdict && rv.verdict.summary !== "not inspected" ? rv.verdict.summary : rv.text ? "text" : rv.magic ? `${rv.magic} data` : "binary data";
    if (rv.danger < 1 && rv.text) {
      const t2 = assessText(LATIN12.decode(b2.subarray(0, 1 << 20)), { urlsNormal: true });
      if (t2.strength >= 1 && t2.reasons.some((r) => r.includes("of an executable"))) {
        rv.danger = 1;
        rv.summary = t2.reasons.find((r) => r.includes("of an executable"));
      }
    }
    if (rv.danger >= PAYLOAD_DANGER) {
      const ev = { where, bytes: b2.length, decoded: rv.summary };
      if (rv.verdict) {
        ev.layers = rv.verdict.layers;
        ev.kind = rv.verdict.kind;
        ev.preview = rv.verdict.preview;
      }
      if (rv.executable) ev.executableAt = offset + rv.executable.at;
      this.report(this.rules.payload, {
        message: `${where}: ${b2.length} bytes that decode to ${rv.summary}`,
        strength: rv.danger,
        offset,
        length: b2.length,
        evidence: ev
      });
    }
    return rv;
  }
  /** Assess metadata text and report a strings finding when it is suspicious. */
  text(s3, where, offset, opts = {}) {
    const a = assessText(s3, opts);
    if (a.strength > 0) {
      this.report(this.rules.text, {
        message: `${where}: ${a.reasons.join("; ")}`,
        strength: a.strength,
        offset,
        evidence: { where, reasons: a.reasons, sample: a.sample, length: s3.length }
      });
    }
    return a;
  }
  /**
   * An embedded picture (APIC, FLAC PICTURE, METADATA_BLOCK_PICTURE): its bytes must be an image. Empty pictures and
   * ID3's `-->` link pictures are allowed; the link is then checked as text.
   */
  picture(b2, mime, where, offset) {
    if (mime === "-->") {
      this.text(LATIN12.decode(b2.subarray(0, 4096)), `${where} (linked picture)`, offset, { urlsNormal: true });
      return;
    }
    if (b2.length === 0) return;
    const fmt = isPicture(b2);
    const rv = this.region(b2, where, offset);
    if (fmt) return;
    if (this.rules.picture) {
      this.report(this.rules.picture, {
        message: `${where}: declared ${mime || "picture"} but the ${b2.length} bytes are ${rv.summary}`,
        strength: 1,
        offset,
        length: b2.length,
        evidence: { where, mime, bytes: b2.length, content: rv.summary, head: defang(b2.subarray(0, 32), 64) }
      });
    }
    if (rv.text) this.text(LATIN12.decode(b2.subarray(0, 1 << 20)), `${where} (text instead of an image)`, offset, { urlsNormal: false });
  }
  /**
   * Text and binary items of tags at the end of a file (ID3v1, APE, Lyrics3, appended ID3v2). `shift` is added to
   * the tags' offsets when they were parsed from a sub-buffer.
   */
  endTags(tags, label, shift = 0) {
    for (const t2 of tags) {
      for (const line of t2.text) this.text(line, `${label} ${t2.kind} tag`, t2.offset + shift, { urlsNormal: true });
      if (t2.id3v2) {
        this.id3Tag(t2.id3v2, `${label} appended ID3v2`, shift);
        continue;
      }
      for (const bi2 of t2.binary) {
        const where = `${label} ${t2.kind} item '${bi2.name}'`;
        if (/cover art/i.test(bi2.name)) {
          const nul = bi2.data.indexOf(0);
          this.picture(bi2.data.subarray(nul + 1), "image", where, bi2.offset + shift + nul + 1);
        } else this.region(bi2.data, where, bi2.offset + shift);
      }
    }
  }
  /**
   * Every part of an ID3v2 tag that can carry data: the frames, bytes after a bad frame header, padding that is not
   * zeros, an extended header longer than the specifications define. A compressed frame that inflates past the
   * limit leaves content unseen: the file is incomplete. `shift` is added to the tag's offsets.
   */
  id3Tag(t2, label, shift = 0) {
    this.id3Frames(t2.frames, label, shift);
    if (t2.unparsed && t2.unparsed.length > 0) this.region(t2.unparsed.data, `${label} bytes after a bad frame header`, t2.unparsed.offset + shift);
    if (t2.padding && !t2.padding.zero) this.region(t2.padding.data, `${label} padding`, t2.padding.offset + shift);
    if (t2.extended && t2.anomalies.some((a) => a.code === "bad-extended-header")) this.region(t2.extended.data, `${label} extended header`, t2.extended.offset + shift);
    const cut = t2.anomalies.filter((a) => a.code === "inflate-limit").length;
    if (cut > 0) this.ctx.incomplete(`${label}: ${cut} compressed ID3 frame(s) inflate past the limit; their content was not all inspected`);
  }
  /** Frames of an ID3v2 tag: text frames are assessed, pictures checked, binary frames inspected. */
  id3Frames(frames, label, shift = 0) {
    for (const fr2 of frames) {
      const where = `${label} frame ${fr2.id}`;
      const off = fr2.offset + shift;
      if (fr2.picture) this.picture(fr2.picture.data, fr2.picture.mime, where, off);
      else if (fr2.text !== void 0) {
        const a = this.text(fr2.text, where, off, { urlsNormal: true });
        if (a.strength > 0 || fr2.text.length > 4096) this.region(utf8Bytes(fr2.text), where, off);
      } else if (fr2.binary) this.region(fr2.binary, where, off);
      else this.region(fr2.data, where, off);
    }
  }
  /**
   * Inspect many regions as one: their bytes joined (a payload split across them is whole again), for the regions
   * beyond those an analyzer inspects one by one.
   */
  joined(d, ranges, where) {
    let n = 0;
    for (const r of ranges) n += r.length;
    if (n === 0) return null;
    const out = new Uint8Array(n);
    let o = 0;
    for (const r of ranges) {
      out.set(d.subarray(r.offset, r.offset + r.length), o);
      o += r.length;
    }
    return this.region(out, `${where} (${ranges.length} regions joined)`, ranges[0].offset);
  }
  /** Call once at the end of a file: regions the per-file budget left uninspected make the file incomplete. */
  finish(analyzer) {
    if (this.skipped > 0) this.ctx.incomplete(`${analyzer}: ${this.skipped} regions not inspected (per-file budget)`);
  }
};

// src/analyzers/riff.ts
var RULES = defineRules({
  trailing: {
    id: "audio.riff.trailing-data",
    category: "structure",
    weight: 3,
    description: "Bytes after the end of the RIFF/FORM container that no tag explains."
  },
  sizes: {
    id: "audio.riff.size-mismatch",
    category: "structure",
    weight: 2,
    description: "Declared container or chunk sizes that do not match the bytes present (sizes that lie)."
  },
  malformed: {
    id: "audio.riff.malformed",
    category: "structure",
    weight: 1.5,
    description: "Chunk walk problems: no fmt/data chunk, unparseable bytes inside the container, too many chunks."
  },
  oddChunk: {
    id: "audio.riff.odd-chunk",
    category: "structure",
    weight: 2.5,
    description: "An unknown or oversized chunk, or a padding chunk that is not padding, carrying data."
  },
  text: {
    id: "audio.riff.suspicious-text",
    category: "strings",
    weight: 3,
    description: "Code, shell commands, encoded blobs or suspicious URLs in WAV/AIFF metadata or chunks."
  },
  samplesText: {
    id: "audio.riff.text-samples",
    category: "strings",
    weight: 3,
    description: "The sample data chunk is printable text (e.g. base64) instead of audio."
  },
  picture: {
    id: "audio.riff.bad-picture",
    category: "structure",
    weight: 3,
    description: "A picture in an embedded ID3 tag that is not an image."
  },
  payload: {
    id: "audio.riff.hidden-payload",
    category: "payload",
    weight: 9,
    description: "A chunk, trailing data or other non-audio region decodes to an executable or code."
  }
});
var KNOWN_WAV = /* @__PURE__ */ new Set([
  "fmt ",
  "data",
  "fact",
  "LIST",
  "JUNK",
  "junk",
  "PAD ",
  "FLLR",
  "bext",
  "cue ",
  "smpl",
  "inst",
  "PEAK",
  "id3 ",
  "ID3 ",
  "iXML",
  "axml",
  "acid",
  "DISP",
  "labl",
  "ltxt",
  "note",
  "plst",
  "cart",
  "ds64",
  "minf",
  "elm1",
  "regn",
  "umid",
  "afsp",
  "levl",
  "link",
  "MD5 ",
  "olym",
  "SyLp",
  "wavl",
  "slnt",
  "tlst",
  "chna",
  "dbmd",
  "aXML",
  "mext",
  "ResU",
  "ovwf",
  "strc",
  "cdif",
  "IDIT",
  "Fake",
  "bxml",
  "sxml",
  "fxml",
  "afmt",
  "CSET",
  "SNDM",
  "LGWV",
  "trkn",
  "ISFT",
  "INFO",
  "_PMX"
]);
var KNOWN_AIFF = /* @__PURE__ */ new Set(["COMM", "SSND", "FVER", "MARK", "INST", "COMT", "NAME", "AUTH", "(c) ", "ANNO", "APPL", "ID3 ", "id3 ", "AESD", "MIDI", "CHAN", "basc", "trns", "cate", "FLLR", "PAD ", "JUNK"]);
var TEXT_CHUNKS = /* @__PURE__ */ new Set(["NAME", "AUTH", "(c) ", "ANNO", "labl", "note", "ltxt", "iXML", "axml", "aXML", "DISP", "cart", "bext", "_PMX"]);
var PADDING_CHUNKS = /* @__PURE__ */ new Set(["JUNK", "junk", "PAD ", "FLLR", "Fake"]);
var OVERSIZED = 256 * 1024;
var UNKNOWN_LARGE = 16 * 1024;
var KNOWN_INSPECT = 64;
var TEXT_DEC = new TextDecoder("utf-8");
function chunkText(b2) {
  return trimTrailingNul(TEXT_DEC.decode(b2.subarray(0, 1 << 20))).replace(/\0/g, " ");
}
var riffAnalyzer = {
  name: "riff",
  description: "WAV/RF64/AIFF chunk walk: trailing data, lying sizes, odd chunks, metadata text and hidden payloads",
  rules: Object.values(RULES),
  applies: (f2) => f2.type.format === "wav" || f2.type.format === "aiff",
  analyze(file, ctx) {
    const d = file.data;
    const p2 = parseRiff(d);
    const insp = new AudioInspector(ctx, { text: RULES.text, payload: RULES.payload, picture: RULES.picture });
    const aiff = p2.container === "FORM";
    const known = aiff ? KNOWN_AIFF : KNOWN_WAV;
    const dataId = aiff ? "SSND" : "data";
    const sizeIssues = p2.anomalies.filter((a) => a.code === "riff-size-past-end" || a.code === "chunk-past-end" || a.code === "chunk-size-ff");
    if (sizeIssues.length) {
      const dataAt = new Set(p2.chunks.filter((c) => c.id === dataId).map((c) => c.offset));
      const onlyTruncatedData = sizeIssues.every((a) => a.code === "riff-size-past-end" || a.code === "chunk-past-end" && dataAt.has(a.offset));
      insp.report(RULES.sizes, {
        message: sizeIssues.map((a) => a.message).slice(0, 4).join("; "),
        strength: onlyTruncatedData ? 0.5 : 1,
        offset: sizeIssues[0].offset,
        evidence: { issues: sizeIssues.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), declaredSize: p2.declaredSize, fileSize: d.length }
      });
    }
    const walkIssues = p2.anomalies.filter((a) => ["missing-fmt", "missing-data", "bad-fmt", "chunk-limit", "bad-chunk-id", "list-overrun", "duplicate-chunk", "bad-ds64"].includes(a.code));
    if (walkIssues.length) {
      insp.report(RULES.malformed, {
        message: walkIssues.map((a) => a.message).slice(0, 4).join("; "),
        strength: walkIssues.some((a) => a.code === "bad-chunk-id" || a.code === "chunk-limit") ? 1 : 0.6,
        offset: walkIssues[0].offset,
        evidence: { issues: walkIssues.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })) }
      });
    }
    if (p2.unparsed) insp.region(d.subarray(p2.unparsed.offset, p2.unparsed.offset + p2.unparsed.length), "unparsed bytes inside the container", p2.unparsed.offset);
    for (const ch of p2.chunks) {
      if (ch.listType !== void 0 && ch.parent === void 0) continue;
      const body = d.subarray(ch.dataOffset, ch.dataOffset + ch.size);
      if (ch.id === dataId && ch.parent === void 0) {
        checkSamples(body, ch, insp);
        continue;
      }
      checkChunk(body, ch, known, insp);
    }
    for (const a of p2.anomalies.filter((x) => x.code === "list-overrun")) {
      insp.region(d.subarray(a.offset, a.offset + (a.length ?? 0)), "bytes inside a LIST chunk not covered by sub-chunks", a.offset);
    }
    if (p2.trailing) {
      const tail = d.subarray(p2.trailing.offset);
      let start = 0;
      const tags = [];
      if (isId3v2At(tail, 0)) {
        const t2 = parseId3v2(tail, 0);
        if (t2) {
          tags.push(id3TagAsTrailing(t2));
          start = t2.length;
        }
      }
      const ft2 = findTrailingTags(tail, tail.length);
      let end = Math.max(start, ft2.audioEnd);
      tags.push(...ft2.tags);
      insp.endTags(tags, "trailing", p2.trailing.offset);
      while (end > start && tail[end - 1] === 0) end--;
      const rest = tail.subarray(start, end);
      if (rest.length > 0) {
        const off = p2.trailing.offset + start;
        const rv = insp.region(rest, "data after the RIFF container", off);
        if (rv.text) insp.text(TEXT_DEC.decode(rest.subarray(0, 1 << 20)), "text after the RIFF container", off, { urlsNormal: false });
        const strength = rv.danger >= 0.5 || rv.text || rv.magic ? 1 : rest.length >= 1024 ? 1 : rest.length >= 64 ? 0.6 : 0.3;
        insp.report(RULES.trailing, {
          message: `${rest.length} bytes after the end of the ${p2.container} container (${rv.summary})`,
          strength,
          offset: off,
          length: rest.length,
          evidence: { bytes: rest.length, containerEnd: p2.end, fileSize: d.length, content: rv.summary, head: defang(rest.subarray(0, 48), 96) }
        });
      }
    }
    insp.finish("riff");
  }
};
function checkSamples(body, ch, insp) {
  if (body.length < 64) return;
  const head = body.subarray(0, 65536);
  if (!looksText(head)) return;
  const s3 = TEXT_DEC.decode(body.subarray(0, 1 << 20));
  insp.report(RULES.samplesText, {
    message: `'${ch.id}' chunk of ${body.length} bytes is printable text, not audio`,
    strength: 1,
    offset: ch.dataOffset,
    length: body.length,
    evidence: { bytes: body.length, head: defang(head.subarray(0, 64), 120) }
  });
  insp.region(body, `text in the '${ch.id}' chunk`, ch.dataOffset);
  insp.text(s3, `text in the '${ch.id}' chunk`, ch.dataOffset, { urlsNormal: false });
}
function checkChunk(body, ch, known, insp) {
  const where = ch.parent ? `LIST/${ch.parent} '${printable2(ch.id)}'` : `'${printable2(ch.id)}' chunk`;
  if (ch.id === "id3 " || ch.id === "ID3 ") {
    const t2 = parseId3v2(body, 0);
    if (t2) {
      insp.id3Tag(t2, `${where} ID3v2`, ch.dataOffset);
      const after = body.subarray(t2.length);
      if (after.length > 0 && !allZeroOrSpace(after)) insp.region(after, `${where} bytes after the ID3v2 tag`, ch.dataOffset + t2.length);
      return;
    }
  }
  const isText = ch.parent === "INFO" || ch.parent === "adtl" || TEXT_CHUNKS.has(ch.id);
  if (isText) {
    insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: true });
    if (body.length > 4096) insp.region(body, where, ch.dataOffset);
    if (body.length > OVERSIZED) oddChunk(ch, body, where, "oversized text chunk", insp, 0.6);
    return;
  }
  if (body.length === 0) return;
  if (PADDING_CHUNKS.has(ch.id)) {
    if (allZeroOrSpace(body)) return;
    const rv2 = insp.region(body, where, ch.dataOffset);
    if (rv2.text) insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: false });
    if (body.length >= 16) oddChunk(ch, body, where, `padding chunk holds ${rv2.summary}`, insp, body.length >= 256 || rv2.text ? 1 : 0.5);
    return;
  }
  const unknown = !known.has(ch.id) && !(ch.parent && /^I[A-Z0-9]{3}$/.test(ch.id));
  const large = unknown ? body.length >= UNKNOWN_LARGE : body.length >= OVERSIZED && ch.id !== "wavl" && ch.id !== "LIST";
  if (!unknown && !large && body.length < KNOWN_INSPECT) return;
  const rv = insp.region(body, where, ch.dataOffset);
  if (rv.text && (unknown || large)) insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: false });
  if (unknown && (large || rv.text || rv.magic || rv.danger >= 0.4)) {
    const strength = rv.danger >= 0.5 || rv.magic ? 1 : large && rv.text ? 1 : rv.text ? 0.6 : 0.8;
    oddChunk(ch, body, where, `unknown chunk holds ${rv.summary}`, insp, strength);
  } else if (large) {
    oddChunk(ch, body, where, `oversized chunk holds ${rv.summary}`, insp, rv.fill ? 0.2 : 0.8);
  }
}
function oddChunk(ch, body, where, what, insp, strength) {
  insp.report(RULES.oddChunk, {
    message: `${where} (${body.length} bytes): ${what}`,
    strength,
    offset: ch.offset,
    length: body.length + 8,
    evidence: { chunk: printable2(ch.id), parent: ch.parent ?? null, bytes: body.length, head: defang(body.subarray(0, 48), 96) }
  });
}
function allZeroOrSpace(b2) {
  for (let i = 0; i < b2.length; i++) if (b2[i] !== 0 && b2[i] !== 32) return false;
  return true;
}
function printable2(s3) {
  return s3.replace(/[^\x20-\x7e]/g, "?");
}

// src/analyzers/mp3.ts
var RULES2 = defineRules({
  unframed: {
    id: "audio.mp3.unframed-data",
    category: "structure",
    weight: 3,
    description: "Bytes that no MPEG frame or tag covers: between frames, before the first or after the last frame."
  },
  noFrames: {
    id: "audio.mp3.no-frames",
    category: "structure",
    weight: 2,
    description: "A file that starts with an ID3v2 tag but holds no MPEG audio frames after it."
  },
  id3Malformed: {
    id: "audio.mp3.id3-malformed",
    category: "structure",
    weight: 1.5,
    description: "An ID3v2 tag whose sizes lie, whose frame headers are garbage, or whose frames do not decode."
  },
  oddFrame: {
    id: "audio.mp3.id3-odd-frame",
    category: "structure",
    weight: 2,
    description: "An ID3v2 frame with an unknown id carrying data, an oversized frame, an encrypted frame, or padding that is not zeros."
  },
  picture: {
    id: "audio.mp3.bad-picture",
    category: "structure",
    weight: 3,
    description: "An attached picture (APIC/PIC, APE cover art) whose bytes are not an image."
  },
  text: {
    id: "audio.mp3.suspicious-text",
    category: "strings",
    weight: 3,
    description: "Code, shell commands, encoded blobs or suspicious URLs in ID3v2/ID3v1/APE/Lyrics3 text."
  },
  payload: {
    id: "audio.mp3.hidden-payload",
    category: "payload",
    weight: 9,
    description: "An ID3 frame, tag item or unframed region decodes to an executable or code."
  }
});
var KNOWN_V3 = new Set(
  "AENC APIC ASPI CHAP COMM COMR CTOC ENCR EQU2 EQUA ETCO GEOB GRID GRP1 IPLS LINK MCDI MLLT MVIN MVNM NCON OWNE PCNT PCST POPM POSS PRIV RBUF RGAD RVA2 RVAD RVRB SEEK SIGN SYLT SYTC UFID USER USLT XRVA".split(" ")
);
var KNOWN_V2 = new Set("BUF CNT COM CRA CRM EQU ETC GEO IPL LNK MCI MLL PIC POP REV RVA SLT STC UFI ULT".split(" "));
var BIG_FRAMES = /* @__PURE__ */ new Set(["APIC", "PIC", "GEOB", "GEO", "SYLT", "SLT", "MCDI", "MCI", "MLLT", "MLL", "CHAP", "CTOC", "SEEK", "ASPI"]);
var ODD_UNKNOWN_MIN = 1024;
var OVERSIZED_FRAME = 256 * 1024;
function checkId3v2(t2, insp, label, overrunExplained = false) {
  const bad = t2.anomalies.filter((a) => a.code !== "padding-not-zero" && a.code !== "frame-limit" && !(overrunExplained && a.code === "frame-past-end"));
  if (bad.length) {
    insp.report(RULES2.id3Malformed, {
      message: `${label}: ${bad.map((a) => a.message).slice(0, 3).join("; ")}`,
      strength: bad.some((a) => a.code === "bad-frame-id" || a.code === "inflate-failed") ? 1 : 0.6,
      offset: bad[0].offset,
      evidence: { version: `2.${t2.major}`, issues: bad.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })) }
    });
  }
  insp.id3Tag(t2, label);
  for (const fr2 of t2.frames) {
    const unknown = t2.major === 2 ? !KNOWN_V2.has(fr2.id) && fr2.id[0] !== "T" && fr2.id[0] !== "W" : !KNOWN_V3.has(fr2.id) && fr2.id[0] !== "T" && fr2.id[0] !== "W";
    let why = "";
    let strength = 0;
    if (fr2.encrypted && fr2.data.length >= 64) {
      why = "encrypted frame";
      strength = 0.6;
    }
    if (unknown && fr2.data.length >= ODD_UNKNOWN_MIN) {
      why = `unknown frame id with ${fr2.data.length} bytes`;
      strength = 0.7;
    }
    if (!BIG_FRAMES.has(fr2.id) && fr2.data.length >= OVERSIZED_FRAME) {
      why = `oversized ${fr2.id} frame (${fr2.data.length} bytes)`;
      strength = 0.8;
    }
    if (strength > 0) {
      insp.report(RULES2.oddFrame, {
        message: `${label} frame ${fr2.id}: ${why}`,
        strength,
        offset: fr2.offset,
        length: fr2.size,
        evidence: { frame: fr2.id, bytes: fr2.data.length, head: defang(fr2.data.subarray(0, 48), 96) }
      });
    }
  }
  if (t2.padding && !t2.padding.zero && t2.padding.length >= 16) {
    insp.report(RULES2.oddFrame, {
      message: `${label}: ${t2.padding.length} bytes of padding are not zeros`,
      strength: 0.6,
      offset: t2.padding.offset,
      length: t2.padding.length,
      evidence: { bytes: t2.padding.length }
    });
  }
}
var mp3Analyzer = {
  name: "mp3",
  description: "MPEG audio frame walk and ID3v2/ID3v1/APE tags: unframed bytes, odd frames, pictures and hidden payloads",
  rules: Object.values(RULES2),
  applies: (f2) => f2.type.format === "mp3",
  analyze(file, ctx) {
    const d = file.data;
    const p2 = parseMp3(d);
    const insp = new AudioInspector(ctx, { text: RULES2.text, payload: RULES2.payload, picture: RULES2.picture });
    for (const t2 of p2.id3v2) {
      checkId3v2(t2, insp, "ID3v2", t2.frameOverrunEnd !== void 0 && t2.frameOverrunEnd === p2.audioStart);
    }
    if (p2.flacAt !== null) return insp.finish("mp3");
    const s3 = p2.audioStart;
    if (s3 + 2 <= d.length && d[s3] === 255 && (d[s3 + 1] & 246) === 240) return insp.finish("mp3");
    insp.endTags(p2.endTags, "end");
    if (p2.frameCount === 0) {
      if (p2.id3v2.length === 0) return;
      const len = p2.audioEnd - p2.audioStart;
      const rv2 = len > 0 ? insp.region(d.subarray(p2.audioStart, p2.audioEnd), "bytes where MPEG frames should be", p2.audioStart) : null;
      insp.report(RULES2.noFrames, {
        message: `no MPEG audio frames in ${len} bytes after the tags${rv2 ? ` (${rv2.summary})` : ""}`,
        strength: len === 0 ? 0.5 : 1,
        offset: p2.audioStart,
        length: len,
        evidence: { bytes: len, tags: p2.id3v2.length, content: rv2?.summary ?? "empty" }
      });
      return insp.finish("mp3");
    }
    const gaps = p2.gaps.slice().sort((a, b2) => b2.length - a.length);
    let contentBytes = p2.uncountedGapBytes;
    let worst = null;
    let worstGap = gaps[0];
    const rest = [];
    for (let gi2 = 0; gi2 < gaps.length; gi2++) {
      const g2 = gaps[gi2];
      const b2 = d.subarray(g2.offset, g2.offset + g2.length);
      if (gi2 >= MAX_GAPS_INSPECTED) {
        if (!allSame(b2)) {
          contentBytes += g2.length;
          rest.push(g2);
        }
        continue;
      }
      const rv2 = insp.region(b2, `${g2.length} unframed bytes ${g2.where === "after" ? "after the last frame" : g2.where === "before" ? "before the first frame" : "between frames"}`, g2.offset);
      if (rv2.fill) continue;
      contentBytes += g2.length;
      if (!worst || rank(rv2) > rank(worst)) {
        worst = rv2;
        worstGap = g2;
      }
      if (rv2.text) insp.text(new TextDecoder("latin1").decode(b2.subarray(0, 1 << 20)), `text in unframed bytes at ${g2.offset}`, g2.offset);
    }
    const rv = insp.joined(d, rest, "smaller unframed regions");
    if (rv && (!worst || rank(rv) > rank(worst))) {
      worst = rv;
      worstGap = rest[0];
    }
    if (p2.uncountedGapBytes > 0) {
      ctx.incomplete(`mp3: more than ${p2.gaps.length} unframed regions; ${p2.uncountedGapBytes} bytes in further regions not inspected`);
    }
    if (contentBytes > 0 && worst) {
      const loud = worst.danger >= 0.5 || worst.text || worst.magic;
      const strength = loud ? 1 : contentBytes >= 4096 ? 1 : contentBytes >= 1024 ? 0.6 : contentBytes >= 128 ? 0.3 : 0;
      if (strength > 0) {
        insp.report(RULES2.unframed, {
          message: `${contentBytes} bytes outside MPEG frames in ${p2.gaps.length} region(s); largest at ${worstGap.offset} (${worst.summary})`,
          strength,
          offset: worstGap.offset,
          length: worstGap.length,
          evidence: {
            bytes: contentBytes,
            regions: p2.gaps.length,
            frames: p2.frameCount,
            frameBytes: p2.frameBytes,
            content: worst.summary,
            largest: p2.gaps.slice(0, 8).map((g2) => ({ offset: g2.offset, length: g2.length, where: g2.where }))
          }
        });
      }
    }
    insp.finish("mp3");
  }
};
var MAX_GAPS_INSPECTED = 32;
function rank(rv) {
  return rv.danger * 10 + (rv.text ? 2 : 0) + (rv.magic ? 1 : 0);
}

// src/analyzers/flac.ts
var RULES3 = defineRules({
  trailing: {
    id: "audio.flac.trailing-data",
    category: "structure",
    weight: 3,
    description: "Bytes after the last FLAC frame (found by CRC) that are not an ID3v1/APE tag."
  },
  padding: {
    id: "audio.flac.padding-not-zero",
    category: "structure",
    weight: 2.5,
    description: "A PADDING metadata block that holds something other than zeros."
  },
  oddBlock: {
    id: "audio.flac.odd-block",
    category: "structure",
    weight: 2,
    description: "A metadata block carrying data where none belongs: large or content-bearing APPLICATION, reserved types, CUESHEET reserved bytes, bytes after the comment list."
  },
  malformed: {
    id: "audio.flac.malformed",
    category: "structure",
    weight: 1.5,
    description: "Block lengths that lie, missing/bad STREAMINFO, bad SEEKTABLE, no frames, or frames whose CRC does not close them."
  },
  picture: {
    id: "audio.flac.bad-picture",
    category: "structure",
    weight: 3,
    description: "A PICTURE block (or METADATA_BLOCK_PICTURE comment) whose data is not an image."
  },
  text: {
    id: "audio.flac.suspicious-text",
    category: "strings",
    weight: 3,
    description: "Code, shell commands, encoded blobs or suspicious URLs in Vorbis comments."
  },
  payload: {
    id: "audio.flac.hidden-payload",
    category: "payload",
    weight: 9,
    description: "A metadata block, comment or trailing region decodes to an executable or code."
  }
});
var KNOWN_APPS = /* @__PURE__ */ new Set(["ATCH", "BSOL", "BUGS", "Cues", "Fica", "MOTB", "MPSE", "MuML", "RIFF", "SFFL", "SONY", "SQEZ", "TtWv", "UITS", "aiff", "imag", "peem", "qfst", "riff", "tune", "xbat", "xmcd", "w64 "]);
var APP_LARGE = 64 * 1024;
var MAX_GAPS_INSPECTED2 = 16;
var LATIN13 = new TextDecoder("latin1");
function checkVorbisComments(vc, base, insp, label) {
  insp.text(vc.vendor, `${label} vendor string`, base, { urlsNormal: true });
  const mimeOf = /* @__PURE__ */ new Map();
  for (const c of vc.comments) if (c.key.toUpperCase() === "COVERARTMIME") mimeOf.set("COVERART", c.value);
  for (const c of vc.comments) {
    const key = c.key.toUpperCase();
    const where = `${label} ${defang(c.key || "(no key)", 40)}`;
    const off = base + c.offset;
    if (key === "METADATA_BLOCK_PICTURE" || key === "COVERART") {
      const raw = new Uint8Array(Buffer.from(c.value.trim(), "base64"));
      if (key === "COVERART") {
        insp.picture(raw, mimeOf.get("COVERART") ?? "image", where, off);
        continue;
      }
      const pic = parsePictureBlock(raw);
      if (pic) insp.picture(pic.data, pic.mime, where, off);
      else insp.picture(raw, "METADATA_BLOCK_PICTURE", where, off);
      continue;
    }
    const fingerprint = /FINGERPRINT/.test(key);
    const a = insp.text(`${c.key}=${c.value}`, where, off, { urlsNormal: true, encodedIsNormal: fingerprint });
    if (a.strength > 0 || c.value.length > 4096 && !fingerprint) insp.region(utf8Bytes(c.value), where, off);
  }
}
var flacAnalyzer = {
  name: "flac",
  description: "FLAC metadata blocks and CRC-verified frame walk: trailing data, padding, pictures, comments and hidden payloads",
  rules: Object.values(RULES3),
  applies: (f2) => {
    if (f2.type.format === "flac") return true;
    if (f2.type.format !== "mp3" || !isId3v2At(f2.data, 0)) return false;
    const t2 = parseId3v2(f2.data, 0);
    const o = t2 ? t2.length : 0;
    return o + 4 <= f2.data.length && LATIN13.decode(f2.data.subarray(o, o + 4)) === "fLaC";
  },
  analyze(file, ctx) {
    const d = file.data;
    const p2 = parseFlac(d);
    const insp = new AudioInspector(ctx, { text: RULES3.text, payload: RULES3.payload, picture: RULES3.picture });
    if (p2.id3v2) insp.id3Tag(p2.id3v2, "ID3v2 before fLaC");
    if (p2.walkIncomplete) ctx.incomplete(`flac: ${p2.walkIncomplete}`);
    const bad = p2.anomalies.filter(
      (a) => ["no-magic", "block-past-end", "block-limit", "no-streaminfo", "bad-streaminfo", "bad-seektable", "bad-picture", "no-frames", "frame-crc-mismatch", "gap-before-frames", "last-frame-unverified", "frame-limit"].includes(a.code)
    );
    if (bad.length) {
      const strong = bad.some((a) => a.code === "block-past-end" || a.code === "no-streaminfo" || a.code === "no-frames" || a.code === "gap-before-frames");
      insp.report(RULES3.malformed, {
        message: bad.map((a) => a.message).slice(0, 3).join("; "),
        strength: strong ? 1 : 0.6,
        offset: bad[0].offset,
        evidence: { issues: bad.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), count: bad.length }
      });
    }
    for (const g2 of p2.gaps.slice(0, MAX_GAPS_INSPECTED2)) {
      insp.region(d.subarray(g2.offset, g2.offset + g2.length), g2.where === "bad-frame" ? "frame with a bad CRC" : "bytes before the first frame", g2.offset);
    }
    insp.joined(d, p2.gaps.slice(MAX_GAPS_INSPECTED2), "frames with a bad CRC");
    for (const b2 of p2.blocks) {
      const body = d.subarray(b2.dataOffset, b2.dataOffset + b2.length);
      if (b2.type === 1) {
        let nz = 0;
        for (let i = 0; i < body.length; i++) if (body[i] !== 0) nz++;
        if (nz === 0) continue;
        const rv = insp.region(body, "PADDING block", b2.dataOffset);
        if (rv.text) insp.text(LATIN13.decode(body.subarray(0, 1 << 20)), "text in a PADDING block", b2.dataOffset, { urlsNormal: false });
        insp.report(RULES3.padding, {
          message: `PADDING block of ${b2.length} bytes holds ${nz} non-zero bytes (${rv.summary})`,
          strength: nz >= 16 ? 1 : 0.4,
          offset: b2.offset,
          length: b2.length + 4,
          evidence: { bytes: b2.length, nonZero: nz, content: rv.summary, head: defang(body.subarray(0, 48), 96) }
        });
      } else if (b2.type === 2) {
        const app = LATIN13.decode(body.subarray(0, 4));
        const payload = body.subarray(4);
        const rv = insp.region(payload, `APPLICATION '${defang(app, 8)}' block`, b2.dataOffset + 4);
        if (rv.text && !KNOWN_APPS.has(app)) insp.text(LATIN13.decode(payload.subarray(0, 1 << 20)), `APPLICATION '${defang(app, 8)}' block`, b2.dataOffset + 4, { urlsNormal: false });
        const content = rv.danger >= 0.5 || !KNOWN_APPS.has(app) && (rv.text || rv.magic);
        if (content || payload.length >= APP_LARGE && !rv.fill && !KNOWN_APPS.has(app)) {
          oddBlock(insp, b2.offset, b2.length, `APPLICATION '${defang(app, 8)}' block of ${payload.length} bytes holds ${rv.summary}`, content ? 1 : 0.6);
        }
      } else if (b2.type === 0 && b2.length > 34) {
        insp.region(body.subarray(34), "bytes after the STREAMINFO fields", b2.dataOffset + 34);
      } else if (b2.type === 4 && p2.vorbisComment && p2.vorbisComment.blockOffset === b2.offset) {
        checkVorbisComments(p2.vorbisComment, 0, insp, "VORBIS_COMMENT");
        const vc = p2.vorbisComment;
        const extra = b2.dataOffset + b2.length - vc.end;
        if (extra > 0) {
          const tail = d.subarray(vc.end, b2.dataOffset + b2.length);
          const rv = insp.region(tail, vc.truncated ? "unparsed rest of the Vorbis comment list" : "bytes after the Vorbis comment list", vc.end);
          if (!vc.truncated && (!rv.fill || extra > 64)) oddBlock(insp, vc.end, extra, `${extra} bytes after the comment list (${rv.summary})`, extra >= 16 ? 1 : 0.4);
        }
      } else if (b2.type === 6) {
        const pic = p2.pictures.find((x) => x.blockOffset === b2.offset);
        if (pic) {
          insp.picture(pic.data, pic.mime, "PICTURE block", pic.dataOffset);
          if (pic.description.length > 64) insp.text(pic.description, "PICTURE description", b2.dataOffset, { urlsNormal: true });
          const picEnd = pic.dataOffset + pic.data.length;
          const extra = b2.dataOffset + b2.length - picEnd;
          if (extra > 0) {
            const rv = insp.region(d.subarray(picEnd, picEnd + extra), "bytes after the picture data", picEnd);
            if (!rv.fill) oddBlock(insp, picEnd, extra, `${extra} bytes after the PICTURE data (${rv.summary})`, extra >= 16 ? 1 : 0.4);
          }
        } else insp.region(body, "PICTURE block that does not parse", b2.dataOffset);
      } else if (b2.type >= 7 && b2.length > 0) {
        const rv = insp.region(body, `reserved block type ${b2.type}`, b2.dataOffset);
        oddBlock(insp, b2.offset, b2.length, `metadata block of reserved type ${b2.type} holds ${b2.length} bytes (${rv.summary})`, b2.length >= 64 ? 1 : 0.5);
      } else if (b2.type === 5) {
        const a = p2.anomalies.find((x) => x.code === "cuesheet-reserved" && x.offset === b2.offset);
        const extra = p2.anomalies.find((x) => x.code === "cuesheet-extra" && x.offset > b2.offset && x.offset <= b2.dataOffset + b2.length);
        if (a || extra || b2.length < 396) insp.region(body, "CUESHEET block", b2.dataOffset);
        if (a) oddBlock(insp, b2.offset, b2.length, a.message, 0.8);
        if (extra) oddBlock(insp, extra.offset, extra.length ?? 0, extra.message, (extra.length ?? 0) >= 16 ? 1 : 0.4);
        insp.text(LATIN13.decode(body.subarray(0, 128)).replace(/\0+/g, " "), "CUESHEET catalog number", b2.dataOffset, { urlsNormal: true });
      } else if (b2.type === 3 && b2.length > 0 && b2.length % 18 !== 0) {
        insp.region(body.subarray(b2.length - b2.length % 18), "bytes after the last SEEKTABLE point", b2.dataOffset + b2.length - b2.length % 18);
      }
    }
    insp.endTags(p2.endTags, "end");
    if (p2.trailing) {
      const { offset, length } = p2.trailing;
      const rest = d.subarray(offset, offset + length);
      const rv = insp.region(rest, "data after the last FLAC frame", offset);
      if (rv.text) insp.text(LATIN13.decode(rest.subarray(0, 1 << 20)), "text after the last FLAC frame", offset, { urlsNormal: false });
      const maxFrame = p2.streamInfo && p2.streamInfo.maxFrameSize > 0 ? p2.streamInfo.maxFrameSize : 65536;
      const unverified = !p2.lastFrameVerified;
      let strength;
      if (rv.danger >= 0.5 || rv.text || rv.magic) strength = 1;
      else if (rv.fill) strength = length >= 4096 ? 0.3 : 0;
      else if (unverified) strength = length > maxFrame ? 0.6 : 0.2;
      else strength = length > maxFrame ? 1 : length >= 1024 ? 0.5 : 0.3;
      if (strength > 0) {
        insp.report(RULES3.trailing, {
          message: `${length} bytes after ${p2.frameCount ? "the last FLAC frame" : "the metadata, where no frame was found"} (${rv.summary})`,
          strength,
          offset,
          length,
          evidence: { bytes: length, audioEnd: p2.audioEnd, frames: p2.frameCount, lastFrameVerified: p2.lastFrameVerified, content: rv.summary, head: defang(rest.subarray(0, 48), 96) }
        });
      }
    }
    insp.finish("flac");
  }
};
function oddBlock(insp, offset, length, message, strength) {
  insp.report(RULES3.oddBlock, { message, strength, offset, length, evidence: { bytes: length } });
}

// src/analyzers/ogg.ts
var RULES4 = defineRules({
  unframed: {
    id: "audio.ogg.unframed-data",
    category: "structure",
    weight: 3,
    description: "Bytes that are not Ogg pages: before the first page, between pages, or after the last page."
  },
  badCrc: {
    id: "audio.ogg.bad-crc",
    category: "structure",
    weight: 2,
    description: "Pages whose CRC-32 does not match their content (edited after muxing)."
  },
  malformed: {
    id: "audio.ogg.malformed",
    category: "structure",
    weight: 1.5,
    description: "Page walk problems: bad version or header type, page sequence gaps, truncated pages, missing BOS."
  },
  commentExtra: {
    id: "audio.ogg.comment-extra",
    category: "structure",
    weight: 2,
    description: "Data after the comment list inside a Vorbis/Opus comment header."
  },
  picture: {
    id: "audio.ogg.bad-picture",
    category: "structure",
    weight: 3,
    description: "A METADATA_BLOCK_PICTURE/COVERART comment that does not decode to an image."
  },
  text: {
    id: "audio.ogg.suspicious-text",
    category: "strings",
    weight: 3,
    description: "Code, shell commands, encoded blobs or suspicious URLs in Vorbis/Opus comments."
  },
  payload: {
    id: "audio.ogg.hidden-payload",
    category: "payload",
    weight: 9,
    description: "A comment, header packet or non-page region decodes to an executable or code."
  }
});
var LATIN14 = new TextDecoder("latin1");
var oggAnalyzer = {
  name: "ogg",
  description: "Ogg page walk with CRC check and Vorbis/Opus/Speex/FLAC comment headers: unframed data, bad CRCs, comments, pictures and hidden payloads",
  rules: Object.values(RULES4),
  applies: (f2) => f2.type.format === "ogg",
  analyze(file, ctx) {
    const d = file.data;
    const p2 = parseOgg(d);
    const insp = new AudioInspector(ctx, { text: RULES4.text, payload: RULES4.payload, picture: RULES4.picture });
    let contentBytes = 0;
    let worst = null;
    let worstGap = p2.gaps[0];
    for (const g2 of p2.gaps.slice(0, 64)) {
      const b2 = d.subarray(g2.offset, g2.offset + g2.length);
      const rv2 = insp.region(b2, `${g2.length} bytes ${g2.where === "after" ? "after the last page" : g2.where === "before" ? "before the first page" : "between pages"}`, g2.offset);
      if (rv2.text) insp.text(LATIN14.decode(b2.subarray(0, 1 << 20)), `text outside Ogg pages at ${g2.offset}`, g2.offset);
      if (rv2.fill) continue;
      contentBytes += g2.length;
      if (!worst || rv2.danger > worst.danger || rv2.text && !worst.text) {
        worst = rv2;
        worstGap = g2;
      }
    }
    const rest = p2.gaps.slice(64).filter((g2) => !allSame(d.subarray(g2.offset, g2.offset + g2.length)));
    for (const g2 of rest) contentBytes += g2.length;
    const rv = insp.joined(d, rest, "bytes outside Ogg pages");
    if (rv && (!worst || rv.danger > worst.danger)) {
      worst = rv;
      worstGap = rest[0];
    }
    if (contentBytes > 0 && worst) {
      const loud = worst.danger >= 0.5 || worst.text || worst.magic;
      const strength = loud || contentBytes >= 1024 ? 1 : contentBytes >= 64 ? 0.6 : 0.3;
      insp.report(RULES4.unframed, {
        message: `${contentBytes} bytes outside Ogg pages in ${p2.gaps.length} region(s); largest at ${worstGap.offset} (${worst.summary})`,
        strength,
        offset: worstGap.offset,
        length: worstGap.length,
        evidence: { bytes: contentBytes, regions: p2.gaps.length, pages: p2.pages.length, content: worst.summary, gaps: p2.gaps.slice(0, 8) }
      });
    }
    if (p2.badCrcPages > 0) {
      const first = p2.anomalies.find((a) => a.code === "bad-crc");
      const frac = p2.badCrcPages / Math.max(1, p2.pages.length);
      insp.report(RULES4.badCrc, {
        message: `${p2.badCrcPages} of ${p2.pages.length} pages have a bad CRC`,
        strength: p2.badCrcPages >= 3 || frac >= 0.5 ? 1 : 0.5,
        offset: first?.offset,
        evidence: { badPages: p2.badCrcPages, pages: p2.pages.length, first: first?.offset ?? null }
      });
    }
    const bad = p2.anomalies.filter((a) => ["not-ogg", "bad-version", "bad-header-type", "truncated-page", "sequence-gap", "no-bos", "page-limit", "stream-limit", "bad-comment"].includes(a.code));
    if (bad.length) {
      const strong = bad.some((a) => a.code === "bad-version" || a.code === "bad-header-type" || a.code === "not-ogg");
      insp.report(RULES4.malformed, {
        message: bad.map((a) => a.message).slice(0, 3).join("; "),
        strength: strong ? 1 : 0.5,
        offset: bad[0].offset,
        evidence: { issues: bad.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), count: bad.length }
      });
    }
    for (const s3 of p2.streams) {
      const label = `${s3.codec} stream ${s3.serial}`;
      if (s3.comment) {
        checkVorbisComments(s3.comment, s3.comment.packetOffset, insp, `${label} comment`);
        const extra = s3.comment.trailing;
        if (extra.length > 0) {
          const rv2 = insp.region(extra, `${label}: bytes after the comment list`, s3.comment.packetOffset);
          if (rv2.text) insp.text(LATIN14.decode(extra.subarray(0, 1 << 20)), `${label}: text after the comment list`, s3.comment.packetOffset);
          if (!rv2.fill && extra.length >= 16) {
            insp.report(RULES4.commentExtra, {
              message: `${label}: ${extra.length} bytes after the comment list (${rv2.summary})`,
              strength: rv2.danger >= 0.5 || rv2.text || rv2.magic || extra.length >= 1024 ? 1 : 0.5,
              offset: s3.comment.packetOffset,
              length: extra.length,
              evidence: { bytes: extra.length, content: rv2.summary, head: defang(extra.subarray(0, 48), 96) }
            });
          }
        }
      }
      if (s3.codec === "unknown" && s3.headerPackets[0]) {
        insp.region(s3.headerPackets[0].data, `${label}: first packet of an unknown stream`, s3.headerPackets[0].offset);
      }
    }
    if (p2.incomplete) ctx.incomplete(`ogg: ${p2.incomplete}`);
    insp.finish("ogg");
  }
};

// src/analyzers/image.ts
import { inflateSync as inflateSync3, constants as zc2 } from "node:zlib";

// src/analyzers/image-text.ts
import { inflateSync as inflateSync2, inflateRawSync, constants as zc } from "node:zlib";
var MAX_TEXT = 4 << 20;
var MAX_RUNS2 = 64;
var CODE_RE = /<\?php|<script\b|\bpowershell(?:\.exe)?\b|\bcmd(?:\.exe)?\s+\/[ck]\b|\bIEX\s*\(|Invoke-(?:Expression|WebRequest|RestMethod)\b|FromBase64String\s*\(|\bcurl\s+-[a-zA-Z]*\s*https?:|\bcurl\s+https?:\/\/\S+\s*\|\s*(?:ba)?sh|\bwget\s+(?:-\S{1,64}\s{1,8}){0,8}https?:|\/bin\/(?:ba)?sh\b|\bchmod\s+\+x\b|\beval\s*\(|\bexec\s*\(|__import__\s*\(|\bos\.(?:system|popen)\s*\(|\bsubprocess\.\w+\s*\(|\bbase64\.b64decode\s*\(|\bimport\s+(?:os|subprocess|socket|ctypes|base64|urllib)\s*(?:$|[;\n,])|\bfrom\s+(?:os|subprocess|socket|ctypes|base64|urllib)\s+import\b|\bcertutil(?:\.exe)?\s+-|\bmshta(?:\.exe)?\s|\brundll32(?:\.exe)?\s|\bregsvr32(?:\.exe)?\s|\bStart-Process\b|\bNew-Object\s+(?:System\.)?Net\.WebClient/gi;
var URL_RE4 = /\b(?:https?|ftps?):\/\/[^\s"'<>()[\]{}\\^`|]{1,300}/gi;
var DROP_HOST_RE = /(?:^|\.)(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.co|transfer\.sh|file\.io|temp\.sh|0x0\.st|anonfiles\.com|gofile\.io|catbox\.moe|webhook\.site|pipedream\.net|requestbin\.\w+|ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|serveo\.net|bit\.ly|tinyurl\.com|is\.gd|t\.me|api\.telegram\.org|discord(?:app)?\.com|cdn\.discordapp\.com|raw\.githubusercontent\.com|gist\.githubusercontent\.com|\w+\.onion)$/i;
var EXEC_EXT_RE = /\.(?:exe|dll|scr|msi|bat|cmd|ps1|psm1|vbs|vbe|jse?|hta|jar|sh|py|pyc|pyw|bin|elf|so|dylib|dmg|apk|lnk|zip|7z|rar|tgz|gz)$/i;
var IPV4_RE3 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/;
function urlSignal(url) {
  const m2 = /^[a-z]+:\/\/([^/?#]*)([^?#]*)/i.exec(url);
  if (!m2) return null;
  let host = m2[1].toLowerCase();
  const path3 = m2[2];
  if (host.includes("@")) return { strength: 1, why: "URL with embedded credentials" };
  host = host.replace(/:\d+$/, "");
  if (IPV4_RE3.test(host) || host.startsWith("[")) return { strength: 1, why: "URL to a raw IP address" };
  if (DROP_HOST_RE.test(host)) return { strength: 0.8, why: "URL to a paste/file-drop/webhook host" };
  if (EXEC_EXT_RE.test(path3)) return { strength: 0.8, why: "URL to an executable or script download" };
  return null;
}
function isB64(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 43 || c === 47;
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function benignBlob(b2) {
  if (b2.length < 4) return true;
  const t2 = detectMagic(b2);
  if (t2 && (t2.kind === "image" || t2.kind === "audio")) return true;
  const head = Buffer.from(b2.subarray(0, 64)).toString("latin1");
  if (/^(?:Exif\0\0|II\*\0|MM\0\*|8BIM|<\?xpacket|<x:xmpmeta|\x1c\x02)/.test(head)) return true;
  if (b2.length >= 40 && head.slice(36, 40) === "acsp") return true;
  return false;
}
function printableRatio2(b2) {
  if (!b2.length) return 0;
  let p2 = 0;
  for (let i = 0; i < b2.length; i++) {
    const c = b2[i];
    if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13 || c >= 160) p2++;
  }
  return p2 / b2.length;
}
function encodedRuns(s3, minLen) {
  const out = [];
  let i = 0;
  const n = s3.length;
  while (i < n && out.length < MAX_RUNS2) {
    if (!isB64(s3.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const parts = [];
    let segStart = i;
    let total = 0;
    while (i < n) {
      const c = s3.charCodeAt(i);
      if (isB64(c)) {
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        parts.push(s3.slice(segStart, i));
        total += i - segStart;
        while (i < n && (s3.charCodeAt(i) === 10 || s3.charCodeAt(i) === 13)) i++;
        segStart = i;
        if (i < n && isB64(s3.charCodeAt(i))) continue;
        break;
      }
      break;
    }
    if (segStart < i) {
      parts.push(s3.slice(segStart, i));
      total += i - segStart;
    }
    let end = i;
    while (end < n && s3.charCodeAt(end) === 61 && end - i < 2) end++;
    i = end;
    if (total >= minLen) out.push({ start, end, chars: parts.join(""), parts });
  }
  return out;
}
function distinctChars(s3, cap) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < s3.length && seen.size < cap; i++) seen.add(s3[i]);
  return seen.size;
}
var MIN_BASE64 = 80;
var MIN_HEX = 160;
function scanText(input) {
  let text = (input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input).replace(/&#(?:x[aAdD]|1[03]);/g, "\n");
  if (countMatches(text, /%[0-9A-Fa-f]{2}/g, 8) >= 8) text = percentDecode(text);
  const signals = [];
  const executables = [];
  CODE_RE.lastIndex = 0;
  for (let m2, k2 = 0; (m2 = CODE_RE.exec(text)) && k2 < 8; k2++) {
    signals.push({ kind: "code", strength: 1, offset: m2.index, length: m2[0].length, detail: `command/code token "${m2[0].trim()}"`, preview: defang(text.slice(Math.max(0, m2.index - 40), m2.index + 80)) });
  }
  URL_RE4.lastIndex = 0;
  for (let m2, k2 = 0; (m2 = URL_RE4.exec(text)) && k2 < 256; k2++) {
    const u2 = urlSignal(m2[0]);
    if (u2) signals.push({ kind: "url", strength: u2.strength, offset: m2.index, length: m2[0].length, detail: u2.why, preview: defang(m2[0]) });
  }
  for (const run of encodedRuns(text, MIN_BASE64)) {
    const chars = run.chars;
    let allHex = true;
    for (let i = 0; i < chars.length && allHex; i++) allHex = isHex(chars.charCodeAt(i));
    let kind;
    let decoded2;
    if (allHex) {
      if (chars.length < MIN_HEX) continue;
      kind = "hex";
      decoded2 = hexDecode(chars);
      if (run.parts.length > 2 && run.parts[0].length < run.parts[1].length) {
        const alt = hexDecode(run.parts.slice(1).join(""));
        if (benignBlob(new Uint8Array(alt.buffer, alt.byteOffset, alt.length))) continue;
      }
    } else {
      if (!/[A-Z]/.test(chars) || !/[a-z]/.test(chars) || !/[0-9]/.test(chars) || distinctChars(chars, 24) < 24) continue;
      kind = "base64";
      decoded2 = Buffer.from(chars, "base64");
    }
    const dec = new Uint8Array(decoded2.buffer, decoded2.byteOffset, decoded2.length);
    const exe = executableAt(dec, 0);
    if (exe) {
      executables.push({ encoding: kind, format: exe, offset: run.start, length: run.end - run.start });
      continue;
    }
    if (benignBlob(dec)) continue;
    let strength = chars.length >= 1e3 ? 1 : chars.length >= 200 ? 0.8 : 0.5;
    let detail = `${chars.length} characters of ${kind} (${dec.length} bytes decoded)`;
    let preview = defang(chars.slice(0, 60));
    let plain = dec;
    let inflated = false;
    if (printableRatio2(dec.subarray(0, 4096)) <= 0.95) {
      const inf = inflateAny(dec);
      if (inf) {
        if (executableAt(inf, 0)) {
          executables.push({ encoding: kind, format: executableAt(inf, 0), offset: run.start, length: run.end - run.start });
          continue;
        }
        if (benignBlob(inf)) continue;
        plain = inf;
        inflated = true;
      }
    }
    if (printableRatio2(plain.subarray(0, 4096)) > 0.95) {
      const inner = Buffer.from(plain.subarray(0, 65536)).toString("latin1");
      preview = defang(inner);
      detail += inflated ? ", inflates to text" : ", decodes to text";
      CODE_RE.lastIndex = 0;
      if (CODE_RE.test(inner)) {
        strength = 1;
        detail += " with commands/code";
      } else if (inflated) {
        continue;
      }
    }
    signals.push({ kind, strength, offset: run.start, length: run.end - run.start, detail, preview });
  }
  return { signals, executables };
}
function inflateAny(b2) {
  const opts = { maxOutputLength: 1 << 20, finishFlush: zc.Z_SYNC_FLUSH };
  for (const f2 of [inflateSync2, inflateRawSync]) {
    try {
      const out = f2(b2, opts);
      if (out.length > 0) return new Uint8Array(out.buffer, out.byteOffset, out.length);
    } catch {
    }
  }
  return null;
}
function countMatches(s3, re2, max) {
  re2.lastIndex = 0;
  let n = 0;
  while (n < max && re2.exec(s3)) n++;
  re2.lastIndex = 0;
  return n;
}
function percentDecode(s3) {
  return s3.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
}
function hexDecode(chars) {
  return Buffer.from(chars.length % 2 ? chars.slice(0, -1) : chars, "hex");
}
function bytesToText(b2) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b2);
  } catch {
    return Buffer.from(b2).toString("latin1");
  }
}

// src/analyzers/image-report.ts
var IMAGE_RULES = defineRules({
  pngTrailing: {
    id: "image.png.trailing-data",
    category: "structure",
    weight: 3,
    description: "Bytes after the PNG IEND chunk (or after the last valid chunk) that are not padding."
  },
  pngMalformed: {
    id: "image.png.malformed",
    category: "structure",
    weight: 1.5,
    description: "PNG chunk structure is broken: bad CRC or length, IHDR not first, missing IEND, truncated chunks."
  },
  pngUnknownChunk: {
    id: "image.png.unknown-chunk",
    category: "structure",
    weight: 2,
    description: "An unregistered PNG chunk carries a sizeable payload, or an unknown critical chunk is present."
  },
  pngOversized: {
    id: "image.png.oversized-chunk",
    category: "structure",
    weight: 2,
    description: "A known PNG chunk is far larger than its type allows or than metadata ever needs."
  },
  jpegTrailing: {
    id: "image.jpeg.trailing-data",
    category: "structure",
    weight: 3,
    description: "Bytes after the JPEG EOI marker that are neither padding, appended JPEG images, nor a camera trailer."
  },
  jpegMalformed: {
    id: "image.jpeg.malformed",
    category: "structure",
    weight: 1.5,
    description: "JPEG segment structure is broken: bad lengths or markers, missing EOI, no scan data."
  },
  jpegStray: {
    id: "image.jpeg.stray-data",
    category: "structure",
    weight: 2.5,
    description: "Bytes between JPEG segments that belong to no segment."
  },
  jpegUnknownSegment: {
    id: "image.jpeg.unknown-segment",
    category: "structure",
    weight: 2,
    description: "A JPEG APPn/COM/reserved segment of no known kind (or a binary comment) carries a sizeable payload."
  },
  gifTrailing: {
    id: "image.gif.trailing-data",
    category: "structure",
    weight: 3,
    description: "Bytes after the GIF trailer (0x3B), or after the last valid block."
  },
  gifMalformed: {
    id: "image.gif.malformed",
    category: "structure",
    weight: 1.5,
    description: "GIF block structure is broken: truncated blocks, unknown extension labels, missing trailer."
  },
  gifExtension: {
    id: "image.gif.extension-data",
    category: "structure",
    weight: 2,
    description: "A GIF comment, application or unknown extension carries a sizeable binary payload."
  },
  bmpTrailing: {
    id: "image.bmp.trailing-data",
    category: "structure",
    weight: 3,
    description: "Bytes after the BMP pixel array (and embedded profile) that are not padding."
  },
  bmpGap: {
    id: "image.bmp.gap-data",
    category: "structure",
    weight: 3,
    description: "The BMP pixel-array offset skips over a gap after the headers/palette that holds non-zero data."
  },
  bmpMalformed: {
    id: "image.bmp.malformed",
    category: "structure",
    weight: 1.5,
    description: "BMP headers disagree with the file: truncated pixel array, bad offsets, implausible fields."
  },
  metadataText: {
    id: "image.metadata-text",
    category: "strings",
    weight: 3,
    description: "Image metadata text (PNG text chunks, JPEG comments/EXIF/XMP, GIF comments, appended text) holds commands, code, suspicious URLs or long encoded runs."
  },
  payload: {
    id: "image.embedded-payload",
    category: "payload",
    weight: 9,
    description: "A region of an image that should not carry data decodes to an executable, script or code."
  }
});
var MAX_PER_RULE2 = 8;
var MAX_INSPECTIONS = 64;
var MAX_INSPECT_BYTES2 = 16 << 20;
var FOREIGN_KINDS = /* @__PURE__ */ new Set(["executable", "bytecode", "python", "shell", "powershell", "archive"]);
var ImageReporter = class {
  constructor(file, ctx) {
    this.file = file;
    this.ctx = ctx;
  }
  file;
  ctx;
  counts = /* @__PURE__ */ new Map();
  inspections = 0;
  budgetReported = false;
  /** Payload findings already reported, so the same bytes found by two routes are reported once. */
  payloadRanges = [];
  report(rule, hit) {
    const n = this.counts.get(rule.id) ?? 0;
    if (n >= MAX_PER_RULE2) return;
    if (rule === IMAGE_RULES.payload && hit.offset !== void 0) {
      const a = hit.offset;
      const b2 = a + (hit.length ?? 1);
      if (this.payloadRanges.some(([x, y]) => a < y && x < b2)) return;
      this.payloadRanges.push([a, b2]);
    }
    this.counts.set(rule.id, n + 1);
    this.ctx.report(rule, hit);
  }
  incomplete(reason) {
    this.ctx.incomplete(reason);
  }
  /**
   * Inspect bytes that should not carry data. Reports `image.embedded-payload` when the bytes are, or decode to, an
   * executable or code; scans them as text when they are text. Returns what the region is, for the caller's own
   * structure finding.
   */
  inspectRegion(where, offset, bytes, opts = {}) {
    const info = { magic: null, verdict: null, foreign: false };
    if (bytes.length === 0) return info;
    const m2 = detectMagic(bytes);
    if (m2 && m2.kind !== "text" && m2.kind !== "python" && m2.kind !== "empty") info.magic = m2.format;
    const exe = executableAt(bytes, 0);
    if (exe) {
      info.foreign = true;
      this.report(IMAGE_RULES.payload, {
        message: `${where} is a ${exe.toUpperCase()} executable`,
        offset,
        length: bytes.length,
        evidence: { region: where, format: exe, layers: [], preview: defang(bytes.subarray(0, 64)) }
      });
    } else if (m2 && (m2.kind === "archive" || m2.kind === "compressed" || m2.kind === "bytecode")) {
      info.foreign = true;
    }
    if (this.inspections < MAX_INSPECTIONS) {
      this.inspections++;
      let v2 = null;
      try {
        v2 = inspectBlob(bytes.length > MAX_INSPECT_BYTES2 ? bytes.subarray(0, MAX_INSPECT_BYTES2) : bytes, { maxOutput: MAX_INSPECT_BYTES2 });
      } catch {
        v2 = null;
      }
      info.verdict = v2;
      if (v2) {
        if (FOREIGN_KINDS.has(v2.kind)) info.foreign = true;
        if (v2.danger >= 0.5 && !exe) {
          info.foreign = true;
          this.report(IMAGE_RULES.payload, {
            message: `${where} holds ${v2.summary}`,
            strength: v2.danger,
            offset,
            length: bytes.length,
            evidence: { region: where, kind: v2.kind, format: v2.format, layers: v2.layers, size: v2.size, preview: v2.preview }
          });
        }
      }
    } else if (bytes.length >= 16 && !this.budgetReported) {
      this.budgetReported = true;
      this.ctx.incomplete(`image: more than ${MAX_INSPECTIONS} regions to decode; ${where} and later regions were not inspected`);
    }
    if (opts.scanAsText ?? printableRatio2(bytes.subarray(0, 4096)) > 0.9) {
      this.scanTextValue(where, offset, bytesToText(bytes.subarray(0, 4 << 20)), false);
    }
    return info;
  }
  /**
   * Scan one metadata text value: strings finding for the strongest signal, payload findings for encoded
   * executables. `inspect` also hands the text to the shared decoder (for Python/shell source and layered encodings).
   */
  scanTextValue(where, offset, text, inspect = true) {
    if (!text) return;
    const r = scanText(text);
    for (const e of r.executables.slice(0, 4)) {
      this.report(IMAGE_RULES.payload, {
        message: `${where} holds a ${e.encoding}-encoded ${e.format.toUpperCase()} executable`,
        offset: offset + e.offset,
        length: e.length,
        evidence: { region: where, format: e.format, layers: [e.encoding] }
      });
    }
    if (r.signals.length) {
      let best = r.signals[0];
      for (const s3 of r.signals) if (s3.strength > best.strength) best = s3;
      this.report(IMAGE_RULES.metadataText, {
        message: `${where}: ${best.detail}`,
        strength: best.strength,
        offset: offset + best.offset,
        length: best.length,
        evidence: {
          region: where,
          signals: r.signals.slice(0, 8).map((s3) => ({ kind: s3.kind, detail: s3.detail, preview: s3.preview }))
        }
      });
    }
    if (inspect && text.length >= 16) {
      const bytes = new Uint8Array(Buffer.from(text.length > 4 << 20 ? text.slice(0, 4 << 20) : text, "utf8"));
      this.inspectRegion(where, offset, bytes, { scanAsText: false });
    }
  }
  /**
   * Bytes after the end of the image (or after the last valid block). Padding stays quiet; anything else is a
   * structure finding whose strength grows with size and with what the bytes turn out to be.
   */
  trailing(rule, where, offset, bytes, extra = {}) {
    if (isPadding(bytes)) {
      if (bytes.length <= PADDING_QUIET) return;
      this.report(rule, {
        message: `${bytes.length} bytes of padding ${where}`,
        strength: 0.3,
        offset,
        length: bytes.length,
        evidence: { padding: true, ...extra }
      });
      return;
    }
    const info = this.inspectRegion(`data ${where}`, offset, bytes);
    const strength = info.foreign ? 1 : bytes.length < 16 ? 0.35 : bytes.length < 64 ? 0.5 : bytes.length < 4096 ? 0.7 : 0.85;
    const what = info.magic ? ` (${info.magic})` : info.verdict && info.verdict.kind !== "binary" && info.verdict.summary !== "not inspected" ? ` (${info.verdict.summary})` : "";
    this.report(rule, {
      message: `${bytes.length} bytes ${where}${what}`,
      strength,
      offset,
      length: bytes.length,
      evidence: {
        appendedFormat: info.magic,
        decoded: info.verdict ? { kind: info.verdict.kind, format: info.verdict.format, layers: info.verdict.layers, summary: info.verdict.summary } : null,
        preview: defang(bytes.subarray(0, 64)),
        ...extra
      }
    });
  }
};
var PADDING_QUIET = 4096;
function isPadding(b2) {
  if (b2.length === 0) return true;
  const f2 = b2[0];
  if (f2 === 0 || f2 === 255) {
    for (let i = 1; i < b2.length; i++) if (b2[i] !== f2) return false;
    return true;
  }
  for (let i = 0; i < b2.length; i++) {
    const c = b2[i];
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0) return false;
  }
  return true;
}

// src/analyzers/image-exif.ts
var MAX_IFDS = 16;
var MAX_ENTRIES = 1024;
var MAX_TEXT_BYTES = 1 << 20;
var TYPE_SIZE = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
var SUB_IFD_TAGS = /* @__PURE__ */ new Set([34665, 34853, 40965]);
var USER_COMMENT = 37510;
var XP_TAGS = /* @__PURE__ */ new Set([40091, 40092, 40093, 40094, 40095]);
function exifTexts(d, base = 0) {
  const out = [];
  if (base + 8 > d.length) return out;
  const le2 = d[base] === 73 && d[base + 1] === 73;
  const be2 = d[base] === 77 && d[base + 1] === 77;
  if (!le2 && !be2) return out;
  const u162 = (o) => o + 2 > d.length ? 0 : le2 ? d[o] | d[o + 1] << 8 : d[o] << 8 | d[o + 1];
  const u322 = (o) => o + 4 > d.length ? 0 : (le2 ? d[o] | d[o + 1] << 8 | d[o + 2] << 16 | d[o + 3] << 24 : d[o] << 24 | d[o + 1] << 16 | d[o + 2] << 8 | d[o + 3]) >>> 0;
  if (u162(base + 2) !== 42) return out;
  const queue = [u322(base + 4)];
  const seen = /* @__PURE__ */ new Set();
  let textBytes = 0;
  let entries = 0;
  while (queue.length && seen.size < MAX_IFDS) {
    const ifd = queue.shift();
    if (ifd === 0 || seen.has(ifd)) continue;
    seen.add(ifd);
    const p2 = base + ifd;
    if (p2 + 2 > d.length) continue;
    const n = u162(p2);
    for (let i = 0; i < n && entries < MAX_ENTRIES; i++, entries++) {
      const e = p2 + 2 + i * 12;
      if (e + 12 > d.length) break;
      const tag = u162(e);
      const type = u162(e + 2);
      const count = u322(e + 4);
      if (SUB_IFD_TAGS.has(tag)) {
        queue.push(u322(e + 8));
        continue;
      }
      const isText = type === 2 || tag === USER_COMMENT && type === 7 || XP_TAGS.has(tag) && type === 1;
      if (!isText) continue;
      const size = (TYPE_SIZE[type] ?? 1) * count;
      if (size === 0 || textBytes >= MAX_TEXT_BYTES) continue;
      const vo = size <= 4 ? e + 8 : base + u322(e + 8);
      if (vo >= d.length) continue;
      const len = Math.min(size, d.length - vo, MAX_TEXT_BYTES - textBytes);
      textBytes += len;
      let bytes = d.subarray(vo, vo + len);
      let text;
      if (XP_TAGS.has(tag)) text = Buffer.from(bytes).toString("utf16le");
      else {
        if (tag === USER_COMMENT) {
          const code = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
          bytes = bytes.subarray(8);
          if (code.startsWith("UNICODE")) {
            const u2 = Buffer.from(bytes.subarray(0, bytes.length & ~1));
            text = (le2 ? u2 : u2.swap16()).toString("utf16le");
            out.push({ tag, offset: vo, text: trimTrailingNul(text) });
            continue;
          }
        }
        text = Buffer.from(bytes).toString("latin1");
      }
      text = trimTrailingNul(text);
      if (text.trim()) out.push({ tag, offset: vo, text });
    }
    const next = p2 + 2 + n * 12;
    if (next + 4 <= d.length) queue.push(u322(next));
  }
  return out;
}

// src/analyzers/image.ts
var FORMATS = /* @__PURE__ */ new Set(["png", "jpeg", "gif", "bmp"]);
var MAX_TEXT_INFLATE = 8 << 20;
var latin13 = (b2) => Buffer.from(b2).toString("latin1");
var KNOWN_CHUNKS = /* @__PURE__ */ new Set([
  "IHDR",
  "PLTE",
  "IDAT",
  "IEND",
  "tRNS",
  "cHRM",
  "gAMA",
  "iCCP",
  "sBIT",
  "sRGB",
  "cICP",
  "mDCV",
  "cLLI",
  "mDCv",
  "cLLi",
  "tEXt",
  "zTXt",
  "iTXt",
  "bKGD",
  "hIST",
  "pHYs",
  "sPLT",
  "eXIf",
  "tIME",
  "acTL",
  "fcTL",
  "fdAT",
  "oFFs",
  "pCAL",
  "sCAL",
  "sTER",
  "gIFg",
  "gIFx",
  "gIFt",
  "fRAc",
  "dSIG",
  "CgBI",
  "iDOT",
  "npTc",
  "npLb",
  "npOl",
  "vpAg",
  "caNv",
  "orNT",
  "mkBF",
  "mkTS",
  "mkBS",
  "mkBT",
  "prVW"
]);
var MAX_CHUNK_DATA = {
  IHDR: 13,
  gAMA: 4,
  cHRM: 32,
  sRGB: 1,
  pHYs: 9,
  tIME: 7,
  bKGD: 6,
  sBIT: 4,
  oFFs: 9,
  cICP: 4,
  acTL: 8,
  fcTL: 26,
  tRNS: 256,
  PLTE: 768,
  hIST: 512,
  sCAL: 1024,
  pCAL: 4096,
  sTER: 1,
  mDCV: 24,
  mDCv: 24,
  cLLI: 8,
  cLLi: 8,
  iDOT: 64,
  vpAg: 9,
  caNv: 16,
  orNT: 1,
  gIFg: 4,
  npTc: 4096,
  npLb: 64,
  npOl: 64,
  IEND: 0
};
var MAX_METADATA = 1 << 20;
function inflateLimited(b2) {
  try {
    const out = inflateSync3(b2, { maxOutputLength: MAX_TEXT_INFLATE, finishFlush: zc2.Z_SYNC_FLUSH });
    return { data: new Uint8Array(out.buffer, out.byteOffset, out.length), overflow: false };
  } catch (e) {
    return { data: null, overflow: isOutputLimitError(e) };
  }
}
function pngText(type, data) {
  const nul = data.indexOf(0);
  const kwEnd = nul < 0 ? Math.min(data.length, 80) : nul;
  const keyword = latin13(data.subarray(0, Math.min(kwEnd, 80)));
  if (nul < 0) return { keyword, text: latin13(data), overflow: false, rawOffset: 0 };
  if (type === "tEXt") return { keyword, text: latin13(data.subarray(nul + 1)), overflow: false, rawOffset: nul + 1 };
  if (type === "zTXt") {
    const r = inflateLimited(data.subarray(nul + 2));
    return { keyword, text: r.data ? latin13(r.data) : null, overflow: r.overflow, rawOffset: nul + 2 };
  }
  const flag = data[nul + 1];
  let p2 = nul + 3;
  const lang = data.indexOf(0, p2);
  if (lang < 0) return { keyword, text: null, overflow: false, rawOffset: p2 };
  const tr2 = data.indexOf(0, lang + 1);
  if (tr2 < 0) return { keyword, text: null, overflow: false, rawOffset: lang + 1 };
  p2 = tr2 + 1;
  if (flag === 1) {
    const r = inflateLimited(data.subarray(p2));
    return { keyword, text: r.data ? bytesToText(r.data) : null, overflow: r.overflow, rawOffset: p2 };
  }
  return { keyword, text: bytesToText(data.subarray(p2)), overflow: false, rawOffset: p2 };
}
function analyzePng(d, rep) {
  const s3 = parsePng(d);
  if (!s3.signature) return;
  if (s3.capped) rep.incomplete(`PNG has more than the chunk cap; the rest of the file was not analysed`);
  const seen = /* @__PURE__ */ new Set();
  for (const a of s3.anomalies) {
    if (seen.has(a.code)) continue;
    seen.add(a.code);
    if (a.code === "bad-type" || a.code === "no-idat") continue;
    rep.report(IMAGE_RULES.pngMalformed, { message: `PNG: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  for (const c of s3.chunks) checkPngChunk(d, c, s3.idatBytes, rep);
  if (s3.trailing) {
    rep.trailing(IMAGE_RULES.pngTrailing, "after the PNG IEND chunk", s3.trailing.offset, d.subarray(s3.trailing.offset), { iend: s3.iendOffset });
  } else {
    const stray = strayFrom(s3, d.length);
    if (stray) rep.trailing(IMAGE_RULES.pngTrailing, "after the last valid PNG chunk", stray.offset, d.subarray(stray.offset), { noIend: true });
  }
}
function checkPngChunk(d, c, idatBytes, rep) {
  const data = d.subarray(c.dataOffset, c.dataOffset + c.dataLength);
  const where = `PNG ${c.type} chunk at ${c.offset}`;
  const known = KNOWN_CHUNKS.has(c.type);
  if (c.type === "tEXt" || c.type === "zTXt" || c.type === "iTXt") {
    const t2 = pngText(c.type, data);
    if (t2.overflow) {
      rep.report(IMAGE_RULES.pngOversized, {
        message: `${where} (${t2.keyword}) inflates to more than ${MAX_TEXT_INFLATE} bytes`,
        offset: c.offset,
        length: c.end - c.offset,
        evidence: { chunk: c.type, keyword: t2.keyword, inflateLimit: MAX_TEXT_INFLATE }
      });
    }
    if (t2.text !== null) rep.scanTextValue(`${where} "${t2.keyword}"`, c.dataOffset + t2.rawOffset, `${t2.keyword}: ${t2.text}`);
    else if (!t2.overflow) rep.inspectRegion(`${where} (undecodable text)`, c.dataOffset, data);
  } else if (c.type === "eXIf") {
    for (const e of exifTexts(data).slice(0, 256)) rep.scanTextValue(`${where} EXIF tag 0x${e.tag.toString(16)}`, c.dataOffset + e.offset, e.text);
  }
  const max = MAX_CHUNK_DATA[c.type];
  if (max !== void 0 && c.declaredLength > max) {
    rep.report(IMAGE_RULES.pngOversized, {
      message: `${where} holds ${c.declaredLength} bytes; its type never needs more than ${max}`,
      offset: c.offset,
      length: c.end - c.offset,
      evidence: { chunk: c.type, declared: c.declaredLength, max }
    });
    if (c.dataLength > max) rep.inspectRegion(`excess bytes of ${where}`, c.dataOffset + max, data.subarray(max));
  } else if (known && c.type !== "IDAT" && c.type !== "fdAT" && c.dataLength > MAX_METADATA) {
    rep.report(IMAGE_RULES.pngOversized, {
      message: `${where} holds ${c.dataLength} bytes of metadata`,
      strength: 0.75,
      offset: c.offset,
      length: c.end - c.offset,
      evidence: { chunk: c.type, size: c.dataLength }
    });
  }
  if (!known) {
    const critical = isCritical(c.type);
    if (critical || c.dataLength >= 256) {
      const strength = critical ? Math.max(0.5, c.dataLength >= 4096 ? 1 : 0.5) : c.dataLength >= 65536 || c.dataLength >= 4096 && c.dataLength > idatBytes ? 1 : c.dataLength >= 4096 ? 0.75 : 0.5;
      rep.report(IMAGE_RULES.pngUnknownChunk, {
        message: `${where}: ${critical ? "unknown critical" : "unregistered"} chunk with ${c.dataLength} bytes`,
        strength,
        offset: c.offset,
        length: c.end - c.offset,
        evidence: { chunk: c.type, size: c.dataLength, critical, idatBytes }
      });
    }
    if (c.dataLength >= 16) rep.inspectRegion(where, c.dataOffset, data);
  }
}
var KNOWN_APP = /* @__PURE__ */ new Set([
  "JFIF",
  "JFXX",
  "AVI1",
  "Exif",
  "http://ns.adobe.com/xap/1.0/",
  "http://ns.adobe.com/xmp/extension/",
  "XMP",
  "ICC_PROFILE",
  "MPF",
  "FPXR",
  "Photoshop 3.0",
  "Adobe",
  "Ducky",
  "PictureInfo",
  "Meta",
  "META",
  "FLIR",
  "Ocad",
  "QVCI",
  "SCALADO",
  "HPQ-Capture",
  "AROT",
  "GoPro",
  "Qualcomm Camera Attributes",
  "MOTO",
  "PIM",
  "H3X0",
  "ssuniqueid",
  "urn:iso:std:iso:ts:21496:-1",
  "HDR_RI"
]);
var APP_QUIET = 2048;
function analyzeJpeg(d, rep) {
  const s3 = parseJpeg(d);
  if (!s3.signature) return;
  if (s3.capped) rep.incomplete("JPEG has more segments than the cap; the rest of the file was not analysed");
  const seen = /* @__PURE__ */ new Set();
  for (const a of s3.anomalies) {
    if (a.code === "stray-bytes" || seen.has(a.code)) continue;
    seen.add(a.code);
    rep.report(IMAGE_RULES.jpegMalformed, { message: `JPEG: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  for (const img of [s3.main, ...s3.appended]) checkJpegImage(d, img, rep);
  if (s3.trailing) {
    const t2 = d.subarray(s3.trailing.offset);
    const camera = cameraTrailer(t2);
    if (camera) {
      rep.inspectRegion(`${camera} after the JPEG EOI`, s3.trailing.offset, t2, { scanAsText: false });
    } else {
      rep.trailing(IMAGE_RULES.jpegTrailing, "after the JPEG EOI marker", s3.trailing.offset, t2, { appendedImages: s3.appended.length });
    }
  }
}
function cameraTrailer(t2) {
  if (t2.length >= 12 && latin13(t2.subarray(4, 8)) === "ftyp") return "motion-photo video";
  if (t2.length >= 8 && latin13(t2.subarray(t2.length - 4)) === "SEFT") return "Samsung SEF trailer";
  return null;
}
function checkJpegImage(d, img, rep) {
  for (const st2 of img.stray) {
    const bytes = d.subarray(st2.offset, st2.offset + st2.length);
    if (isPadding(bytes) && bytes.length <= 64) continue;
    const info = rep.inspectRegion(`stray bytes between JPEG segments at ${st2.offset}`, st2.offset, bytes);
    rep.report(IMAGE_RULES.jpegStray, {
      message: `${st2.length} bytes between JPEG segments at ${st2.offset} belong to no segment`,
      strength: info.foreign ? 1 : st2.length <= 16 ? 0.4 : st2.length < 1024 ? 0.7 : 1,
      offset: st2.offset,
      length: st2.length,
      evidence: { appendedFormat: info.magic }
    });
  }
  for (const seg of img.segments) {
    const m2 = seg.marker;
    const data = d.subarray(seg.dataOffset, seg.dataOffset + seg.dataLength);
    const where = `JPEG ${markerName(m2)}${seg.ident ? ` "${seg.ident}"` : ""} segment at ${seg.offset}`;
    if (m2 >= 224 && m2 <= 239) {
      if (seg.ident === "Exif") {
        for (const e of exifTexts(data, 6).slice(0, 256)) rep.scanTextValue(`${where} EXIF tag 0x${e.tag.toString(16)}`, seg.dataOffset + e.offset, e.text);
      } else if (seg.ident === "http://ns.adobe.com/xap/1.0/" || seg.ident === "XMP") {
        const start = seg.ident.length + 1;
        rep.scanTextValue(`${where} (XMP)`, seg.dataOffset + start, bytesToText(data.subarray(start)), false);
      } else if (seg.ident === "http://ns.adobe.com/xmp/extension/") {
        const start = seg.ident.length + 1 + 32 + 8;
        rep.scanTextValue(`${where} (extended XMP)`, seg.dataOffset + start, bytesToText(data.subarray(start)), false);
      } else if (!KNOWN_APP.has(seg.ident)) {
        if (seg.dataLength >= APP_QUIET) {
          rep.report(IMAGE_RULES.jpegUnknownSegment, {
            message: `${where}: unknown application segment with ${seg.dataLength} bytes`,
            strength: seg.dataLength >= 16384 ? 1 : 0.5,
            offset: seg.offset,
            length: seg.dataLength + 4,
            evidence: { marker: markerName(m2), ident: seg.ident, size: seg.dataLength }
          });
        }
        if (seg.dataLength >= 16) rep.inspectRegion(where, seg.dataOffset, data);
      }
    } else if (m2 === 254) {
      const textual = printableRatio2(data) > 0.9;
      if (textual) rep.scanTextValue(where, seg.dataOffset, bytesToText(data));
      else {
        if (seg.dataLength >= 256) {
          rep.report(IMAGE_RULES.jpegUnknownSegment, {
            message: `${where}: binary comment with ${seg.dataLength} bytes`,
            strength: seg.dataLength >= 16384 ? 1 : 0.5,
            offset: seg.offset,
            length: seg.dataLength + 4,
            evidence: { marker: "COM", size: seg.dataLength }
          });
        }
        if (seg.dataLength >= 16) rep.inspectRegion(where, seg.dataOffset, data);
      }
    } else if (m2 >= 2 && m2 <= 191 || m2 >= 240 && m2 <= 253) {
      if (seg.dataLength >= 256) {
        rep.report(IMAGE_RULES.jpegUnknownSegment, {
          message: `${where}: reserved marker segment with ${seg.dataLength} bytes`,
          strength: seg.dataLength >= 16384 ? 1 : 0.5,
          offset: seg.offset,
          length: seg.dataLength + 4,
          evidence: { marker: markerName(m2), size: seg.dataLength }
        });
      }
      if (seg.dataLength >= 16) rep.inspectRegion(where, seg.dataOffset, data);
    }
  }
}
var SMALL_APP_EXT = /* @__PURE__ */ new Set(["NETSCAPE2.0", "ANIMEXTS1.0"]);
var METADATA_APP_EXT = /* @__PURE__ */ new Set(["XMP DataXMP", "ICCRGBG1012", "MGK8BIM0000", "MGKIPTC0000"]);
function analyzeGif(d, rep) {
  const s3 = parseGif(d);
  if (!s3.signature) return;
  if (s3.capped) rep.incomplete("GIF has more blocks than the cap; the rest of the file was not analysed");
  const seen = /* @__PURE__ */ new Set();
  for (const a of s3.anomalies) {
    if (a.code === "bad-block" || seen.has(a.code)) continue;
    seen.add(a.code);
    rep.report(IMAGE_RULES.gifMalformed, { message: `GIF: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  for (const x of s3.extensions) {
    const where = `GIF ${x.label === 254 ? "comment" : x.label === 255 ? `application extension "${x.appId}"` : x.label === 1 ? "plain-text" : x.label === 249 ? "graphic-control" : `0x${x.label.toString(16)}`} extension at ${x.offset}`;
    const payloadStart = x.label === 255 && x.appId ? x.chain.offset + 12 : x.chain.offset;
    if (x.label === 255 && x.appId === "XMP DataXMP") {
      const end = Math.max(payloadStart, x.chain.offset + x.chain.length - 258);
      rep.scanTextValue(`${where} (XMP)`, payloadStart, bytesToText(d.subarray(payloadStart, end)), false);
      continue;
    }
    if (x.label === 255 && METADATA_APP_EXT.has(x.appId)) continue;
    const data = readSubBlocks(d, payloadStart, 16 << 20);
    const textual = data.length > 0 && printableRatio2(data) > 0.9;
    let suspicious;
    if (x.label === 249) suspicious = x.dataBytes > 16;
    else if (x.label === 255 && SMALL_APP_EXT.has(x.appId)) suspicious = x.dataBytes > 64;
    else if (x.label === 254 || x.label === 1) suspicious = !textual && x.dataBytes >= 256;
    else suspicious = x.dataBytes >= 256;
    if (textual && (x.label === 254 || x.label === 1)) rep.scanTextValue(where, payloadStart, bytesToText(data));
    else if (data.length >= 16) rep.inspectRegion(where, payloadStart, data);
    if (suspicious) {
      rep.report(IMAGE_RULES.gifExtension, {
        message: `${where} carries ${x.dataBytes} bytes${textual ? "" : " of binary data"}`,
        strength: x.dataBytes >= 16384 ? 1 : 0.5,
        offset: x.offset,
        length: x.chain.length + 2,
        evidence: { label: x.label, appId: x.appId, size: x.dataBytes }
      });
    }
  }
  if (s3.trailing) {
    const where = s3.trailerOffset >= 0 ? "after the GIF trailer" : "after the last valid GIF block";
    rep.trailing(IMAGE_RULES.gifTrailing, where, s3.trailing.offset, d.subarray(s3.trailing.offset), { trailer: s3.trailerOffset });
  }
}
function analyzeBmp(d, rep) {
  const s3 = parseBmp(d);
  if (!s3.signature || !s3.info) return;
  for (const a of s3.anomalies) {
    rep.report(IMAGE_RULES.bmpMalformed, { message: `BMP: ${a.message}`, offset: a.offset, length: a.length, evidence: { problem: a.code } });
  }
  if (s3.gap) {
    let gap = d.subarray(s3.gap.offset, s3.gap.offset + s3.gap.length);
    const p2 = s3.profile;
    let nonZero = 0;
    for (let i = 0; i < gap.length; i++) {
      const off = s3.gap.offset + i;
      if (p2 && off >= p2.offset && off < p2.offset + p2.length) continue;
      if (gap[i] !== 0) nonZero++;
    }
    if (p2 && p2.offset <= s3.gap.offset && p2.offset + p2.length >= s3.gap.offset + s3.gap.length) nonZero = 0;
    if (nonZero > 0) {
      if (p2 && p2.offset > s3.gap.offset && p2.offset < s3.gap.offset + s3.gap.length) gap = gap.subarray(0, p2.offset - s3.gap.offset);
      const info = rep.inspectRegion(`gap before the BMP pixel array`, s3.gap.offset, gap);
      rep.report(IMAGE_RULES.bmpGap, {
        message: `${s3.gap.length} bytes between the BMP headers and the pixel array hold ${nonZero} non-zero bytes`,
        strength: info.foreign ? 1 : nonZero <= 16 ? 0.3 : nonZero < 1024 ? 0.7 : 0.85,
        offset: s3.gap.offset,
        length: s3.gap.length,
        evidence: { nonZero, pixelOffset: s3.pixelOffset, appendedFormat: info.magic }
      });
    }
  }
  if (s3.trailing) {
    rep.trailing(IMAGE_RULES.bmpTrailing, "after the BMP pixel array", s3.trailing.offset, d.subarray(s3.trailing.offset), {
      pixelOffset: s3.pixelOffset,
      pixelBytes: s3.pixelBytesExpected
    });
  }
}
var imageAnalyzer = {
  name: "image",
  description: "PNG/JPEG/GIF/BMP structure: data after the end marker, stray or unknown blocks, metadata text, embedded payloads",
  rules: Object.values(IMAGE_RULES),
  applies: (file) => FORMATS.has(file.type.format),
  analyze(file, ctx) {
    const rep = new ImageReporter(file, ctx);
    const d = file.data;
    switch (file.type.format) {
      case "png":
        analyzePng(d, rep);
        break;
      case "jpeg":
        analyzeJpeg(d, rep);
        break;
      case "gif":
        analyzeGif(d, rep);
        break;
      case "bmp":
        analyzeBmp(d, rep);
        break;
    }
  }
};

// src/archive/rules.ts
var ARCHIVE_RULES = defineRules({
  traversal: { id: "archive.path-traversal", category: "archive", weight: 6, description: "A member name climbs out of the extraction folder with `..`." },
  absolute: { id: "archive.absolute-path", category: "archive", weight: 5, description: "A member name is an absolute path or carries a drive letter." },
  linkOut: { id: "archive.link-outside", category: "archive", weight: 6, description: "A symbolic or hard link points outside the archive tree." },
  device: { id: "archive.device-entry", category: "archive", weight: 5, description: "A tar member is a device node or FIFO." },
  duplicate: { id: "archive.duplicate-name", category: "archive", weight: 4, description: "Two members share one name with different content: what is installed is not what a reviewer sees." },
  bomb: { id: "archive.bomb", category: "archive", weight: 5, description: "A size, count or ratio limit was exceeded; the rest was not unpacked." },
  depth: { id: "archive.nesting-too-deep", category: "archive", weight: 2, description: "Archives nested deeper than the depth limit; the innermost were not opened." },
  corrupt: { id: "archive.corrupt", category: "archive", weight: 3, description: "An archive or member could not be read: truncated, inconsistent or malformed." },
  unsupported: { id: "archive.unsupported-member", category: "archive", weight: 4, description: "A member is encrypted or uses a compression method the scanner cannot read." },
  headerMismatch: { id: "archive.header-mismatch", category: "archive", weight: 4, description: "A zip local header disagrees with the central directory (name or sizes)." },
  prefix: { id: "archive.prepended-data", category: "archive", weight: 3, description: "Bytes before the first zip member or between members that no entry covers." },
  recordAbsent: { id: "wheel.record-absent", category: "archive", weight: 2, description: "A wheel without a `.dist-info/RECORD` file." },
  recordUnlisted: { id: "wheel.record-unlisted", category: "archive", weight: 3, description: "A wheel member is not listed in RECORD." },
  recordMismatch: { id: "wheel.record-mismatch", category: "archive", weight: 5, description: "A wheel member's hash or size differs from its RECORD line." },
  recordMissing: { id: "wheel.record-missing-member", category: "archive", weight: 1, description: "RECORD lists a file the wheel does not contain." }
});

// src/analyzers/index.ts
var ANALYZERS = [
  filetypeAnalyzer,
  entropyAnalyzer,
  stringsAnalyzer,
  pthAnalyzer,
  riffAnalyzer,
  mp3Analyzer,
  flacAnalyzer,
  oggAnalyzer,
  imageAnalyzer
];
function allRules() {
  const m2 = /* @__PURE__ */ new Map();
  for (const r of Object.values(ARCHIVE_RULES)) m2.set(r.id, r);
  for (const a of ANALYZERS) for (const r of a.rules) {
    if (m2.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    m2.set(r.id, r);
  }
  return m2;
}

// src/archive/index.ts
import { createHash as createHash2 } from "node:crypto";

// src/archive/zip.ts
import zlib4 from "node:zlib";
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD64 = 101075792;
var SIG_EOCD64_LOC = 117853008;
var ZipFormatError = class extends Error {
};
function u16(d, o) {
  return d[o] | d[o + 1] << 8;
}
function u32(d, o) {
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16 | d[o + 3] << 24) >>> 0;
}
function u64(d, o) {
  return u32(d, o) + u32(d, o + 4) * 4294967296;
}
var utf8 = new TextDecoder("utf-8", { fatal: false });
function decodeName(raw, flags) {
  if (flags & 2048) return utf8.decode(raw);
  return Buffer.from(raw).toString("latin1");
}
var findEOCD = findZipEOCD;
function findEOCD64(d, eocd, problems) {
  if (eocd < 20 || u32(d, eocd - 20) !== SIG_EOCD64_LOC) return null;
  const read2 = (at2) => at2 >= 0 && at2 + 56 <= d.length && u32(d, at2) === SIG_EOCD64 ? { at: at2, count: u64(d, at2 + 32), cdSize: u64(d, at2 + 40), cdOffset: u64(d, at2 + 48) } : null;
  const fixed = read2(eocd - 20 - 56);
  const pointed = read2(u64(d, eocd - 20 + 8));
  if (fixed && pointed && pointed.at !== fixed.at && (pointed.count !== fixed.count || pointed.cdSize !== fixed.cdSize || pointed.cdOffset !== fixed.cdOffset)) {
    problems.push("two different zip64 end-of-central-directory records: zip readers disagree on the directory");
  }
  const r = fixed ?? pointed;
  if (!r) problems.push("zip64 locator points at no zip64 record");
  return r;
}
function readZipDirectory(d, maxEntries) {
  const problems = [];
  const warnings = [];
  const eocd = findEOCD(d);
  if (eocd < 0) throw new ZipFormatError("no end-of-central-directory record");
  let count = u16(d, eocd + 10);
  let cdSize = u32(d, eocd + 12);
  let cdOffset = u32(d, eocd + 16);
  const commentLen = u16(d, eocd + 20);
  const comment = d.subarray(eocd + 22, Math.min(d.length, eocd + 22 + commentLen));
  const trailingBytes = Math.max(0, d.length - (eocd + 22 + commentLen));
  if (eocd + 22 + commentLen > d.length) warnings.push("the archive comment runs past the end of the file");
  const z64 = findEOCD64(d, eocd, problems);
  if (z64) {
    count = z64.count;
    cdSize = z64.cdSize;
    cdOffset = z64.cdOffset;
  }
  const expectedCdEnd = cdOffset + cdSize;
  const realCdEnd = z64 ? z64.at : eocd;
  let shift = 0;
  if (realCdEnd !== expectedCdEnd) {
    shift = realCdEnd - expectedCdEnd;
    if (shift < 0 || cdOffset + shift < 0) throw new ZipFormatError("central directory size/offset point outside the file");
    problems.push(`central directory is ${shift} bytes later than declared: data was prepended to the archive`);
  }
  const cdStart = cdOffset + shift;
  const cdEnd = cdStart + cdSize;
  if (cdStart > d.length) throw new ZipFormatError("central directory offset is past the end of the file");
  const entries = [];
  let p2 = cdStart;
  while ((p2 < cdEnd || entries.length < count) && p2 + 46 <= d.length && u32(d, p2) === SIG_CENTRAL) {
    if (entries.length >= maxEntries) {
      problems.push(`archive holds more than ${maxEntries} entries; only ${maxEntries} were read (member limit)`);
      break;
    }
    const madeBy = u16(d, p2 + 4);
    const flags = u16(d, p2 + 8);
    const method = u16(d, p2 + 10);
    const crc = u32(d, p2 + 16);
    let compressedSize = u32(d, p2 + 20);
    let size = u32(d, p2 + 24);
    const nameLen = u16(d, p2 + 28);
    const extraLen = u16(d, p2 + 30);
    const commentLen2 = u16(d, p2 + 32);
    const extAttr = u32(d, p2 + 38);
    let localOffset = u32(d, p2 + 42);
    const nameEnd = p2 + 46 + nameLen;
    if (nameEnd + extraLen + commentLen2 > d.length) {
      problems.push(`central directory entry ${entries.length} runs past the end of the file`);
      break;
    }
    const rawName = d.subarray(p2 + 46, nameEnd);
    let e = nameEnd;
    const extraEnd = nameEnd + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(d, e);
      const len = u16(d, e + 2);
      if (id === 1) {
        let q2 = e + 4;
        const qEnd = Math.min(e + 4 + len, extraEnd);
        if (size === 4294967295 && q2 + 8 <= qEnd) {
          size = u64(d, q2);
          q2 += 8;
        }
        if (compressedSize === 4294967295 && q2 + 8 <= qEnd) {
          compressedSize = u64(d, q2);
          q2 += 8;
        }
        if (localOffset === 4294967295 && q2 + 8 <= qEnd) {
          localOffset = u64(d, q2);
          q2 += 8;
        }
      }
      e += 4 + len;
    }
    const name = decodeName(rawName, flags);
    const unixMode = madeBy >> 8 === 3 ? extAttr >>> 16 : 0;
    const entry = { name, method, flags, crc, compressedSize, size, localOffset: localOffset + shift, unixMode, dataOffset: -1, problems: [] };
    checkLocalHeader(d, entry, rawName);
    entries.push(entry);
    p2 = extraEnd + commentLen2;
  }
  const limited = problems.some((x) => /member limit/.test(x));
  if (!limited && entries.length < count) problems.push(`central directory declares ${count} entries but only ${entries.length} could be read`);
  else if (entries.length > count) warnings.push(`central directory holds ${entries.length} entries but the end record declares ${count}: readers that trust the count miss some`);
  const spans = entries.filter((x) => x.dataOffset >= 0).map((x) => [x.localOffset, x.dataOffset + x.compressedSize + dataDescriptorLength(d, x)]).sort((a, b2) => a[0] - b2[0]);
  const gaps = [];
  let cursor = spans.length ? Math.min(spans[0][0], cdStart) : cdStart;
  const prefixBytes = cursor;
  let overlapping = 0;
  for (const [s3, end] of spans) {
    if (s3 > cursor) gaps.push({ offset: cursor, length: s3 - cursor });
    else if (s3 < cursor) overlapping++;
    cursor = Math.max(cursor, end);
  }
  if (cdStart > cursor) gaps.push({ offset: cursor, length: cdStart - cursor });
  return { entries, eocd, cdOffset: cdStart, prefixBytes, gaps, overlapping, trailingBytes, comment, problems, warnings };
}
function dataDescriptorLength(d, e) {
  if (!(e.flags & 8)) return 0;
  const p2 = e.dataOffset + e.compressedSize;
  const sig = p2 + 4 <= d.length && u32(d, p2) === 134695760 ? 4 : 0;
  const z64 = e.size >= 4294967295 || e.compressedSize >= 4294967295;
  const [first, second] = z64 ? [20, 12] : [12, 20];
  const nextRecord = (n) => p2 + sig + n + 4 <= d.length && d[p2 + sig + n] === 80 && d[p2 + sig + n + 1] === 75;
  const body = nextRecord(first) ? first : nextRecord(second) ? second : first;
  return Math.min(sig + body, Math.max(0, d.length - p2));
}
function checkLocalHeader(d, e, rawName) {
  const p2 = e.localOffset;
  if (p2 < 0 || p2 + 30 > d.length || u32(d, p2) !== SIG_LOCAL) {
    e.problems.push("local header missing at the offset the central directory gives");
    return;
  }
  const lFlags = u16(d, p2 + 6);
  const lMethod = u16(d, p2 + 8);
  const lCsize = u32(d, p2 + 18);
  const lSize = u32(d, p2 + 22);
  const nameLen = u16(d, p2 + 26);
  const extraLen = u16(d, p2 + 28);
  const lName = d.subarray(p2 + 30, Math.min(d.length, p2 + 30 + nameLen));
  if (lMethod !== e.method) e.problems.push(`compression method ${lMethod} in the local header, ${e.method} in the central directory`);
  if (!Buffer.from(lName).equals(Buffer.from(rawName))) {
    e.problems.push(`local header names it "${decodeName(lName, lFlags).slice(0, 200)}"`);
  }
  if (!(lFlags & 8) && lCsize !== 4294967295 && e.compressedSize < 4294967295 && (lCsize !== e.compressedSize || lSize !== e.size)) {
    e.problems.push(`sizes ${lCsize}/${lSize} in the local header, ${e.compressedSize}/${e.size} in the central directory`);
  }
  e.dataOffset = p2 + 30 + nameLen + extraLen;
  if (e.dataOffset + e.compressedSize > d.length) {
    e.problems.push("compressed data runs past the end of the file");
  }
}
function extractZipEntry(d, e, maxOut) {
  if (e.flags & 1) return { ok: false, kind: "unsupported", reason: "member is encrypted" };
  if (e.dataOffset < 0) return { ok: false, kind: "corrupt", reason: "local header unreadable" };
  if (e.dataOffset + e.compressedSize > d.length) return { ok: false, kind: "corrupt", reason: "compressed data runs past the end of the file" };
  const comp = d.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  let out;
  try {
    switch (e.method) {
      case 0:
        if (comp.length > maxOut) return { ok: false, kind: "too-large", reason: `stored member of ${comp.length} bytes exceeds the limit` };
        out = comp;
        break;
      case 8:
        out = zlib4.inflateRawSync(comp, { maxOutputLength: Math.max(1, maxOut) });
        break;
      case 12: {
        const r = bunzip2(comp, maxOut);
        if (!r.ok) return r.tooLarge ? { ok: false, kind: "too-large", reason: r.reason } : { ok: false, kind: "corrupt", reason: r.reason };
        out = r.data;
        break;
      }
      default:
        return { ok: false, kind: "unsupported", reason: `compression method ${e.method} is not supported by the scanner` };
    }
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (isOutputLimitError(err)) {
      return { ok: false, kind: "too-large", reason: `member inflates past ${maxOut} bytes` };
    }
    return { ok: false, kind: "corrupt", reason: `cannot inflate: ${msg}` };
  }
  const crcOk = zlib4.crc32(out) >>> 0 === e.crc;
  return { ok: true, data: out, sizeMismatch: out.length !== e.size, crcOk };
}

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R2 from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t2) => {
  for (var e in t2) zr(s3, e, { get: t2[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t2, e, i) {
    this.src = t2, this.dest = e, this.opts = i, this.ondrain = () => t2[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t2) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t2, e, i) {
    super(t2, e, i), this.proxyErrors = (r) => this.dest.emit("error", r), t2.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t2) {
    let e = t2[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i } = e;
    i && (this[Jt] = i, i.aborted ? this[xi]() : i.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t2) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t2) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t2) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t2) {
    this[Z] = this[Z] || !!t2;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t2) {
  }
  write(t2, e, i) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t2)) {
      if ($r(t2)) t2 = Buffer.from(t2.buffer, t2.byteOffset, t2.byteLength);
      else if (Vr(t2)) t2 = Buffer.from(t2);
      else if (typeof t2 != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t2) : this[bi](t2), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : t2.length ? (typeof t2 == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t2 = Buffer.from(t2, e)), Buffer.isBuffer(t2) && this[z] && (t2 = this[Mt].write(t2)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t2) : this[bi](t2), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : (this[_] !== 0 && this.emit("readable"), i && r(i), this[g]);
  }
  read(t2) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t2 === 0 || t2 && t2 > this[_]) return this[J](), null;
    this[L] && (t2 = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t2 || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t2, e) {
    if (this[L]) this[Ie]();
    else {
      let i = e;
      t2 === i.length || t2 === null ? this[Ie]() : typeof i == "string" ? (this[b][0] = i.slice(t2), e = i.slice(0, t2), this[_] -= t2) : (this[b][0] = i.subarray(t2), e = i.subarray(0, t2), this[_] -= t2);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, t2 = void 0), typeof e == "function" && (i = e, e = "utf8"), t2 !== void 0 && this.write(t2, e), i && this.once("end", i), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t2) {
    this[L] ? this[_] += 1 : this[_] += t2.length, this[b].push(t2);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t2 = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t2 && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t2) {
    return this.emit("data", t2), this[g];
  }
  pipe(t2, e) {
    if (this[S]) return t2;
    this[C] = false;
    let i = this[nt];
    return e = e || {}, t2 === Ds.stdout || t2 === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i ? e.end && t2.end() : (this[N].push(e.proxyErrors ? new Li(this, t2, e) : new Fe(this, t2, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t2;
  }
  unpipe(t2) {
    let e = this[N].find((i) => i.dest === t2);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t2, e) {
    return this.on(t2, e);
  }
  on(t2, e) {
    let i = super.on(t2, e);
    if (t2 === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t2 === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t2) && this[nt]) super.emit(t2), this.removeAllListeners(t2);
    else if (t2 === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i;
  }
  removeListener(t2, e) {
    return this.off(t2, e);
  }
  off(t2, e) {
    let i = super.off(t2, e);
    return t2 === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i;
  }
  removeAllListeners(t2) {
    let e = super.removeAllListeners(t2);
    return (t2 === "data" || t2 === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t2, ...e) {
    let i = e[0];
    if (t2 !== "error" && t2 !== "close" && t2 !== S && this[S]) return false;
    if (t2 === "data") return !this[L] && !i ? false : this[Z] ? (jt(() => this[Oi](i)), true) : this[Oi](i);
    if (t2 === "end") return this[Is]();
    if (t2 === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t2 === "error") {
      this[qt] = i, super.emit(_i, i);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i) : false;
      return this[J](), n;
    } else if (t2 === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t2 === "finish" || t2 === "prefinish") {
      let n = super.emit(t2);
      return this.removeAllListeners(t2), n;
    }
    let r = super.emit(t2, ...e);
    return this[J](), r;
  }
  [Oi](t2) {
    for (let i of this[N]) i.dest.write(t2) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t2);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i of this[N]) i.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t2 = super.emit("end");
    return this.removeAllListeners("end"), t2;
  }
  async collect() {
    let t2 = Object.assign([], { dataLength: 0 });
    this[L] || (t2.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i) => {
      t2.push(i), this[L] || (t2.dataLength += i.length);
    }), await e, t2;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t2 = await this.collect();
    return this[z] ? t2.join("") : Buffer.concat(t2, t2.dataLength);
  }
  async promise() {
    return new Promise((t2, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i) => e(i)), this.on("end", () => t2());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t2 = false, e = async () => (this.pause(), t2 = true, { value: void 0, done: true });
    return { next: () => {
      if (t2) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t2 = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t2 = true, { done: true, value: void 0 }), i = () => {
      if (t2) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t2) {
    if (this[S]) return t2 ? this.emit("error", t2) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t2 ? this.emit("error", t2) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t2, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t2 != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t2, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t2, e) => this[Ht](t2, e));
  }
  [Ht](t2, e) {
    t2 ? this[Ut](t2) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t2 = this[vi]();
      if (t2.length === 0) return process.nextTick(() => this[Ii](null, 0, t2));
      I.read(this[m], t2, 0, t2.length, null, (e, i, r) => this[Ii](e, i, r));
    }
  }
  [Ii](t2, e, i) {
    this[j] = false, t2 ? this[Ut](t2) : this[ki](e, i) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.close(t2, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t2) {
    this[j] = true, this[H](), this.emit("error", t2);
  }
  [ki](t2, e) {
    let i = false;
    return this[ee] -= t2, t2 > 0 && (i = super.write(t2 < e.length ? e.subarray(0, t2) : e)), (t2 === 0 || this[ee] <= 0) && (i = false, this[H](), super.end()), i;
  }
  emit(t2, ...e) {
    switch (t2) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t2, ...e));
      default:
        return super.emit(t2, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t2 = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t2 = false;
    } finally {
      t2 && this[H]();
    }
  }
  [zt]() {
    let t2 = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i, e)) break;
        } while (true);
        this[j] = false;
      }
      t2 = false;
    } finally {
      t2 && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.closeSync(t2), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t2, e) {
    e = e || {}, super(e), this[U] = t2, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t2, ...e) {
    if (t2 === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t2, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t2) {
    this[H](), this[gt] = true, this.emit("error", t2);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t2, e) => this[Ht](t2, e));
  }
  [Ht](t2, e) {
    this[Me] && this[tt] === "r+" && t2 && t2.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t2 ? this[Ut](t2) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t2, e) {
    return t2 && this.write(t2, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t2, e) {
    return typeof t2 == "string" && (t2 = Buffer.from(t2, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t2), this[ke] = true, false) : (this[gt] = true, this[ve](t2), true);
  }
  [ve](t2) {
    I.write(this[m], t2, 0, t2.length, this[ot], (e, i) => this[Pt](e, i));
  }
  [Pt](t2, e) {
    t2 ? this[Ut](t2) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t2 = this[Y];
      this[Y] = [], Jr(this[m], t2, this[ot], (e, i) => this[Pt](e, i));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.close(t2, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t2;
    if (this[Me] && this[tt] === "r+") try {
      t2 = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t2 = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t2);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t2 = this[m];
      this[m] = void 0, I.closeSync(t2), this.emit("close");
    }
  }
  [ve](t2) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t2, 0, t2.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t2 = jr.get(s3);
  return t2 || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t2 = {};
  for (let [e, i] of Object.entries(s3)) {
    let r = tn(e);
    t2[r] = i;
  }
  return t2.chmod === void 0 && t2.noChmod === false && (t2.chmod = true), delete t2.noChmod, t2;
};
var K = (s3, t2, e, i, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t2(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t2, syncNoFile: e, asyncNoFile: i, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t2, e) {
    super("zlib: " + t2.message, { cause: t2 }), this.code = t2.code, this.errno = t2.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t2.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t2, e) {
    if (!t2 || typeof t2 != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t2), this.#s = t2.flush ?? 0, this.#n = t2.finishFlush ?? 0, this.#r = t2.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t2);
    } catch (i) {
      throw new Gt(i, this.constructor);
    }
    this.#o = (i) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i));
    }, this.#e?.on("error", (i) => this.#o(new Gt(i))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t2) {
    this.ended || (typeof t2 != "number" && (t2 = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t2 })));
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, e = void 0, t2 = void 0), typeof e == "function" && (i = e, e = void 0), t2 && (e ? this.write(t2, e) : this.write(t2)), this.flush(this.#n), this.#i = true, super.end(i);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t2) {
    return super.write(t2);
  }
  write(t2, e, i) {
    if (typeof e == "function" && (i = e, e = "utf8"), typeof t2 == "string" && (t2 = Ot.from(t2, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t2[Pi] == "number" ? t2[Pi] : this.#s;
      h = this.#e._processChunk(t2, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i && i(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t2, e) {
    t2 = t2 || {}, t2.flush = t2.flush || M.Z_NO_FLUSH, t2.finishFlush = t2.finishFlush || M.Z_FINISH, t2.fullFlushFlag = M.Z_FULL_FLUSH, super(t2, e), this.#t = t2.level, this.#i = t2.strategy;
  }
  params(t2, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t2 || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t2, e);
        } finally {
          this.handle.flush = i;
        }
        this.handle && (this.#t = t2, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t2) {
    super(t2, "Gzip"), this.#t = t2 && !!t2.portable;
  }
  [Tt](t2) {
    return this.#t ? (this.#t = false, t2[9] = 255, super[Tt](t2)) : super[Tt](t2);
  }
};
var Ue = class extends Pe {
  constructor(t2) {
    super(t2, "Unzip");
  }
};
var He = class extends re {
  constructor(t2, e) {
    t2 = t2 || {}, t2.flush = t2.flush || M.BROTLI_OPERATION_PROCESS, t2.finishFlush = t2.finishFlush || M.BROTLI_OPERATION_FINISH, t2.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t2, e);
  }
};
var We = class extends He {
  constructor(t2) {
    super(t2, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t2) {
    super(t2, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t2, e) {
    t2 = t2 || {}, t2.flush = t2.flush || M.ZSTD_e_continue, t2.finishFlush = t2.finishFlush || M.ZSTD_e_end, t2.fullFlushFlag = M.ZSTD_e_flush, super(t2, e);
  }
};
var Ye = class extends Ze {
  constructor(t2) {
    super(t2, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t2) {
    super(t2, "ZstdDecompress");
  }
};
var Us = (s3, t2) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t2) : hn(s3, t2);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t2;
};
var hn = (s3, t2) => {
  t2[0] = 128;
  for (var e = t2.length; e > 1; e--) t2[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t2) => {
  t2[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i = t2.length; i > 1; i--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t2[i - 1] = Ws(r) : r === 0 ? t2[i - 1] = 0 : (e = true, t2[i - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t2 = s3[0], e = t2 === 128 ? cn(s3.subarray(1, s3.length)) : t2 === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t2 = s3.length, e = 0, i = false, r = t2 - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i ? o = Ws(n) : n === 0 ? o = n : (i = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t2 - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t2 = s3.length, e = 0, i = t2 - 1; i > -1; i--) {
    var r = Number(s3[i]);
    r !== 0 && (e += r * Math.pow(256, t2 - i - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #t = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(t2, e = 0, i, r) {
    Buffer.isBuffer(t2) ? this.decode(t2, e || 0, i, r) : t2 && this.#i(t2);
  }
  decode(t2, e, i, r) {
    if (e || (e = 0), !t2 || !(t2.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t2, e + 156, 1), o = Ui.has(n), h = o ? i : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t2, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t2, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t2, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t2, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t2, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t2, e + 136, 12), this.cksum = lt(t2, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t2, e + 157, 100), t2.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t2, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t2, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t2, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t2, e + 337, 8) ?? 0, t2[e + 475] !== 0) {
      let c = xt(t2, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t2, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Wi(t2, e + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Wi(t2, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t2[c];
    for (let c = e + 156; c < e + 512; c++) l += t2[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t2, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t2).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && e || i === "linkpath" && e || i === "global"))));
  }
  encode(t2, e = 0) {
    if (t2 || (t2 = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t2.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t2, e, 100, n) || this.needPax, this.needPax = ct(t2, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t2, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t2, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t2, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t2, e + 136, 12, this.mtime) || this.needPax, t2[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t2, e + 157, 100, this.linkpath) || this.needPax, t2.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t2, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t2, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t2, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t2, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t2, e + 345, i, o) || this.needPax, t2[e + 475] !== 0 ? this.needPax = Lt(t2, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t2, e + 345, 130, o) || this.needPax, this.needPax = Gi(t2, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t2, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t2[a];
    for (let a = e + 156; a < e + 512; a++) h += t2[a];
    return this.cksum = h, ct(t2, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t2) {
    let e = String(Ve.get(t2));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t2)) this.#t = t2;
    else throw new TypeError("invalid entry type: " + t2);
  }
};
var mn = (s3, t2) => {
  let i = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i) < 100) n = [i, r, false];
  else {
    r = Zt.dirname(i), i = Zt.basename(i);
    do
      Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= t2 ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= t2 ? n = [i.slice(0, 99), r, true] : (i = Zt.join(Zt.basename(r), i), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t2, e) => s3.subarray(t2, t2 + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t2, e) => pn(lt(s3, t2, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t2, e) => Number(s3[t2]) & 128 ? Hs(s3.subarray(t2, t2 + e)) : wn(s3, t2, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t2, e) => En(parseInt(s3.subarray(t2, t2 + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t2, e, i) => i === void 0 ? false : i > Sn[e] || i < 0 ? (Us(i, s3.subarray(t2, t2 + e)), true) : (yn(s3, t2, e, i), false);
var yn = (s3, t2, e, i) => s3.write(Rn(i, e), t2, e, "ascii");
var Rn = (s3, t2) => gn(Math.floor(s3).toString(8), t2);
var gn = (s3, t2) => (s3.length === t2 - 1 ? s3 : new Array(t2 - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t2, e, i) => i === void 0 ? false : ct(s3, t2, e, i.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t2, e, i) => i === void 0 ? false : (s3.write(i + bn, t2, e, "utf8"), i.length !== Buffer.byteLength(i) || i.length > e);
var ft = class s {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(t2, e = false) {
    this.atime = t2.atime, this.charset = t2.charset, this.comment = t2.comment, this.ctime = t2.ctime, this.dev = t2.dev, this.gid = t2.gid, this.global = e, this.gname = t2.gname, this.ino = t2.ino, this.linkpath = t2.linkpath, this.mtime = t2.mtime, this.nlink = t2.nlink, this.path = t2.path, this.size = t2.size, this.uid = t2.uid, this.uname = t2.uname;
  }
  encode() {
    let t2 = this.encodeBody();
    if (t2 === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t2), i = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t2, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t2) {
    if (this[t2] === void 0) return "";
    let e = this[t2], i = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t2 === "dev" || t2 === "ino" || t2 === "nlink" ? "SCHILY." : "") + t2 + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t2, e, i = false) {
    return new s(On(Tn(t2), e), i);
  }
};
var On = (s3, t2) => t2 ? Object.assign({}, t2, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t2) => {
  let e = parseInt(t2, 10);
  if (e !== Buffer.byteLength(t2) + 1) return s3;
  t2 = t2.slice((e + " ").length);
  let i = t2.split("="), r = i.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(t2, e, i) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i, this.header = t2, this.remain = t2.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t2.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      default:
        this.ignore = true;
    }
    if (!t2.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t2.path), this.mode = t2.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t2.uid, this.gid = t2.gid, this.uname = t2.uname, this.gname = t2.gname, this.size = this.remain, this.mtime = t2.mtime, this.atime = t2.atime, this.ctime = t2.ctime, this.linkpath = t2.linkpath ? f(t2.linkpath) : void 0, this.uname = t2.uname, this.gname = t2.gname, e && this.#t(e), i && this.#t(i, true);
  }
  write(t2) {
    let e = t2.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i >= e ? super.write(t2) : super.write(t2.subarray(0, i));
  }
  #t(t2, e = false) {
    t2.path && (t2.path = f(t2.path)), t2.linkpath && (t2.linkpath = f(t2.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t2).filter(([i, r]) => !(r == null || i === "path" && e))));
  }
};
var Dt = (s3, t2, e, i = {}) => {
  s3.file && (i.file = s3.file), s3.cwd && (i.cwd = s3.cwd), i.code = e instanceof Error && e.code || t2, i.tarCode = t2, !s3.strict && i.recoverable !== false ? (e instanceof Error && (i = Object.assign(e, i), e = e.message), s3.emit("warn", t2, e, i)) : e instanceof Error ? s3.emit("error", Object.assign(e, i)) : s3.emit("error", Object.assign(new Error(`${t2}: ${e}`), i));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t2 = {}) {
    super(), this.file = t2.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t2.ondone ? this.on(Je, t2.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t2.strict, this.maxDecompressionRatio = typeof t2.maxDecompressionRatio == "number" ? t2.maxDecompressionRatio : In, this.maxMetaEntrySize = t2.maxMetaEntrySize || Nn, this.filter = typeof t2.filter == "function" ? t2.filter : Cn;
    let e = t2.file && (t2.file.endsWith(".tar.br") || t2.file.endsWith(".tbr"));
    this.brotli = !(t2.gzip || t2.zstd) && t2.brotli !== void 0 ? t2.brotli : e ? void 0 : false;
    let i = t2.file && (t2.file.endsWith(".tar.zst") || t2.file.endsWith(".tzst"));
    this.zstd = !(t2.gzip || t2.brotli) && t2.zstd !== void 0 ? t2.zstd : i ? true : void 0, this.on("end", () => this[$s]()), typeof t2.onwarn == "function" && this.on("warn", t2.onwarn), typeof t2.onReadEntry == "function" && this.on("entry", t2.onReadEntry);
  }
  warn(t2, e, i = {}) {
    Dt(this, t2, e, i);
  }
  [Vs](t2, e) {
    this[It] === void 0 && (this[It] = false);
    let i;
    try {
      i = new F(t2, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
    else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
    else {
      let r = i.type;
      if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
      else {
        let n = this[Nt] = new $e(i, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t2) {
    let e = true;
    if (!t2) this[it] = void 0, e = false;
    else if (Array.isArray(t2)) {
      let [i, ...r] = t2;
      this.emit(i, ...r);
    } else this[it] = t2, this.emit("entry", t2), t2.emittedEnd || (t2.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t2 = this[it];
      !t2 || t2.flowing || t2.size === t2.remain ? this[Yt] || this.emit("drain") : t2.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t2, e) {
    let i = this[Nt];
    if (!i) throw new Error("attempt to consume body without entry??");
    let r = i.blockRemain ?? 0, n = r >= t2.length && e === 0 ? t2 : t2.subarray(e, e + r);
    return i.write(n), i.blockRemain || (this[B] = "header", this[Nt] = void 0, i.end()), n.length;
  }
  [Ks](t2, e) {
    let i = this[Nt], r = this[Ki](t2, e);
    return !this[Nt] && i && this[Ys](i), r;
  }
  [At](t2, e, i) {
    this[st].length === 0 && !this[it] ? this.emit(t2, e, i) : this[st].push([t2, e, i]);
  }
  [Ys](t2) {
    switch (this[At]("meta", this[dt]), t2.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t2.type);
    }
  }
  abort(t2) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t2), this.warn("TAR_ABORT", t2, { recoverable: false });
    }
  }
  [Xs](t2) {
    this[$i] += t2.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t2, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, typeof e == "string" ? e : "utf8")), this[$]) return i?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t2) {
      if (this[p] && (t2 = Buffer.concat([this[p], t2]), this[p] = void 0), t2.length < An) return this[p] = t2, i?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t2[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t2[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t2.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t2, i?.(), true;
      else try {
        new F(t2.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t2.length;
        let l = !!this[w][a ? "end" : "write"](t2);
        return this[Yt] = false, i?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t2.length, this[w].write(t2)) : this[Xe](t2), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i?.(), n;
  }
  [Vi](t2) {
    t2 && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t2]) : t2);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t2 = this[Nt];
      if (t2?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t2.blockRemain} more bytes, only ${e} available)`, { entry: t2 }), this[p] && t2.write(this[p]), t2.end();
      }
      this[At](Je);
    }
  }
  [Xe](t2) {
    if (this[ae] && t2) this[Vi](t2);
    else if (!t2 && !this[p]) this[Qe]();
    else if (t2) {
      if (this[ae] = true, this[p]) {
        this[Vi](t2);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t2);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t2) {
    let e = 0, i = t2.length;
    for (; e + 512 <= i && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t2, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t2, e);
        break;
      case "meta":
        e += this[Ks](t2, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i && (this[p] = this[p] ? Buffer.concat([t2.subarray(e), this[p]]) : t2.subarray(e));
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, e = void 0, t2 = void 0), typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, e)), i && this.once("finish", i), this[$] || (this[w] ? (t2 && (this[le] += t2.length, this[w].write(t2)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t2 = t2 || Buffer.alloc(0)), t2 && this.write(t2), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t2 = s3.length - 1, e = -1;
  for (; t2 > -1 && s3.charAt(t2) === "/"; ) e = t2, t2--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t2 = s3.onReadEntry;
  s3.onReadEntry = t2 ? (e) => {
    t2(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t2) => {
  let e = new Map(t2.map((o) => [mt(o), true])), i = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i ? (o, h) => i(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t2 = new rt(s3), e = s3.file, i;
  try {
    i = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i, o, 0, r.size, 0);
      t2.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i, h, 0, n, o);
        if (a === 0) break;
        o += a, t2.write(h.subarray(0, a));
      }
      t2.end();
    }
  } finally {
    if (typeof i == "number") try {
      Kt.closeSync(i);
    } catch {
    }
  }
};
var Bn = (s3, t2) => {
  let e = new rt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t2) => {
  t2?.length && Qi(s3, t2), s3.noResume || vn(s3);
});
var Ji = (s3, t2, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t2 && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t2 = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i.length), t2 += i, e = qs(s3);
  }
  return [t2, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t2) => [s3, ji[t2]]));
var Hn = new Map(ji.map((s3, t2) => [s3, ei[t2]]));
var ts = (s3) => ei.reduce((t2, e) => t2.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t2, e) => t2.split(e).join(Hn.get(e)), s3);
var rr = (s3, t2) => t2 ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t2) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
  path;
  portable;
  myuid = process.getuid && process.getuid() || 0;
  myuser = process.env.USER || "";
  maxReadSize;
  linkCache;
  statCache;
  preservePaths;
  cwd;
  strict;
  mtime;
  noPax;
  noMtime;
  prefix;
  fd;
  blockLen = 0;
  blockRemain = 0;
  buf;
  pos = 0;
  remain = 0;
  length = 0;
  offset = 0;
  win32;
  absolute;
  header;
  type;
  linkpath;
  stat;
  onWriteEntry;
  #t = false;
  constructor(t2, e = {}) {
    let i = se(e);
    super(), this.path = f(t2), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || Wn, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = f(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? f(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t2 = t2.replaceAll(/\\/g, "/")), this.absolute = f(i.absolute || js.resolve(this.cwd, t2)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t2, e, i = {}) {
    return Dt(this, t2, e, i);
  }
  emit(t2, ...e) {
    return t2 === "error" && (this.#t = true), super.emit(t2, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t2, e) => {
      if (t2) return this.emit("error", t2);
      this[si](e);
    });
  }
  [si](t2) {
    this.statCache.set(this.absolute, t2), this.stat = t2, t2.isFile() || (t2.size = 0), this.type = Gn(t2), this.emit("stat", t2), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t2) {
    return Ji(t2, this.type === "Directory", this.portable);
  }
  [q](t2) {
    return rr(t2, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t2 = this.header?.block;
    if (!t2) throw new Error("failed to encode header");
    super.write(t2);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t2, e) => {
      if (t2) return this.emit("error", t2);
      this[ns](e);
    });
  }
  [ns](t2) {
    this.linkpath = f(t2), this[fe](), this.end();
  }
  [sr](t2) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t2)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t2 = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t2);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t2, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os]();
  }
  [os]() {
    X.open(this.absolute, "r", (t2, e) => {
      if (t2) return this.emit("error", t2);
      this[hs](e);
    });
  }
  [hs](t2) {
    if (this.fd = t2, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t2, buf: e, offset: i, length: r, pos: n } = this;
    if (t2 === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t2, e, i, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t2 = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t2);
  }
  [rs](t2) {
    if (t2 <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t2 > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t2 === this.remain) for (let r = t2; r < this.length && t2 < this.blockRemain; r++) this.buf[r + this.offset] = 0, t2++, this.remain++;
    let e = this.offset === 0 && t2 === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t2);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t2) {
    this.once("drain", t2);
  }
  write(t2, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, typeof e == "string" ? e : "utf8")), this.blockRemain < t2.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t2.length, this.blockRemain -= t2.length, this.pos += t2.length, this.offset += t2.length, super.write(t2, null, i);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t2) => t2 ? this.emit("error", t2) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t2 = true;
    try {
      let { fd: e, buf: i, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i, r, n, o);
      this[rs](h), t2 = false;
    } finally {
      if (t2) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t2) {
    t2();
  }
  [pt](t2 = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t2();
  }
};
var oi = class extends A {
  blockLen = 0;
  blockRemain = 0;
  buf = 0;
  pos = 0;
  remain = 0;
  length = 0;
  preservePaths;
  portable;
  strict;
  noPax;
  noMtime;
  readEntry;
  type;
  prefix;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  header;
  mtime;
  atime;
  ctime;
  linkpath;
  size;
  onWriteEntry;
  warn(t2, e, i = {}) {
    return Dt(this, t2, e, i);
  }
  constructor(t2, e = {}) {
    let i = se(e);
    super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = t2;
    let { type: r } = t2;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = f(t2.path), this.mode = t2.mode !== void 0 ? this[ri](t2.mode) : void 0, this.uid = this.portable ? void 0 : t2.uid, this.gid = this.portable ? void 0 : t2.gid, this.uname = this.portable ? void 0 : t2.uname, this.gname = this.portable ? void 0 : t2.gname, this.size = t2.size, this.mtime = this.noMtime ? void 0 : i.mtime || t2.mtime, this.atime = this.portable ? void 0 : t2.atime, this.ctime = this.portable ? void 0 : t2.ctime, this.linkpath = t2.linkpath !== void 0 ? f(t2.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t2.size, this.blockRemain = t2.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t2.pipe(this);
  }
  [q](t2) {
    return rr(t2, this.prefix);
  }
  [ri](t2) {
    return Ji(t2, this.type === "Directory", this.portable);
  }
  write(t2, e, i) {
    typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, typeof e == "string" ? e : "utf8"));
    let r = t2.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t2, i);
  }
  end(t2, e, i) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t2 == "function" && (i = t2, e = void 0, t2 = void 0), typeof e == "function" && (i = e, e = void 0), typeof t2 == "string" && (t2 = Buffer.from(t2, e ?? "utf8")), i && this.once("finish", i), t2 ? super.end(t2, i) : super.end(i), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t2 = []) {
    return new s2(t2);
  }
  constructor(t2 = []) {
    for (let e of t2) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t2 = this.head; t2; t2 = t2.next) yield t2.value;
  }
  removeNode(t2) {
    if (t2.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t2.next, i = t2.prev;
    return e && (e.prev = i), i && (i.next = e), t2 === this.head && (this.head = e), t2 === this.tail && (this.tail = i), this.length--, t2.next = void 0, t2.prev = void 0, t2.list = void 0, e;
  }
  unshiftNode(t2) {
    if (t2 === this.head) return;
    t2.list && t2.list.removeNode(t2);
    let e = this.head;
    t2.list = this, t2.next = e, e && (e.prev = t2), this.head = t2, this.tail || (this.tail = t2), this.length++;
  }
  pushNode(t2) {
    if (t2 === this.tail) return;
    t2.list && t2.list.removeNode(t2);
    let e = this.tail;
    t2.list = this, t2.prev = e, e && (e.next = t2), this.tail = t2, this.head || (this.head = t2), this.length++;
  }
  push(...t2) {
    for (let e = 0, i = t2.length; e < i; e++) Yn(this, t2[e]);
    return this.length;
  }
  unshift(...t2) {
    for (var e = 0, i = t2.length; e < i; e++) Kn(this, t2[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t2 = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t2;
  }
  shift() {
    if (!this.head) return;
    let t2 = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t2;
  }
  forEach(t2, e) {
    e = e || this;
    for (let i = this.head, r = 0; i; r++) t2.call(e, i.value, r, this), i = i.next;
  }
  forEachReverse(t2, e) {
    e = e || this;
    for (let i = this.tail, r = this.length - 1; i; r--) t2.call(e, i.value, r, this), i = i.prev;
  }
  get(t2) {
    let e = 0, i = this.head;
    for (; i && e < t2; e++) i = i.next;
    if (e === t2 && i) return i.value;
  }
  getReverse(t2) {
    let e = 0, i = this.tail;
    for (; i && e < t2; e++) i = i.prev;
    if (e === t2 && i) return i.value;
  }
  map(t2, e) {
    e = e || this;
    let i = new s2();
    for (let r = this.head; r; ) i.push(t2.call(e, r.value, this)), r = r.next;
    return i;
  }
  mapReverse(t2, e) {
    e = e || this;
    var i = new s2();
    for (let r = this.tail; r; ) i.push(t2.call(e, r.value, this)), r = r.prev;
    return i;
  }
  reduce(t2, e) {
    let i, r = this.head;
    if (arguments.length > 1) i = e;
    else if (this.head) r = this.head.next, i = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i = t2(i, r.value, n), r = r.next;
    return i;
  }
  reduceReverse(t2, e) {
    let i, r = this.tail;
    if (arguments.length > 1) i = e;
    else if (this.tail) r = this.tail.prev, i = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i = t2(i, r.value, n), r = r.prev;
    return i;
  }
  toArray() {
    let t2 = new Array(this.length);
    for (let e = 0, i = this.head; i; e++) t2[e] = i.value, i = i.next;
    return t2;
  }
  toArrayReverse() {
    let t2 = new Array(this.length);
    for (let e = 0, i = this.tail; i; e++) t2[e] = i.value, i = i.prev;
    return t2;
  }
  slice(t2 = 0, e = this.length) {
    e < 0 && (e += this.length), t2 < 0 && (t2 += this.length);
    let i = new s2();
    if (e < t2 || e < 0) return i;
    t2 < 0 && (t2 = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t2; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i.push(r.value);
    return i;
  }
  sliceReverse(t2 = 0, e = this.length) {
    e < 0 && (e += this.length), t2 < 0 && (t2 += this.length);
    let i = new s2();
    if (e < t2 || e < 0) return i;
    t2 < 0 && (t2 = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t2; r--, n = n.prev) i.push(n.value);
    return i;
  }
  splice(t2, e = 0, ...i) {
    t2 > this.length && (t2 = this.length - 1), t2 < 0 && (t2 = this.length + t2);
    let r = this.head;
    for (let o = 0; r && o < t2; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t2 = this.head, e = this.tail;
    for (let i = t2; i; i = i.prev) {
      let r = i.prev;
      i.prev = i.next, i.next = r;
    }
    return this.head = e, this.tail = t2, this;
  }
};
function Zn(s3, t2, e) {
  let i = t2, r = t2 ? t2.next : s3.head, n = new ue(e, i, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t2) {
  s3.tail = new ue(t2, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t2) {
  s3.head = new ue(t2, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t2, e, i, r) {
    this.list = r, this.value = t2, e ? (e.next = this, this.prev = e) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t2, e) {
    this.path = t2 || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs2 = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
  sync = false;
  opt;
  cwd;
  maxReadSize;
  preservePaths;
  strict;
  noPax;
  prefix;
  linkCache;
  statCache;
  file;
  portable;
  zip;
  readdirCache;
  noDirRecurse;
  follow;
  noMtime;
  mtime;
  filter;
  jobs;
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t2 = {}) {
    if (super(), this.opt = t2, this.file = t2.file || "", this.cwd = t2.cwd || process.cwd(), this.maxReadSize = t2.maxReadSize, this.preservePaths = !!t2.preservePaths, this.strict = !!t2.strict, this.noPax = !!t2.noPax, this.prefix = f(t2.prefix || ""), this.linkCache = t2.linkCache || /* @__PURE__ */ new Map(), this.statCache = t2.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t2.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t2.onWriteEntry, this[ui] = de, typeof t2.onwarn == "function" && this.on("warn", t2.onwarn), this.portable = !!t2.portable, t2.gzip || t2.brotli || t2.zstd) {
      if ((t2.gzip ? 1 : 0) + (t2.brotli ? 1 : 0) + (t2.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t2.gzip && (typeof t2.gzip != "object" && (t2.gzip = {}), this.portable && (t2.gzip.portable = true), this.zip = new ze(t2.gzip)), t2.brotli && (typeof t2.brotli != "object" && (t2.brotli = {}), this.zip = new We(t2.brotli)), t2.zstd && (typeof t2.zstd != "object" && (t2.zstd = {}), this.zip = new Ye(t2.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i) => super.write(i)), e.on("end", () => super.end()), e.on("drain", () => this[fs2]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs2]);
    this.noDirRecurse = !!t2.noDirRecurse, this.follow = !!t2.follow, this.noMtime = !!t2.noMtime, t2.mtime && (this.mtime = t2.mtime), this.filter = typeof t2.filter == "function" ? t2.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t2.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t2) {
    return super.write(t2);
  }
  add(t2) {
    return this.write(t2), this;
  }
  end(t2, e, i) {
    return typeof t2 == "function" && (i = t2, t2 = void 0), typeof e == "function" && (i = e, e = void 0), t2 && this.add(t2), this[me] = true, this[Ft](), i && i(), this;
  }
  write(t2) {
    if (this[me]) throw new Error("write after end");
    return typeof t2 == "string" ? this[ci](t2) : this[or](t2), this.flowing;
  }
  [or](t2) {
    let e = f(ar.resolve(this.cwd, t2.path));
    if (!this.filter(t2.path, t2)) t2.resume();
    else {
      let i = new pi(t2.path, e);
      i.entry = new oi(t2, this[cs](i)), i.entry.on("end", () => this[ls](i)), this[G] += 1, this[W].push(i);
    }
    this[Ft]();
  }
  [ci](t2) {
    let e = f(ar.resolve(this.cwd, t2));
    this[W].push(new pi(t2, e)), this[Ft]();
  }
  [ds](t2) {
    t2.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t2.absolute, (i, r) => {
      t2.pending = false, this[G] -= 1, i ? this.emit("error", i) : this[li](t2, r);
    });
  }
  [li](t2, e) {
    if (this.statCache.set(t2.absolute, e), t2.stat = e, !this.filter(t2.path, e)) t2.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t2 === this[Et]) this[ai](t2);
    else {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      r ? r.push(t2) : this[pe].set(i, [t2]), t2.pendingLink = true, t2.pending = true;
    }
    this[Ft]();
  }
  [us](t2) {
    t2.pending = true, this[G] += 1, mi.readdir(t2.absolute, (e, i) => {
      if (t2.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t2, i);
    });
  }
  [fi](t2, e) {
    this.readdirCache.set(t2.absolute, e), t2.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t2 = this[W].head; t2 && this[G] < this.jobs; t2 = t2.next) if (this[ai](t2.value), t2.value.ignore) {
        let e = t2.next;
        this[W].removeNode(t2), t2.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t2) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t2;
    if (e && e.isFile() && e.nlink > 1) {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      if (r) {
        this[pe].delete(i);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t2) {
    if (t2.pending && t2.pendingLink && t2 === this[Et] && (t2.pending = false, t2.pendingLink = false), !t2.pending) {
      if (t2.entry) {
        t2 === this[Et] && !t2.piped && this[di](t2);
        return;
      }
      if (!t2.stat) {
        let e = this.statCache.get(t2.absolute);
        e ? this[li](t2, e) : this[ds](t2);
      }
      if (t2.stat && !t2.ignore) {
        if (!this.noDirRecurse && t2.stat.isDirectory() && !t2.readdir) {
          let e = this.readdirCache.get(t2.absolute);
          if (e ? this[fi](t2, e) : this[us](t2), !t2.readdir) return;
        }
        if (t2.entry = this[hr](t2), !t2.entry) {
          t2.ignore = true;
          return;
        }
        t2 === this[Et] && !t2.piped && this[di](t2);
      }
    }
  }
  [cs](t2) {
    return { onwarn: (e, i, r) => this.warn(e, i, r), noPax: this.noPax, cwd: this.cwd, absolute: t2.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t2) {
    this[G] += 1;
    try {
      return new this[ui](t2.path, this[cs](t2)).on("end", () => this[ls](t2)).on("error", (i) => this.emit("error", i));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs2]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t2) {
    t2.piped = true, t2.readdir && t2.readdir.forEach((r) => {
      let n = t2.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t2.entry, i = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t2, e, i = {}) {
    Dt(this, t2, e, i);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t2) {
    super(t2), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t2) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t2, mi[e](t2.absolute));
  }
  [us](t2) {
    this[fi](t2, mi.readdirSync(t2.absolute));
  }
  [di](t2) {
    let e = t2.entry, i = this.zip;
    if (t2.readdir && t2.readdir.forEach((r) => {
      let n = t2.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t2) => {
  let e = new kt(s3), i = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i), fr(e, t2);
};
var $n = (s3, t2) => {
  let e = new wt(s3), i = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i);
  let r = new Promise((n, o) => {
    i.on("error", o), i.on("close", n), e.on("error", o);
  });
  return dr(e, t2).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t2) => {
  t2.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t2) => {
  for (let e of t2) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => {
    s3.add(i);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t2) => {
  let e = new kt(s3);
  return fr(e, t2), e;
};
var qn = (s3, t2) => {
  let e = new wt(s3);
  return dr(e, t2).catch((i) => e.emit("error", i)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t2) => {
  if (!t2?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t2, e) => {
  try {
    return wi.lchownSync(s3, t2, e);
  } catch (i) {
    if (i?.code !== "ENOENT") throw i;
  }
};
var Ei = (s3, t2, e, i) => {
  wi.lchown(s3, t2, e, (r) => {
    i(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t2, e, i, r) => {
  if (t2.isDirectory()) Es(we.resolve(s3, t2.name), e, i, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t2.name);
    Ei(o, e, i, r);
  });
  else {
    let n = we.resolve(s3, t2.name);
    Ei(n, e, i, r);
  }
};
var Es = (s3, t2, e, i) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
    }
    if (r || !n.length) return Ei(s3, t2, e, i);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i(h = l);
        if (--o === 0) return Ei(s3, t2, e, i);
      }
    };
    for (let l of n) io(s3, l, t2, e, a);
  });
};
var so = (s3, t2, e, i) => {
  t2.isDirectory() && ws(we.resolve(s3, t2.name), e, i), ps(we.resolve(s3, t2.name), e, i);
};
var ws = (s3, t2, e) => {
  let i;
  try {
    i = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t2, e);
    throw n;
  }
  for (let r of i) so(s3, r, t2, e);
  return ps(s3, t2, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t2, e) {
    super(`${e}: Cannot cd into '${t2}'`), this.path = t2, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t2, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t2, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t2) => {
  k.stat(s3, (e, i) => {
    (e || !i.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t2(e);
  });
};
var gr = (s3, t2, e) => {
  s3 = f(s3);
  let i = t2.umask ?? 18, r = t2.mode | 448, n = (r & i) !== 0, o = t2.uid, h = t2.gid, a = typeof o == "number" && typeof h == "number" && (o !== t2.processUid || h !== t2.processGid), l = t2.preserve, c = t2.unlink, d = f(t2.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t2, e, i, r, n, o) => {
  if (t2.length === 0) return o(null, n);
  let h = t2.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t2, e, i, r, n, o));
};
var br = (s3, t2, e, i, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t2, e, i, r, n, o);
    else if (i) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t2, e, i, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t2.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t2, e, i, r, n, o));
};
var oo = (s3) => {
  let t2 = false, e;
  try {
    t2 = k.statSync(s3).isDirectory();
  } catch (i) {
    e = i?.code;
  } finally {
    if (!t2) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t2) => {
  s3 = f(s3);
  let e = t2.umask ?? 18, i = t2.mode | 448, r = (i & e) !== 0, n = t2.uid, o = t2.gid, h = typeof n == "number" && typeof o == "number" && (n !== t2.processUid || o !== t2.processGid), a = t2.preserve, l = t2.unlink, c = f(t2.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x = c; E && (x += "/" + E); E = T.shift()) {
    x = f(Si.resolve(x));
    try {
      k.mkdirSync(x, i), D = D || x;
    } catch {
      let Le = k.lstatSync(x);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x), k.mkdirSync(x, i), D = D || x;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x, x + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t2 = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i of Vt) if (Vt.delete(i), delete ys[i], --e <= 0) break;
  }
  return t2;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i) => {
  let r = e.at(-1);
  return r !== void 0 && (i = xr(r, i)), e.push(i || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t2, e) {
    t2 = ao ? ["win32 parallelization disabled"] : t2.map((r) => mt(xr(Tr(r))));
    let i = new Set(t2.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i, paths: t2 });
    for (let r of t2) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t2) {
    let e = this.#i.get(t2);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i) => this.#t.get(i)), dirs: [...e.dirs].map((i) => this.#t.get(i)) };
  }
  check(t2) {
    let { paths: e, dirs: i } = this.#n(t2);
    return e.every((r) => r && r[0] === t2) && i.every((r) => r && r[0] instanceof Set && r[0].has(t2));
  }
  #r(t2) {
    return this.#s.has(t2) || !this.check(t2) ? false : (this.#s.add(t2), t2(() => this.#e(t2)), true);
  }
  #e(t2) {
    if (!this.#s.has(t2)) return false;
    let e = this.#i.get(t2);
    if (!e) throw new Error("invalid reservation");
    let { paths: i, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t2) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t2);
    }
    return this.#s.delete(t2), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t2) => {
  if (!Te) return u.unlink(s3, t2);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i) => {
    if (i) return t2(i);
    u.unlink(e, t2);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t2 = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t2), u.unlinkSync(t2);
};
var vr = (s3, t2, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t2 !== void 0 && t2 === t2 >>> 0 ? t2 : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(t2 = {}) {
    if (t2.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t2), this.transform = t2.transform, this.chmod = !!t2.chmod, typeof t2.uid == "number" || typeof t2.gid == "number") {
      if (typeof t2.uid != "number" || typeof t2.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t2.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t2.uid, this.gid = t2.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t2.preserveOwner === void 0 && typeof t2.uid != "number" ? process.getuid?.() === 0 : !!t2.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t2.maxDepth == "number" ? t2.maxDepth : uo, this.forceChown = t2.forceChown === true, this.win32 = !!t2.win32 || Te, this.newer = !!t2.newer, this.keep = !!t2.keep, this.noMtime = !!t2.noMtime, this.preservePaths = !!t2.preservePaths, this.unlink = !!t2.unlink, this.cwd = f(R2.resolve(t2.cwd || process.cwd())), this.strip = Number(t2.strip) || 0, this.processUmask = this.chmod ? typeof t2.processUmask == "number" ? t2.processUmask : Lr() : 0, this.umask = typeof t2.umask == "number" ? t2.umask : this.processUmask, this.dmode = t2.dmode || 511 & ~this.umask, this.fmode = t2.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t2, e, i = {}) {
    return (t2 === "TAR_BAD_ARCHIVE" || t2 === "TAR_ABORT") && (i.recoverable = false), super.warn(t2, e, i);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t2, e) {
    let i = t2[e], { type: r } = t2;
    if (!i || this.preservePaths) return true;
    let [n, o] = ce(i), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t2, [e]: i }), false;
      let a = R2.posix.dirname(t2.path), l = R2.posix.normalize(R2.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t2, [e]: i }), false;
    }
    return n && (t2[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t2, [e]: i })), true;
  }
  [Fr](t2) {
    let e = f(t2.path), i = e.split("/");
    if (this.strip) {
      if (i.length < this.strip) return false;
      if (t2.type === "Link") {
        let r = f(String(t2.linkpath)).split("/");
        if (r.length >= this.strip) t2.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i.splice(0, this.strip), t2.path = i.join("/");
    }
    if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t2, path: e, depth: i.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t2, "path") || !this[Rs](t2, "linkpath")) return false;
    if (t2.absolute = R2.isAbsolute(t2.path) ? f(R2.resolve(t2.path)) : f(R2.resolve(this.cwd, t2.path)), !this.preservePaths && typeof t2.absolute == "string" && t2.absolute.indexOf(this.cwd + "/") !== 0 && t2.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t2, path: f(t2.path), resolvedPath: t2.absolute, cwd: this.cwd }), false;
    if (t2.absolute === this.cwd && t2.type !== "Directory" && t2.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R2.win32.parse(String(t2.absolute));
      t2.absolute = r + ts(String(t2.absolute).slice(r.length));
      let { root: n } = R2.win32.parse(t2.path);
      t2.path = n + ts(t2.path.slice(n.length));
    }
    return true;
  }
  [Dr](t2) {
    if (!this[Fr](t2)) return t2.resume();
    switch (co.equal(typeof t2.absolute, "string"), t2.type) {
      case "Directory":
      case "GNUDumpDir":
        t2.mode && (t2.mode = t2.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t2);
      default:
        return this[Cr](t2);
    }
  }
  [O](t2, e) {
    t2.name === "CwdError" ? this.emit("error", t2) : (this.warn("TAR_ENTRY_ERROR", t2, { entry: e }), this[$t](), e.resume());
  }
  [yt](t2, e, i) {
    gr(f(t2), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i);
  }
  [ge](t2) {
    return this.forceChown || this.preserveOwner && (typeof t2.uid == "number" && t2.uid !== this.processUid || typeof t2.gid == "number" && t2.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t2) {
    return vr(this.uid, t2.uid, this.processUid);
  }
  [_e](t2) {
    return vr(this.gid, t2.gid, this.processGid);
  }
  [Ts](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.fmode, r = new et(String(t2.absolute), { flags: ms(t2.size), mode: i, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t2), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t2), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t2) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t2.absolute), l = r.fd;
      if (typeof l == "number" && t2.mtime && !this.noMtime) {
        n++;
        let c = t2.atime || /* @__PURE__ */ new Date(), d = t2.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t2)) {
        n++;
        let c = this[be](t2), d = this[_e](t2);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t2) || t2;
    h !== t2 && (h.on("error", (a) => {
      this[O](a, t2), e();
    }), t2.pipe(h)), h.pipe(r);
  }
  [xs](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.dmode;
    this[yt](String(t2.absolute), i, (r) => {
      if (r) {
        this[O](r, t2), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t2.resume());
      };
      t2.mtime && !this.noMtime && (n++, u.utimes(String(t2.absolute), t2.atime || /* @__PURE__ */ new Date(), t2.mtime, o)), this[ge](t2) && (n++, u.chown(String(t2.absolute), Number(this[be](t2)), Number(this[_e](t2)), o)), o();
    });
  }
  [Cr](t2) {
    t2.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t2.type}`, { entry: t2 }), t2.resume();
  }
  [Ar](t2, e) {
    let i = f(R2.relative(this.cwd, R2.resolve(R2.dirname(String(t2.absolute)), String(t2.linkpath)))).split("/");
    this[Re](t2, this.cwd, i, () => this[gi](t2, String(t2.linkpath), "symlink", e), (r) => {
      this[O](r, t2), e();
    });
  }
  [Ir](t2, e) {
    let i = f(R2.resolve(this.cwd, String(t2.linkpath))), r = f(String(t2.linkpath)).split("/");
    this[Re](t2, this.cwd, r, () => this[gi](t2, i, "link", e), (n) => {
      this[O](n, t2), e();
    });
  }
  [Re](t2, e, i, r, n) {
    let o = i.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R2.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R2.resolve(h, i.join("/"))));
      this[Re](t2, h, i, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t2) {
    this[$t](), t2.resume();
  }
  [Os](t2, e) {
    return t2.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t2) {
    this[kr]();
    let e = [t2.path];
    t2.linkpath && e.push(t2.linkpath), this.reservations.reserve(e, (i) => this[Nr](t2, i));
  }
  [Nr](t2, e) {
    let i = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t2), i();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t2.absolute !== this.cwd) {
        let h = f(R2.dirname(String(t2.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t2), i();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t2.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t2.mtime ?? a.mtime))) {
          this[Ls](t2), i();
          return;
        }
        if (h || this[Os](t2, a)) return this[P](null, t2, i);
        if (a.isDirectory()) {
          if (t2.type === "Directory") {
            let l = this.chmod && t2.mode && (a.mode & 4095) !== t2.mode, c = (d) => this[P](d ?? null, t2, i);
            return l ? u.chmod(String(t2.absolute), Number(t2.mode), c) : c();
          }
          if (t2.absolute !== this.cwd) return u.rmdir(String(t2.absolute), (l) => this[P](l ?? null, t2, i));
        }
        if (t2.absolute === this.cwd) return this[P](null, t2, i);
        mo(String(t2.absolute), (l) => this[P](l ?? null, t2, i));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t2, e, i) {
    if (t2) {
      this[O](t2, e), i();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i);
      case "Link":
        return this[Ir](e, i);
      case "SymbolicLink":
        return this[Ar](e, i);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i);
    }
  }
  [gi](t2, e, i, r) {
    u[i](e, String(t2.absolute), (n) => {
      n ? this[O](n, t2) : (this[$t](), t2.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t2) {
    return [t2, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t2, e) {
    return super[P](t2, e, () => {
    });
  }
  [_s](t2) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t2);
      this[Oe] = true;
    }
    if (t2.absolute !== this.cwd) {
      let n = f(R2.dirname(String(t2.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t2);
      }
    }
    let [e, i] = ye(() => u.lstatSync(String(t2.absolute)));
    if (i && (this.keep || this.newer && i.mtime > (t2.mtime ?? i.mtime))) return this[Ls](t2);
    if (e || this[Os](t2, i)) return this[P](null, t2);
    if (i.isDirectory()) {
      if (t2.type === "Directory") {
        let o = this.chmod && t2.mode && (i.mode & 4095) !== t2.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t2.absolute), Number(t2.mode));
        }) : [];
        return this[P](h, t2);
      }
      let [n] = ye(() => u.rmdirSync(String(t2.absolute)));
      this[P](n, t2);
    }
    let [r] = t2.absolute === this.cwd ? [] : ye(() => po(String(t2.absolute)));
    this[P](r, t2);
  }
  [Ts](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t2), e();
    }, n;
    try {
      n = u.openSync(String(t2.absolute), ms(t2.size), i);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t2) || t2;
    o !== t2 && (o.on("error", (h) => this[O](h, t2)), t2.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t2.mtime && !this.noMtime) {
        let a = t2.atime || /* @__PURE__ */ new Date(), l = t2.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t2.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t2)) {
        let a = this[be](t2), l = this[_e](t2);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t2.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t2, e) {
    let i = typeof t2.mode == "number" ? t2.mode & 4095 : this.dmode, r = this[yt](String(t2.absolute), i);
    if (r) {
      this[O](r, t2), e();
      return;
    }
    if (t2.mtime && !this.noMtime) try {
      u.utimesSync(String(t2.absolute), t2.atime || /* @__PURE__ */ new Date(), t2.mtime);
    } catch {
    }
    if (this[ge](t2)) try {
      u.chownSync(String(t2.absolute), Number(this[be](t2)), Number(this[_e](t2)));
    } catch {
    }
    e(), t2.resume();
  }
  [yt](t2, e) {
    try {
      return _r(f(t2), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i) {
      return i;
    }
  }
  [Re](t2, e, i, r, n) {
    if (this.preservePaths || i.length === 0) return r();
    let o = e;
    for (let h of i) {
      o = R2.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R2.resolve(e, i.join("/"))));
    }
    r();
  }
  [gi](t2, e, i, r) {
    let n = `${i}Sync`;
    try {
      u[n](e, String(t2.absolute)), r(), t2.resume();
    } catch (o) {
      return this[O](o, t2);
    }
  }
};
var Eo = (s3) => {
  let t2 = new xe(s3), e = s3.file, i = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i.size }).pipe(t2);
};
var wo = (s3, t2) => {
  let e = new Xt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t2) => {
  t2?.length && Qi(s3, t2);
});
var yo = (s3, t2) => {
  let e = new kt(s3), i = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i = false, Ro(s3, e, n, r, t2);
  } finally {
    if (i) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t2, e, i, r) => {
  let n = new Wt(s3.file, { fd: i, start: e });
  t2.pipe(n), bo(t2, r);
};
var go = (s3, t2) => {
  t2 = Array.from(t2);
  let e = new wt(s3), i = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x + 512 > o || (l += x + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t2);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t2) => {
  t2.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t2) => {
  for (let e of t2) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t2) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t2?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t2 = []) => {
  vt.validate?.(s3, t2), To(s3);
});
var To = (s3) => {
  let t2 = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t2 ? (e, i) => t2(e, i) && !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (e, i) => !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0));
};

// src/archive/tar.ts
var BLOCK = 512;
var blocks = (n) => Math.ceil(n / BLOCK) * BLOCK;
var SUPPORTED = /* @__PURE__ */ new Set(["0", "\0", "1", "2", "3", "4", "5", "6", "7", "L", "K", "S"]);
var REGULAR = /* @__PURE__ */ new Set(["0", "\0", "7", "S"]);
var hasData = (t2) => REGULAR.has(t2) || !SUPPORTED.has(t2);
var ORDINARY = /* @__PURE__ */ new Set(["0", "\0", "1", "2", "5", "x", "L", "K"]);
function typeOf(t2) {
  switch (t2) {
    case "1":
      return "hardlink";
    case "2":
      return "symlink";
    case "3":
    case "4":
      return "device";
    case "5":
      return "directory";
    case "6":
      return "fifo";
    default:
      return "file";
  }
}
var utf82 = new TextDecoder("utf-8", { fatal: false });
function nts(d, off, len) {
  const end = Math.min(off + len, d.length);
  let i = off;
  while (i < end && d[i] !== 0) i++;
  return utf82.decode(d.subarray(off, i));
}
function parseHeader(d, pos) {
  if (pos >= d.length) return "end";
  if (pos + BLOCK > d.length) return "short";
  let zero = true;
  for (let i = pos; i < pos + BLOCK && zero; i++) zero = d[i] === 0;
  if (zero) return "eof";
  if (!tarHeaderValid(d, pos)) return "invalid";
  for (const [o, l] of [[100, 8], [108, 8], [116, 8], [136, 12], [329, 8], [337, 8]]) if (tarNumber(d, pos + o, l) === null) return "invalid";
  const size = tarNumber(d, pos + 124, 12);
  if (size === null) return "invalid";
  let type = String.fromCharCode(d[pos + 156]);
  let name = nts(d, pos, 100);
  const prefix = nts(d, pos + 345, 155);
  if (type === "\0" && name.endsWith("/")) type = "5";
  if (type === "5") name = name.replace(/\/+$/, "");
  if (prefix && type !== "L" && type !== "K" && type !== "S") name = `${prefix}/${name}`;
  return { name, type, size, linkname: nts(d, pos + 157, 100) };
}
var PAX_KEYS = /* @__PURE__ */ new Set(["path", "linkpath", "size", "GNU.sparse.name", "GNU.sparse.size", "GNU.sparse.realsize", "GNU.sparse.map", "GNU.sparse.major", "GNU.sparse.offset", "GNU.sparse.numbytes"]);
function paxInt(v2) {
  return /^\s*[+-]?\d(?:_?\d)*\s*$/.test(v2) ? Number(v2.replace(/_/g, "")) : NaN;
}
function parsePax(buf, into) {
  let pos = 0;
  while (pos < buf.length && buf[pos] !== 0) {
    let i = pos;
    while (i < buf.length && buf[i] >= 48 && buf[i] <= 57 && i - pos < 20) i++;
    if (i === pos || buf[i] !== 32) return false;
    const length = Number(utf82.decode(buf.subarray(pos, i)));
    if (length < 5 || pos + length > buf.length || buf[pos + length - 1] !== 10) return false;
    const rec = buf.subarray(i + 1, pos + length - 1);
    const eq = rec.indexOf(61);
    if (eq <= 0) return false;
    const key = utf82.decode(rec.subarray(0, eq));
    if (PAX_KEYS.has(key)) into.set(key, utf82.decode(rec.subarray(eq + 1)));
    pos += length;
  }
  return true;
}
function walkPython(d, maxMembers, maxMemberBytes) {
  const w2 = { entries: [], problems: [], notes: [], dropped: 0, odd: false };
  const global = /* @__PURE__ */ new Map();
  let pos = 0;
  for (; ; ) {
    const start = pos;
    const chain = [];
    let h;
    for (; ; ) {
      h = parseHeader(d, pos);
      if (typeof h === "string") break;
      if (!ORDINARY.has(h.type) || !hasData(h.type) && h.size !== 0) w2.odd = true;
      if (h.size < 0) {
        w2.problems.push(`header at offset ${pos} declares a negative size`);
        return w2;
      }
      const body = d.subarray(pos + BLOCK, Math.min(d.length, pos + BLOCK + h.size));
      const t2 = h.type;
      if (t2 === "L" || t2 === "K") {
        if (chain.some((c) => c.t === t2)) w2.odd = true;
        chain.push({ t: t2, v: nts(body, 0, body.length) });
      } else if (h.type === "x" || h.type === "X" || h.type === "g") {
        const pax = h.type === "g" ? global : new Map(global);
        if (!parsePax(body, pax)) {
          if (start === 0 && chain.length === 0) w2.problems.push("not a tar archive: malformed pax header first");
          else if (chain.length) w2.problems.push(`malformed pax header at offset ${pos} after another extended header`);
          else w2.notes.push(`malformed pax header at offset ${pos}: Python's tarfile ends the archive there`);
          w2.odd = true;
          return w2;
        }
        if (h.type !== "g") chain.push({ t: "x", pax });
        else if (global.size) w2.odd = true;
      } else break;
      pos += BLOCK + blocks(h.size);
    }
    if (typeof h === "string") {
      if (chain.length) {
        w2.problems.push(`extended header at offset ${start} is not followed by a member header`);
        return w2;
      }
      if (h === "invalid" && start === 0) w2.problems.push("not a tar archive: the first header is invalid");
      else if (h === "invalid" || h === "short" || h === "eof") {
        let rest = pos;
        while (rest < d.length && d[rest] === 0) rest++;
        if (rest < d.length) {
          w2.odd = true;
          w2.notes.push(`${d.length - rest} bytes after where Python's tarfile ends the archive (offset ${pos}${h === "invalid" ? ", an invalid header" : ""})`);
        }
      }
      return w2;
    }
    let dataAt = pos + BLOCK;
    let sparse = false;
    if (h.type === "S") {
      sparse = true;
      let ext = d[pos + 482];
      while (ext) {
        if (dataAt + BLOCK > d.length) {
          w2.problems.push(`sparse member ${JSON.stringify(h.name.slice(0, 200))}: its map runs past the end`);
          return w2;
        }
        ext = d[dataAt + 504];
        dataAt += BLOCK;
      }
    }
    const entry = { name: h.name, linkname: h.linkname, size: h.size };
    let stored = h.size;
    let next = dataAt + (hasData(h.type) ? blocks(h.size) : 0);
    const applyPax = (pax) => {
      for (const [k2, v2] of pax) {
        if (k2 === "path" || k2 === "GNU.sparse.name") entry.name = k2 === "path" ? v2.replace(/\/+$/, "") : v2;
        else if (k2 === "linkpath") entry.linkname = v2;
        else if (k2 === "size") {
          const n = paxInt(v2);
          entry.size = Number.isNaN(n) ? 0 : n;
          stored = entry.size;
        } else if (k2 === "GNU.sparse.size" || k2 === "GNU.sparse.realsize") {
          sparse = true;
          entry.size = paxInt(v2);
        } else if (k2.startsWith("GNU.sparse")) sparse = true;
      }
    };
    if (h.type !== "S") applyPax(global);
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      if (c.t === "x") {
        applyPax(c.pax);
        if (c.pax.has("size")) {
          if (Number.isNaN(paxInt(c.pax.get("size")))) w2.odd = true;
          next = dataAt + (hasData(h.type) ? blocks(entry.size) : 0);
        }
      } else if (c.t === "L") entry.name = h.type === "5" ? c.v.replace(/\/+$/, "") : c.v;
      else entry.linkname = c.v;
    }
    if (sparse) {
      w2.odd = true;
      w2.notes.push(`${JSON.stringify(entry.name.slice(0, 200))} is a sparse member: its stored data was scanned, its holes are zeros`);
    }
    if (!Number.isFinite(entry.size) || entry.size < 0 || next <= start) {
      w2.problems.push(`member ${JSON.stringify(entry.name.slice(0, 200))} at offset ${start} has an invalid size`);
      return w2;
    }
    if (w2.entries.length >= maxMembers) {
      w2.dropped++;
      return w2;
    }
    const type = typeOf(h.type);
    const e = { path: entry.name, type, data: new Uint8Array(0), declaredSize: sparse ? stored : entry.size };
    if (type === "symlink" || type === "hardlink") e.linkpath = entry.linkname;
    if (type === "file") {
      const want = sparse ? stored : entry.size;
      if (want > maxMemberBytes) e.skipped = `member declares ${want} bytes, over the per-member limit of ${maxMemberBytes}`;
      else {
        e.data = d.subarray(dataAt, Math.min(d.length, dataAt + want));
        if (e.data.length < want) w2.problems.push(`${entry.name}: declared ${want} bytes, ${e.data.length} present (truncated archive)`);
      }
    }
    w2.entries.push(e);
    if (next > d.length) {
      w2.problems.push(`member ${JSON.stringify(entry.name.slice(0, 200))} runs past the end of the archive (truncated)`);
      return w2;
    }
    pos = next;
  }
}
function mapNodeType(t2) {
  switch (t2) {
    case "File":
    case "OldFile":
    case "ContiguousFile":
      return "file";
    case "Directory":
    case "GNUDumpDir":
      return "directory";
    case "SymbolicLink":
      return "symlink";
    case "Link":
      return "hardlink";
    case "CharacterDevice":
    case "BlockDevice":
      return "device";
    case "FIFO":
      return "fifo";
    default:
      return "other";
  }
}
function walkNode(d, maxMembers, maxMemberBytes) {
  const files = [];
  const problems = [];
  if (d[0] === 31 && d[1] === 139 || d[0] === 40 && d[1] === 181 && d[2] === 47 && d[3] === 253) return { files, problems };
  const parser = new rt({
    strict: false,
    onReadEntry: (e) => {
      if (mapNodeType(e.type) !== "file" || files.length >= maxMembers) {
        e.resume();
        return;
      }
      const entry = { path: e.path, type: "file", data: new Uint8Array(0), declaredSize: e.size ?? 0, alternative: true };
      files.push(entry);
      if ((e.size ?? 0) > maxMemberBytes) {
        entry.skipped = `member declares ${e.size} bytes, over the per-member limit of ${maxMemberBytes}`;
        e.resume();
        return;
      }
      const chunks = [];
      let n = 0;
      e.on("data", (c) => {
        n += c.length;
        if (n <= maxMemberBytes) chunks.push(c);
      });
      e.on("end", () => {
        entry.data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        if (n > maxMemberBytes) entry.skipped = `member is larger than the per-member limit of ${maxMemberBytes}`;
      });
    }
  });
  parser.on("warn", (code, message) => {
    if (problems.length < 20) problems.push(`${code}: ${message instanceof Error ? message.message : message}`);
  });
  parser.on("error", (err) => {
    if (problems.length < 20) problems.push(`error: ${err.message}`);
  });
  try {
    parser.end(Buffer.from(d.buffer, d.byteOffset, d.byteLength));
  } catch (err) {
    problems.push(`error: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { files, problems };
}
function sameBytes(a, b2) {
  return a.length === b2.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b2.buffer, b2.byteOffset, b2.byteLength));
}
function readTar(d, maxMembers, maxMemberBytes) {
  const w2 = walkPython(d, maxMembers, maxMemberBytes);
  const listing = { entries: w2.entries, problems: w2.problems, notes: w2.notes, dropped: w2.dropped };
  if (!w2.odd || w2.dropped) return listing;
  const node = walkNode(d, Math.max(0, maxMembers - w2.entries.length), maxMemberBytes);
  const extra = node.files.filter((f2) => !w2.entries.some((e) => e.type === "file" && e.path === f2.path && !e.skipped && !f2.skipped && sameBytes(e.data, f2.data)));
  if (extra.length) {
    listing.notes.push(`tar readers disagree: ${extra.length} member(s) that Python's tarfile does not extract as such are extracted by other readers (all were scanned)`);
    for (const p2 of node.problems.slice(0, 3)) listing.notes.push(`other reader: ${p2}`);
    listing.entries.push(...extra);
  }
  return listing;
}

// src/archive/wheel.ts
function parseRecord(text, maxRows = 2e5) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    if (rows.length >= maxRows) break;
    const fields = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let v2 = "";
        i++;
        while (i < line.length) {
          if (line[i] === '"') {
            if (line[i + 1] === '"') {
              v2 += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          v2 += line[i++];
        }
        fields.push(v2);
        i = line.indexOf(",", i) === -1 ? line.length + 1 : line.indexOf(",", i) + 1;
      } else {
        const j2 = line.indexOf(",", i);
        fields.push(j2 === -1 ? line.slice(i) : line.slice(i, j2));
        i = j2 === -1 ? line.length + 1 : j2 + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}
var SIGNATURE_FILES = /\.dist-info\/RECORD(\.jws|\.p7s)?$/;
var MAX_REPORTED2 = 20;
function checkRecord(members) {
  const out = [];
  const records = members.filter((m2) => /^[^/]+\.dist-info\/RECORD$/.test(m2.name));
  if (records.length === 0) {
    return [{ rule: "recordAbsent", path: "", hit: { message: "wheel has no .dist-info/RECORD" } }];
  }
  const record = records[records.length - 1];
  const rows = parseRecord(Buffer.from(record.data ?? new Uint8Array()).toString("utf8"));
  const listed = /* @__PURE__ */ new Map();
  for (const r of rows) listed.set(r[0] ?? "", { hash: r[1] ?? "", size: r[2] ?? "" });
  const present = /* @__PURE__ */ new Set();
  let unlisted = 0;
  let mismatched = 0;
  for (const m2 of members) {
    if (m2.name.endsWith("/")) continue;
    present.add(m2.name);
    if (SIGNATURE_FILES.test(m2.name)) continue;
    const row = listed.get(m2.name);
    if (!row) {
      if (unlisted++ < MAX_REPORTED2) out.push({ rule: "recordUnlisted", path: m2.name, hit: { message: "member is not listed in RECORD" } });
      continue;
    }
    if (m2.sha256 === null) continue;
    if (row.hash) {
      const [algo, value] = row.hash.split("=", 2);
      if (algo === "sha256" && value !== m2.sha256 && value.toLowerCase() !== m2.sha256hex) {
        if (mismatched++ < MAX_REPORTED2) out.push({ rule: "recordMismatch", path: m2.name, hit: { message: "sha256 differs from RECORD", evidence: { record: value, actual: m2.sha256 } } });
        continue;
      }
    }
    if (row.size && /^\d+$/.test(row.size) && Number(row.size) !== m2.size) {
      if (mismatched++ < MAX_REPORTED2) out.push({ rule: "recordMismatch", path: m2.name, hit: { message: `size ${m2.size} differs from RECORD's ${row.size}` } });
    }
  }
  let missing = 0;
  for (const name of listed.keys()) {
    if (!name || present.has(name) || name.startsWith("../") || name.includes(".data/../")) continue;
    if (missing++ < MAX_REPORTED2) out.push({ rule: "recordMissing", path: name, hit: { message: "RECORD lists a file the wheel does not contain" } });
  }
  if (unlisted > MAX_REPORTED2 || mismatched > MAX_REPORTED2 || missing > MAX_REPORTED2) {
    out.push({ rule: "corrupt", path: record.name, hit: { message: `RECORD problems beyond the first ${MAX_REPORTED2} of each kind: ${unlisted} unlisted, ${mismatched} mismatched, ${missing} missing`, strength: 0 } });
  }
  return out;
}
function parseArtifactName(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  let m2 = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(base);
  if (m2) return { kind: "wheel", name: m2[1], version: m2[2] };
  m2 = /^(.+?)-(\d[^-]*?)(?:-py\d[\d.]*)?(?:-[^-]+)?\.egg$/i.exec(base);
  if (m2) return { kind: "egg", name: m2[1], version: m2[2] };
  m2 = /^(.+)-(\d[^-]*?)\.(tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.lzma|tar\.lz|tlz|tar|zip)$/i.exec(base);
  if (m2) return { kind: "sdist", name: m2[1], version: m2[2] };
  return { kind: /\.whl$/i.test(base) ? "wheel" : "unknown", name: null, version: null };
}
function parseMetadata(text) {
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const name = /^Name:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
  const version = /^Version:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
  return { name, version };
}

// src/archive/index.ts
var STREAMS = {
  gzip: gunzip,
  "tar.gz": gunzip,
  bzip2: bunzip2,
  "tar.bz2": bunzip2,
  xz: unxz,
  lzma: unxz,
  compress: uncompressZ,
  zstd: unzstd
};
var UNREADABLE = /* @__PURE__ */ new Set(["lz4", "lzip", "lzop", "7z", "rar", "cab"]);
var S_IFMT = 61440;
var S_IFLNK = 40960;
var S_IFREG = 32768;
var S_IFDIR = 16384;
function containerOf(d) {
  if (isTar(d) && tarHeaderValid(d)) return "tar";
  const t2 = detectMagic(d);
  if (!t2) return null;
  if (t2.format === "zip") return "zip";
  if (t2.format === "tar") return "tar";
  if (t2.format === "gzip") return "gzip";
  if (t2.format === "bzip2") return "bzip2";
  if (t2.format === "xz") return "xz";
  if (t2.format === "lzma") return "lzma";
  if (t2.format === "compress") return "compress";
  if (t2.format === "zstd") return "zstd";
  return null;
}
function unreadableFormat(d) {
  const t2 = detectMagic(d);
  return t2 && UNREADABLE.has(t2.format) ? t2.format : null;
}
function appendedZip(d) {
  if (findZipEOCD(d) <= 0) return false;
  try {
    const dir = readZipDirectory(d, 1);
    return dir.entries.length > 0 && dir.entries[0].dataOffset >= 0;
  } catch {
    return false;
  }
}
function installedName(name) {
  const nul = name.indexOf("\0");
  return nul >= 0 ? name.slice(0, nul) : name;
}
var Unpacker = class _Unpacker {
  constructor(limits, onMember) {
    this.limits = limits;
    this.onMember = onMember;
  }
  limits;
  onMember;
  state = { findings: [], incomplete: [], members: 0, bytes: 0, paths: [] };
  stopped = null;
  find(rule, path3, hit) {
    if (this.state.findings.length < 2e3) this.state.findings.push(makeFinding(rule, path3, hit));
  }
  incomplete(reason) {
    if (this.state.incomplete.length < 200) this.state.incomplete.push(reason);
  }
  /** Stop unpacking the whole artifact (a global limit was hit). */
  stop(reason, path3) {
    if (this.stopped) return;
    this.stopped = reason;
    this.find(ARCHIVE_RULES.bomb, path3, { message: reason, evidence: { limit: reason } });
    this.incomplete(reason);
  }
  /** Name checks shared by zip and tar members. */
  checkName(name, displayPath) {
    const norm = name.replace(/\\/g, "/");
    if (norm.includes("\0")) this.find(ARCHIVE_RULES.corrupt, displayPath, { message: "member name contains a NUL byte", strength: 1 });
    if (/^\//.test(norm) || /^[A-Za-z]:/.test(norm)) {
      this.find(ARCHIVE_RULES.absolute, displayPath, { message: `member name is an absolute path: ${JSON.stringify(name.slice(0, 200))}` });
    }
    if (norm.split("/").includes("..")) {
      this.find(ARCHIVE_RULES.traversal, displayPath, { message: `member name climbs out of the tree: ${JSON.stringify(name.slice(0, 200))}` });
    }
  }
  /** Would this link target, relative to the member's folder, leave the tree? */
  static escapes(memberName, target) {
    const t2 = target.replace(/\\/g, "/");
    if (t2.startsWith("/") || /^[A-Za-z]:/.test(t2)) return true;
    const parts = memberName.replace(/\\/g, "/").split("/").slice(0, -1);
    for (const p2 of t2.split("/")) {
      if (p2 === "..") {
        if (parts.length === 0) return true;
        parts.pop();
      } else if (p2 !== "." && p2 !== "") parts.push(p2);
    }
    return false;
  }
  /** Account for one member's bytes against the global limits; false when it must not be read. */
  admit(path3, size) {
    if (this.stopped) return false;
    if (this.state.members >= this.limits.maxMembers) {
      this.stop(`more than ${this.limits.maxMembers} members (member-count limit)`, path3);
      return false;
    }
    if (this.state.bytes + size > this.limits.maxTotalBytes) {
      this.stop(`more than ${this.limits.maxTotalBytes} uncompressed bytes in all (total-size limit)`, path3);
      return false;
    }
    return true;
  }
  remaining() {
    return Math.max(0, Math.min(this.limits.maxMemberBytes, this.limits.maxTotalBytes - this.state.bytes));
  }
  /** Hand a member to the caller, then open it if it is itself an archive. */
  async emit(path3, data, depth) {
    if (!this.admit(path3, data.length)) return;
    this.state.members++;
    this.state.bytes += data.length;
    this.state.paths.push(path3);
    await this.onMember({ path: path3, data, depth });
    const magic = containerOf(data);
    const zipToo = magic !== "zip" && magic !== "tar" && appendedZip(data);
    if (!magic && !zipToo) {
      const other = unreadableFormat(data);
      if (other) {
        this.find(ARCHIVE_RULES.unsupported, path3, { message: `${other} data: the scanner cannot decompress it, so its content was not scanned` });
        this.incomplete(`${path3}: ${other} data not scanned (no ${other} reader)`);
      }
      return;
    }
    if (depth + 1 > this.limits.maxDepth) {
      this.find(ARCHIVE_RULES.depth, path3, { message: `archive nested ${depth + 1} levels deep was not opened (depth limit ${this.limits.maxDepth})` });
      this.incomplete(`${path3}: nested archive not opened (depth limit ${this.limits.maxDepth})`);
      return;
    }
    if (magic) await this.container(data, magic, path3, depth + 1);
    if (zipToo && !this.stopped) await this.zipAfter(data, magic, path3, depth + 1);
  }
  /**
   * The zip directory at the end of bytes that start as something else. Media with a zip behind it is reported by the
   * filetype analyzer (type.polyglot) and a self-extractor or zipapp is ordinary, so only an archive that reads as two
   * different archives is an archive finding here.
   */
  async zipAfter(d, first, prefix, depth) {
    if (first) {
      this.find(ARCHIVE_RULES.prefix, prefix, { message: `${first} data that is also a zip archive (pip and Python's zipfile open it as the zip): both were scanned` });
    }
    await this.zip(d, prefix, depth, true);
  }
  /** Open one container; members are named `prefix!/name` (no prefix at the top level). */
  async container(d, format, prefix, depth, polyglot = false) {
    const join = (name) => prefix ? `${prefix}!/${name}` : name;
    const where = prefix || "(artifact)";
    const decompress2 = STREAMS[format];
    if (decompress2) {
      const r = decompress2(d, this.remaining());
      if (!r.ok) {
        if (r.tooLarge) this.stop(`${where}: ${r.reason}`, prefix);
        else if (r.unsupported) {
          this.find(ARCHIVE_RULES.unsupported, prefix, { message: r.reason });
          this.incomplete(`${where}: ${r.reason}`);
        } else {
          this.find(ARCHIVE_RULES.corrupt, prefix, { message: r.reason });
          this.incomplete(`${where}: ${r.reason}`);
        }
        return;
      }
      const data = r.data;
      this.ratio(prefix, d.length, data.length);
      if (r.trailing) {
        const t2 = d.subarray(d.length - r.trailing);
        this.find(ARCHIVE_RULES.prefix, prefix, { message: `${t2.length} bytes after the ${format} data, which no decompressor reads`, offset: d.length - t2.length, length: t2.length });
        await this.emit(join("(trailing data)"), t2, depth);
        if (this.stopped) return;
      }
      if (tarHeaderValid(data) || containerOf(data) === "tar") return this.tar(data, prefix, depth);
      const base = prefix ? prefix.slice(prefix.lastIndexOf("/") + 1).replace(/\.(gz|bz2|tgz|xz|txz|lzma|tlz|Z)$/i, "") || "content" : "content";
      return this.emit(join(base), data, depth);
    }
    if (format === "tar") return this.tar(d, prefix, depth);
    return this.zip(d, prefix, depth, polyglot);
  }
  ratio(path3, compressed, size) {
    if (size > 32 * 1024 * 1024 && size / Math.max(1, compressed) > this.limits.maxRatio) {
      this.find(ARCHIVE_RULES.bomb, path3, {
        message: `compression ratio ${Math.round(size / Math.max(1, compressed))}:1 (limit ${this.limits.maxRatio}:1)`,
        strength: 0.4,
        evidence: { compressed, size }
      });
    }
  }
  async tar(d, prefix, depth) {
    const join = (name) => prefix ? `${prefix}!/${name}` : name;
    const listing = readTar(d, Math.max(0, this.limits.maxMembers - this.state.members), this.remaining());
    for (const p2 of listing.problems.slice(0, 5)) {
      this.find(ARCHIVE_RULES.corrupt, prefix, { message: `tar: ${p2}` });
      this.incomplete(`${prefix || "(artifact)"}: tar: ${p2}`);
    }
    for (const n of listing.notes.slice(0, 5)) this.find(ARCHIVE_RULES.corrupt, prefix, { message: `tar: ${n}` });
    const seen = /* @__PURE__ */ new Map();
    for (const e of listing.entries) {
      const path3 = join(e.path);
      this.checkName(e.path, path3);
      if (e.type === "symlink" || e.type === "hardlink") {
        if (e.linkpath !== void 0 && _Unpacker.escapes(e.type === "hardlink" ? "" : e.path, e.linkpath)) {
          this.find(ARCHIVE_RULES.linkOut, path3, { message: `${e.type} to ${JSON.stringify(e.linkpath.slice(0, 200))} leaves the tree`, evidence: { target: e.linkpath.slice(0, 500) } });
        }
        continue;
      }
      if (e.type === "device" || e.type === "fifo") {
        this.find(ARCHIVE_RULES.device, path3, { message: `${e.type} entry in a package archive` });
        continue;
      }
      if (e.type !== "file") continue;
      if (e.skipped) {
        this.find(ARCHIVE_RULES.bomb, path3, { message: e.skipped });
        this.incomplete(`${path3}: ${e.skipped}`);
        continue;
      }
      this.duplicate(seen, e.path, path3, createHash2("sha256").update(e.data).digest("base64url"));
      await this.emit(path3, e.data, depth);
      if (this.stopped) return;
    }
    if (listing.dropped) this.stop(`more than ${this.limits.maxMembers} members (member-count limit)`, prefix);
  }
  /** `h` is the member's sha256 (computed once per member, shared with the RECORD check). */
  duplicate(seen, name, path3, h) {
    const key = name.replace(/\\/g, "/").replace(/^\.\//, "");
    const prev = seen.get(key);
    if (prev !== void 0) {
      const same = prev === h;
      this.find(ARCHIVE_RULES.duplicate, path3, {
        message: same ? "name appears twice with the same content" : "name appears twice with different content: the one installed is the last",
        strength: same ? 0.25 : 1
      });
    }
    seen.set(key, h);
  }
  async zip(d, prefix, depth, polyglot = false) {
    const join = (name) => prefix ? `${prefix}!/${name}` : name;
    const where = prefix || "(artifact)";
    let dir;
    try {
      dir = readZipDirectory(d, Math.max(0, this.limits.maxMembers - this.state.members));
    } catch (e) {
      const msg = e instanceof ZipFormatError ? e.message : `unreadable zip: ${e instanceof Error ? e.message : String(e)}`;
      this.find(ARCHIVE_RULES.corrupt, prefix, { message: `zip: ${msg}` });
      this.incomplete(`${where}: zip: ${msg}`);
      return;
    }
    for (const p2 of dir.problems) {
      if (/member limit/.test(p2)) this.stop(`${where}: ${p2}`, prefix);
      else if (/prepended/.test(p2)) {
        if (!polyglot) this.find(ARCHIVE_RULES.prefix, prefix, { message: p2 });
      } else {
        this.find(ARCHIVE_RULES.corrupt, prefix, { message: `zip: ${p2}` });
        this.incomplete(`${where}: zip: ${p2}`);
      }
    }
    for (const w2 of dir.warnings) this.find(ARCHIVE_RULES.headerMismatch, prefix, { message: `zip: ${w2}` });
    if (dir.prefixBytes > 0 && !polyglot) {
      this.find(ARCHIVE_RULES.prefix, prefix, { message: `${dir.prefixBytes} bytes before the first zip member`, offset: 0, length: dir.prefixBytes });
    }
    if (dir.overlapping > 0) {
      this.find(ARCHIVE_RULES.bomb, prefix, { message: `${dir.overlapping} zip entries share or overlap another entry's data (an overlapping-entry bomb construction)`, strength: 0.6 });
    }
    const gapBytes = dir.gaps.reduce((a, g2) => a + g2.length, 0);
    if (gapBytes > 0) {
      const g2 = dir.gaps[0];
      this.find(ARCHIVE_RULES.prefix, prefix, { message: `${gapBytes} bytes between zip members that no entry covers`, offset: g2.offset, length: g2.length });
    }
    const seen = /* @__PURE__ */ new Map();
    const digests = [];
    for (const e of dir.entries) {
      const name = installedName(e.name);
      const path3 = join(name);
      this.checkName(e.name, path3);
      for (const p2 of e.problems) {
        this.find(ARCHIVE_RULES.headerMismatch, path3, { message: p2 });
      }
      if (name.endsWith("/") && e.size === 0 && e.compressedSize <= 2) continue;
      if (!this.admit(path3, 0)) return;
      const r = extractZipEntry(d, e, this.remaining());
      const type = e.unixMode & S_IFMT;
      if (type === S_IFLNK) {
        const target = r.ok ? Buffer.from(r.data.subarray(0, 4096)).toString("utf8") : "";
        if (_Unpacker.escapes(name, target)) {
          this.find(ARCHIVE_RULES.linkOut, path3, { message: `symbolic link to ${JSON.stringify(target.slice(0, 200))} leaves the tree`, evidence: { target: target.slice(0, 500) } });
        }
      } else if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
        this.find(ARCHIVE_RULES.device, path3, { message: `zip member has unix file type 0o${type.toString(8)} (pip installs it as a regular file)` });
      }
      if (!r.ok && depth === 0 && !prefix) digests.push(digest(name, e, null));
      if (!r.ok) {
        if (r.kind === "too-large") {
          if (this.state.bytes + e.size > this.limits.maxTotalBytes) this.stop(`${path3}: ${r.reason} (total-size limit)`, path3);
          else {
            this.find(ARCHIVE_RULES.bomb, path3, { message: r.reason, evidence: { declaredSize: e.size, compressedSize: e.compressedSize } });
            this.incomplete(`${path3}: ${r.reason}`);
          }
        } else if (r.kind === "unsupported") {
          this.find(ARCHIVE_RULES.unsupported, path3, { message: r.reason });
          this.incomplete(`${path3}: ${r.reason}`);
        } else {
          this.find(ARCHIVE_RULES.corrupt, path3, { message: r.reason });
          this.incomplete(`${path3}: ${r.reason}`);
        }
        if (this.stopped) return;
        continue;
      }
      if (!r.crcOk) this.find(ARCHIVE_RULES.corrupt, path3, { message: "CRC-32 does not match the central directory", strength: 1 });
      if (r.sizeMismatch) this.find(ARCHIVE_RULES.headerMismatch, path3, { message: `declared ${e.size} bytes, inflated to ${r.data.length}` });
      this.ratio(path3, e.compressedSize, r.data.length);
      const dg = digest(name, e, r.data);
      this.duplicate(seen, name, path3, dg.sha256);
      if (depth === 0 && !prefix) digests.push(dg);
      await this.emit(path3, r.data, depth);
      if (this.stopped) return;
    }
    if (this.wheel && depth === 0 && !prefix) {
      for (const f2 of checkRecord(digests)) this.find(ARCHIVE_RULES[f2.rule], f2.path, f2.hit);
    }
  }
  /** Set for wheels: RECORD is checked for the top-level zip. */
  wheel = false;
};
function digest(name, e, data) {
  if (!data) return { name, size: e.size, sha256: null };
  const h = createHash2("sha256").update(data).digest();
  return { name, size: data.length, sha256: h.toString("base64url"), sha256hex: h.toString("hex"), data: name.endsWith("/RECORD") ? data : void 0 };
}
async function unpack(d, format, opts, onMember) {
  const u2 = new Unpacker(opts.limits, onMember);
  u2.wheel = !!opts.wheel;
  await u2.container(d, format, "", 0);
  if (format !== "zip" && appendedZip(d)) await u2.zipAfter(d, format, "", 0);
  return u2.state;
}

// src/scoring/index.ts
var CATEGORY_CAPS = {
  archive: 6,
  filetype: 3,
  entropy: 3,
  strings: 3,
  structure: 3,
  payload: 10,
  spectrogram: 4,
  lsb: 4,
  code: 10
};
var MAX_SCORE = 10;
var CORROBORATING_FILE = 3;
var MAX_CORROBORATION = 2;
function scoreFiles(findings, rules) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f2 of findings) {
    if (f2.suppressed || f2.score <= 0) continue;
    const rule = rules.get(f2.rule);
    if (!rule) continue;
    const entry = byPath.get(f2.path) ?? { categories: {}, rules: /* @__PURE__ */ new Set() };
    const cats = entry.categories;
    cats[rule.category] = Math.max(cats[rule.category] ?? 0, Math.min(CATEGORY_CAPS[rule.category], f2.score));
    entry.rules.add(f2.rule);
    byPath.set(f2.path, entry);
  }
  const out = [];
  for (const [path3, { categories, rules: ruleIds }] of byPath) {
    const sum = Object.values(categories).reduce((a, b2) => a + (b2 ?? 0), 0);
    out.push({ path: path3, score: roundScore(Math.min(MAX_SCORE, sum)), categories, rules: ruleIds });
  }
  return out.sort((a, b2) => b2.score - a.score || a.path.localeCompare(b2.path));
}
function scoreArtifact(findings, rules) {
  const files = scoreFiles(findings, rules);
  if (files.length === 0) return { score: 0, breakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 } };
  const [worst, ...rest] = files;
  const corroborating = rest.filter((f2) => f2.score >= CORROBORATING_FILE && [...f2.rules].some((r) => !worst.rules.has(r)));
  const corroboration = Math.min(MAX_CORROBORATION, corroborating.length);
  return {
    score: roundScore(Math.min(MAX_SCORE, worst.score + (worst.score > 0 ? corroboration : 0))),
    breakdown: { worstFile: worst.path, worstFileScore: worst.score, categories: worst.categories, corroboration }
  };
}

// src/scan.ts
var RULES5 = allRules();
function sha256Hex(d) {
  return createHash3("sha256").update(d).digest("hex");
}
function artifactContainer(d, file) {
  const c = containerOf(d);
  if (c === "gzip") return "tar.gz";
  if (c === "bzip2") return "tar.bz2";
  if (c) return c;
  if (/\.(whl|zip|egg)$/i.test(file) && findZipEOCD(d) >= 0) return "zip";
  return null;
}
var MAX_FINDINGS_PER_RULE2 = 50;
function capFindings(report) {
  const kept = /* @__PURE__ */ new Map();
  const omitted = {};
  report.findings = report.findings.filter((f2) => {
    const n = kept.get(f2.rule) ?? 0;
    if (n < MAX_FINDINGS_PER_RULE2) {
      kept.set(f2.rule, n + 1);
      return true;
    }
    omitted[f2.rule] = (omitted[f2.rule] ?? 0) + 1;
    return false;
  });
  if (Object.keys(omitted).length) report.omittedFindings = omitted;
}
async function scanArtifact(input, options) {
  const t0 = performance.now();
  const { data, file } = input;
  const dist = parseArtifactName(file);
  const report = {
    file,
    path: input.path,
    sha256: sha256Hex(data),
    size: data.length,
    package: dist.name,
    version: dist.version,
    kind: dist.kind,
    score: 0,
    flagged: false,
    status: "scanned",
    reasons: [],
    findings: [],
    scoreBreakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 },
    stats: { files: 0, bytes: 0, seconds: 0 }
  };
  const finish = () => {
    const { score, breakdown } = scoreArtifact(report.findings, RULES5);
    report.score = score;
    report.scoreBreakdown = breakdown;
    report.flagged = score >= options.threshold;
    report.findings.sort((a, b2) => b2.score - a.score || a.path.localeCompare(b2.path) || a.rule.localeCompare(b2.rule));
    capFindings(report);
    report.stats.seconds = Math.round(performance.now() - t0) / 1e3;
    return report;
  };
  const container = artifactContainer(data, file);
  if (!container) {
    report.status = "error";
    report.reasons.push(`${file}: not an archive the scanner reads (zip, tar, or tar compressed with gzip, bzip2, xz, lzma or Unix compress): cannot be scanned`);
    return finish();
  }
  const findings = [];
  const incomplete = [];
  const attachments = [];
  const artifactState = newArtifactState();
  let metadata = null;
  const paths = [];
  try {
    const state = await unpack(data, container, { limits: options.limits, wheel: dist.kind === "wheel" }, async (m2) => {
      paths.push(m2.path);
      report.stats.files++;
      report.stats.bytes += m2.data.length;
      if (!metadata && m2.depth === 0 && /^[^/]+\.(dist-info\/METADATA|egg-info\/PKG-INFO)$|^[^/]+\/PKG-INFO$|^EGG-INFO\/PKG-INFO$/.test(m2.path)) {
        metadata = parseMetadata(Buffer.from(m2.data.subarray(0, 65536)).toString("utf8"));
      }
      const file2 = await toScanFile(m2.path, m2.data, m2.depth);
      const r = await analyzeFile(file2, ANALYZERS, options, paths, artifactState);
      findings.push(...r.findings);
      incomplete.push(...r.incomplete);
      attachments.push(...r.attachments);
    });
    findings.push(...state.findings);
    incomplete.push(...state.incomplete);
    const fin = await finalizeArtifact(ANALYZERS, options, paths, findings, artifactState);
    findings.push(...fin.findings);
    incomplete.push(...fin.incomplete);
  } catch (e) {
    incomplete.push(`${file}: scan stopped by an internal error: ${errText(e)}`);
  }
  const meta = metadata;
  if (meta) {
    report.package ??= meta.name;
    report.version ??= meta.version;
  }
  report.findings = findings;
  if (attachments.length) report.attachments = attachments;
  report.reasons = [...new Set(incomplete)];
  if (report.reasons.length) report.status = "incomplete";
  return finish();
}

// src/targets.ts
import fs3 from "node:fs/promises";
import path from "node:path";
var ARTIFACT_RE = /\.(whl|egg|zip|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.lzma|tar\.lz|tlz|tar)$/i;
var MANIFEST_RE = /(^|\/)(requirements[^/]*\.(txt|in)|constraints[^/]*\.txt|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|pylock(\.[^/]+)?\.toml)$/i;
var MAX_FILES = 1e5;
var MAX_DEPTH = 32;
async function resolveTargets(targets) {
  const artifacts = [];
  const errors = [];
  for (const target of targets) {
    let st2;
    try {
      st2 = await fs3.stat(target);
    } catch {
      errors.push({ target, message: "no such file or directory" });
      continue;
    }
    if (st2.isDirectory()) {
      const found = [];
      const ok = await walk2(target, found, 0);
      if (!ok) errors.push({ target, message: `more than ${MAX_FILES} artifacts or ${MAX_DEPTH} folder levels: stopped searching` });
      if (found.length === 0) errors.push({ target, message: "no Python artifacts (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg) found in this folder" });
      artifacts.push(...found.sort());
    } else if (MANIFEST_RE.test(target)) {
      errors.push({ target, message: "requirements and lock files are not supported as targets yet: download the artifacts (pip download --only-binary :all: -d DIR ...) and scan DIR" });
    } else if (ARTIFACT_RE.test(target)) {
      artifacts.push(target);
    } else {
      errors.push({ target, message: "not a Python artifact: expected .whl, .tar.gz, .tar.bz2, .tar.xz, .zip or .egg" });
    }
  }
  return { artifacts: [...new Set(artifacts)], errors };
}
async function walk2(dir, out, depth) {
  if (depth > MAX_DEPTH) return false;
  let entries;
  try {
    entries = await fs3.readdir(dir, { withFileTypes: true });
  } catch {
    return true;
  }
  for (const e of entries.sort((a, b2) => a.name.localeCompare(b2.name))) {
    const p2 = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!await walk2(p2, out, depth + 1)) return false;
    } else if ((e.isFile() || e.isSymbolicLink()) && ARTIFACT_RE.test(e.name)) {
      if (e.isSymbolicLink()) {
        const st2 = await fs3.stat(p2).catch(() => null);
        if (!st2?.isFile()) continue;
      }
      if (out.length >= MAX_FILES) return false;
      out.push(p2);
    }
  }
  return true;
}

// src/run.ts
async function scanPath(p2, options) {
  const file = path2.basename(p2);
  const st2 = await fs4.stat(p2);
  if (st2.size > options.limits.maxArtifactBytes) {
    return errorReport(p2, file, null, st2.size, `artifact is ${st2.size} bytes, over the ${options.limits.maxArtifactBytes}-byte limit: not scanned`);
  }
  const data = await fs4.readFile(p2);
  try {
    return await scanArtifact({ file, path: p2, data }, options);
  } catch (e) {
    return errorReport(p2, file, sha256Hex(data), data.length, `scan failed: ${errText(e)}`);
  }
}
function errorReport(p2, file, sha256, size, reason) {
  return {
    file,
    path: p2,
    sha256: sha256 ?? "",
    size,
    package: null,
    version: null,
    kind: "unknown",
    score: 0,
    flagged: false,
    status: "error",
    reasons: [reason],
    findings: [],
    scoreBreakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 },
    stats: { files: 0, bytes: 0, seconds: 0 }
  };
}
var ATTACH_MIN_SCORE = 2;
async function saveAttachments(report, reportDir) {
  const atts = report.attachments;
  if (!atts?.length) return;
  const kept = [];
  for (const [i, a] of atts.entries()) {
    const data = a.data;
    delete a.data;
    if (!reportDir || !data) continue;
    const worth = report.flagged || report.findings.some((f2) => f2.path === a.path && f2.score >= ATTACH_MIN_SCORE);
    if (!worth) continue;
    const base = a.path.slice(a.path.lastIndexOf("/") + 1).replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "").slice(-80) || "file";
    const name = a.name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
    const rel = path2.join(report.sha256.slice(0, 12) || "unhashed", `${i}-${base}-${name}`);
    await fs4.mkdir(path2.join(reportDir, path2.dirname(rel)), { recursive: true });
    await fs4.writeFile(path2.join(reportDir, rel), data);
    kept.push({ ...a, file: rel });
  }
  if (kept.length) report.attachments = kept;
  else delete report.attachments;
}
async function runScan(targets, options, run = {}) {
  const { progress } = run;
  const t0 = performance.now();
  const { artifacts, errors } = await resolveTargets(targets);
  const reports = [];
  for (let i = 0; i < artifacts.length; i++) {
    progress?.(i, artifacts.length, artifacts[i]);
    try {
      const r = await scanPath(artifacts[i], options);
      await saveAttachments(r, run.reportDir);
      reports.push(r);
    } catch (e) {
      reports.push(errorReport(artifacts[i], path2.basename(artifacts[i]), null, 0, `cannot read: ${errText(e)}`));
    }
  }
  progress?.(artifacts.length, artifacts.length, "");
  return buildReport(reports, errors, options, (performance.now() - t0) / 1e3);
}
function buildReport(artifacts, errors, options, seconds) {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
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
function safeText(s3, max = 300) {
  let out = s3.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  out = out.replace(/[\r\n\t]+/g, " ");
  return out.length > max ? `${out.slice(0, max - 1)}\u2026` : out;
}
function mdCell(s3, max = 300) {
  return safeText(s3, max).replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`);
}
function htmlText(s3, max = 300) {
  return safeText(s3, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/report/text.ts
function verdict2(r) {
  const { flagged, incomplete, artifacts } = r.stats;
  if (r.errors.length) return `ERROR: ${r.errors.length} target(s) could not be scanned; ${flagged} of ${artifacts} artifact(s) flagged`;
  if (flagged) return `FLAGGED: ${flagged} of ${artifacts} artifact(s) scored ${r.threshold} or more`;
  if (incomplete) return `INCOMPLETE: ${incomplete} of ${artifacts} artifact(s) could not be fully scanned${r.failOnIncomplete ? " (this fails the run)" : ""}`;
  return `OK: ${artifacts} artifact(s) scanned, none scored ${r.threshold} or more`;
}
function statusLabel(a) {
  if (a.flagged) return "FLAGGED";
  if (a.status === "incomplete") return "INCOMPLETE";
  if (a.status === "error") return "ERROR";
  return "ok";
}
function pad(s3, n) {
  return s3.length >= n ? s3 : s3 + " ".repeat(n - s3.length);
}
function renderText(r, opts = {}) {
  const lines = [];
  lines.push(verdict2(r), "");
  const rows = r.artifacts.map((a) => [statusLabel(a), a.score.toFixed(1), safeText(a.package ?? "?", 40), safeText(a.version ?? "?", 20), safeText(a.file, 80), a.findings[0] ? safeText(a.findings[0].rule, 40) : ""]);
  const head = ["STATUS", "SCORE", "PACKAGE", "VERSION", "FILE", "TOP FINDING"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  lines.push(head.map((h, i) => pad(h, widths[i])).join("  ").trimEnd());
  for (const row of rows) lines.push(row.map((c, i) => pad(c, widths[i])).join("  ").trimEnd());
  for (const a of r.artifacts) {
    const show = opts.details === "all" ? a.findings.length > 0 || a.status !== "scanned" : a.flagged || a.status !== "scanned";
    if (!show) continue;
    lines.push("", `${statusLabel(a)} ${safeText(a.file)}  score ${a.score} (threshold ${r.threshold})  sha256 ${a.sha256}`);
    if (a.scoreBreakdown.worstFile !== null) {
      const cats = Object.entries(a.scoreBreakdown.categories).map(([k2, v2]) => `${k2} ${v2}`).join(", ");
      lines.push(`  worst file: ${safeText(a.scoreBreakdown.worstFile || "(archive)")} = ${a.scoreBreakdown.worstFileScore} (${cats})${a.scoreBreakdown.corroboration ? ` + ${a.scoreBreakdown.corroboration} for other suspicious files` : ""}`);
    }
    for (const reason of a.reasons.slice(0, 10)) lines.push(`  ! not fully scanned: ${safeText(reason)}`);
    if (a.reasons.length > 10) lines.push(`  ! ... and ${a.reasons.length - 10} more reasons (see the JSON report)`);
    for (const f2 of a.findings.slice(0, 20)) {
      const where = f2.offset !== void 0 ? ` @${f2.offset}` : "";
      lines.push(`  ${pad(f2.score.toFixed(1), 4)} ${f2.rule}  ${safeText(f2.path || "(archive)", 120)}${where}: ${safeText(f2.message)}`);
      const preview = f2.evidence?.preview;
      if (typeof preview === "string" && preview) lines.push(`       preview: ${safeText(preview, 160)}`);
    }
    if (a.findings.length > 20) lines.push(`  ... and ${a.findings.length - 20} more findings (see the JSON report)`);
    const omitted = Object.entries(a.omittedFindings ?? {});
    if (omitted.length) lines.push(`  (not listed even in the JSON report: ${omitted.map(([r2, n]) => `${n} more ${r2}`).join(", ")})`);
  }
  for (const e of r.errors) lines.push("", `error: ${safeText(e.target)}: ${safeText(e.message)}`);
  const mb = r.stats.bytes / 1e6;
  lines.push("", `${r.stats.artifacts} artifact(s), ${r.stats.files} file(s), ${mb.toFixed(1)} MB in ${r.stats.seconds.toFixed(1)} s`);
  return lines.join("\n") + "\n";
}

// src/report/markdown.ts
function renderMarkdown(r) {
  const out = [];
  const { flagged, incomplete, artifacts } = r.stats;
  const icon = r.errors.length || flagged ? "\u274C" : incomplete ? "\u26A0\uFE0F" : "\u2705";
  out.push(`## ${icon} pypi-stego-scan: ${flagged} flagged, ${incomplete} not fully scanned, ${artifacts} artifact(s)`, "");
  out.push(`Threshold ${r.threshold}. ${r.failOnIncomplete ? "Artifacts that could not be fully scanned fail the run." : "Incomplete scans are reported but do not fail the run."}`, "");
  const problems = r.artifacts.filter((a) => a.flagged || a.status !== "scanned");
  if (problems.length) {
    out.push("| Status | Score | Package | Version | Top findings |", "| --- | ---: | --- | --- | --- |");
    for (const a of problems) {
      const top = a.findings.slice(0, 3).map((f2) => `\`${f2.rule}\` ${mdCell(f2.path || "archive", 80)}`).join("<br>") || mdCell(a.reasons[0] ?? "", 120);
      out.push(`| ${statusLabel(a)} | ${a.score} | ${mdCell(a.package ?? a.file, 60)} | ${mdCell(a.version ?? "?", 30)} | ${top} |`);
    }
    out.push("");
    for (const a of problems) {
      out.push("<details>", `<summary>${htmlText(a.file, 120)}: score ${a.score}, ${a.findings.length} finding(s)</summary>`, "");
      out.push(`sha256 \`${a.sha256}\``, "");
      for (const reason of a.reasons.slice(0, 10)) out.push(`- \u26A0\uFE0F not fully scanned: ${mdCell(reason)}`);
      if (a.findings.length) {
        out.push("", "| Score | Rule | File | Message |", "| ---: | --- | --- | --- |");
        for (const f2 of a.findings.slice(0, 30)) out.push(`| ${f2.score} | \`${f2.rule}\` | ${mdCell(f2.path || "(archive)", 100)} | ${mdCell(f2.message, 200)} |`);
        if (a.findings.length > 30) out.push("", `\u2026and ${a.findings.length - 30} more in the JSON report.`);
      }
      const pics = (a.attachments ?? []).filter((p2) => p2.file);
      if (pics.length) {
        out.push("", "In the report folder:");
        for (const p2 of pics) out.push(`- [${mdCell(p2.caption, 120)}](${encodeURI(p2.file)}) (${mdCell(p2.path, 100)})`);
      }
      out.push("", "</details>", "");
    }
  } else {
    out.push("No artifact reached the threshold.", "");
  }
  for (const e of r.errors) out.push(`- \u274C ${mdCell(e.target)}: ${mdCell(e.message)}`);
  out.push("", `${artifacts} artifact(s), ${r.stats.files} file(s), ${(r.stats.bytes / 1e6).toFixed(1)} MB in ${r.stats.seconds.toFixed(1)} s.`);
  return out.join("\n") + "\n";
}

export {
  __require,
  __commonJS,
  __toESM,
  DEFAULT_LIMITS,
  DEFAULT_THRESHOLD,
  defaultOptions,
  errText,
  TOOL_NAME,
  TOOL_VERSION,
  runScan,
  exitCode,
  safeText,
  renderText,
  renderMarkdown
};
