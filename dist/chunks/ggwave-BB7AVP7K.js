import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-HANBNIMK.js";

// node_modules/ggwave/ggwave.js
var require_ggwave = __commonJS({
  "node_modules/ggwave/ggwave.js"(exports, module) {
    var ggwave_factory = (() => {
      var _scriptDir = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : void 0;
      if (typeof __filename !== "undefined") _scriptDir = _scriptDir || __filename;
      return (function(ggwave_factory2) {
        ggwave_factory2 = ggwave_factory2 || {};
        var Module = typeof ggwave_factory2 !== "undefined" ? ggwave_factory2 : {};
        var objAssign = Object.assign;
        var readyPromiseResolve, readyPromiseReject;
        Module["ready"] = new Promise(function(resolve, reject) {
          readyPromiseResolve = resolve;
          readyPromiseReject = reject;
        });
        var moduleOverrides = objAssign({}, Module);
        var arguments_ = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        var ENVIRONMENT_IS_WEB = typeof window === "object";
        var ENVIRONMENT_IS_WORKER = typeof importScripts === "function";
        var ENVIRONMENT_IS_NODE = typeof process === "object" && typeof process.versions === "object" && typeof process.versions.node === "string";
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var read_, readAsync, readBinary, setWindowTitle;
        function logExceptionOnExit(e) {
          if (e instanceof ExitStatus) return;
          let toLog = e;
          err("exiting due to exception: " + toLog);
        }
        var fs;
        var nodePath;
        var requireNodeFS;
        if (ENVIRONMENT_IS_NODE) {
          if (ENVIRONMENT_IS_WORKER) {
            scriptDirectory = __require("path").dirname(scriptDirectory) + "/";
          } else {
            scriptDirectory = __dirname + "/";
          }
          requireNodeFS = (() => {
            if (!nodePath) {
              fs = __require("fs");
              nodePath = __require("path");
            }
          });
          read_ = function shell_read(filename, binary) {
            var ret = tryParseAsDataURI(filename);
            if (ret) {
              return binary ? ret : ret.toString();
            }
            requireNodeFS();
            filename = nodePath["normalize"](filename);
            return fs.readFileSync(filename, binary ? null : "utf8");
          };
          readBinary = ((filename) => {
            var ret = read_(filename, true);
            if (!ret.buffer) {
              ret = new Uint8Array(ret);
            }
            return ret;
          });
          readAsync = ((filename, onload, onerror) => {
            var ret = tryParseAsDataURI(filename);
            if (ret) {
              onload(ret);
            }
            requireNodeFS();
            filename = nodePath["normalize"](filename);
            fs.readFile(filename, function(err2, data) {
              if (err2) onerror(err2);
              else onload(data.buffer);
            });
          });
          if (process["argv"].length > 1) {
            thisProgram = process["argv"][1].replace(/\\/g, "/");
          }
          arguments_ = process["argv"].slice(2);
          process["on"]("uncaughtException", function(ex) {
            if (!(ex instanceof ExitStatus)) {
              throw ex;
            }
          });
          process["on"]("unhandledRejection", function(reason) {
            throw reason;
          });
          quit_ = ((status, toThrow) => {
            if (keepRuntimeAlive()) {
              process["exitCode"] = status;
              throw toThrow;
            }
            logExceptionOnExit(toThrow);
            process["exit"](status);
          });
          Module["inspect"] = function() {
            return "[Emscripten Module object]";
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          if (ENVIRONMENT_IS_WORKER) {
            scriptDirectory = self.location.href;
          } else if (typeof document !== "undefined" && document.currentScript) {
            scriptDirectory = document.currentScript.src;
          }
          if (_scriptDir) {
            scriptDirectory = _scriptDir;
          }
          if (scriptDirectory.indexOf("blob:") !== 0) {
            scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
          } else {
            scriptDirectory = "";
          }
          {
            read_ = ((url) => {
              try {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.send(null);
                return xhr.responseText;
              } catch (err2) {
                var data = tryParseAsDataURI(url);
                if (data) {
                  return intArrayToString(data);
                }
                throw err2;
              }
            });
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = ((url) => {
                try {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url, false);
                  xhr.responseType = "arraybuffer";
                  xhr.send(null);
                  return new Uint8Array(xhr.response);
                } catch (err2) {
                  var data = tryParseAsDataURI(url);
                  if (data) {
                    return data;
                  }
                  throw err2;
                }
              });
            }
            readAsync = ((url, onload, onerror) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = (() => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  onload(xhr.response);
                  return;
                }
                var data = tryParseAsDataURI(url);
                if (data) {
                  onload(data.buffer);
                  return;
                }
                onerror();
              });
              xhr.onerror = onerror;
              xhr.send(null);
            });
          }
          setWindowTitle = ((title) => document.title = title);
        } else {
        }
        var out = Module["print"] || console.log.bind(console);
        var err = Module["printErr"] || console.warn.bind(console);
        objAssign(Module, moduleOverrides);
        moduleOverrides = null;
        if (Module["arguments"]) arguments_ = Module["arguments"];
        if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
        if (Module["quit"]) quit_ = Module["quit"];
        var tempRet0 = 0;
        var setTempRet0 = (value) => {
          tempRet0 = value;
        };
        var wasmBinary;
        if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
        var noExitRuntime = Module["noExitRuntime"] || true;
        if (typeof WebAssembly !== "object") {
          abort("no native wasm support detected");
        }
        var wasmMemory;
        var ABORT = false;
        var EXITSTATUS;
        function assert(condition, text) {
          if (!condition) {
            abort(text);
          }
        }
        var UTF8Decoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf8") : void 0;
        function UTF8ArrayToString(heap, idx, maxBytesToRead) {
          var endIdx = idx + maxBytesToRead;
          var endPtr = idx;
          while (heap[endPtr] && !(endPtr >= endIdx)) ++endPtr;
          if (endPtr - idx > 16 && heap.subarray && UTF8Decoder) {
            return UTF8Decoder.decode(heap.subarray(idx, endPtr));
          } else {
            var str = "";
            while (idx < endPtr) {
              var u0 = heap[idx++];
              if (!(u0 & 128)) {
                str += String.fromCharCode(u0);
                continue;
              }
              var u1 = heap[idx++] & 63;
              if ((u0 & 224) == 192) {
                str += String.fromCharCode((u0 & 31) << 6 | u1);
                continue;
              }
              var u2 = heap[idx++] & 63;
              if ((u0 & 240) == 224) {
                u0 = (u0 & 15) << 12 | u1 << 6 | u2;
              } else {
                u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heap[idx++] & 63;
              }
              if (u0 < 65536) {
                str += String.fromCharCode(u0);
              } else {
                var ch = u0 - 65536;
                str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
              }
            }
          }
          return str;
        }
        function UTF8ToString(ptr, maxBytesToRead) {
          return ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "";
        }
        function stringToUTF8Array(str, heap, outIdx, maxBytesToWrite) {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.charCodeAt(i);
            if (u >= 55296 && u <= 57343) {
              var u1 = str.charCodeAt(++i);
              u = 65536 + ((u & 1023) << 10) | u1 & 1023;
            }
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        }
        function stringToUTF8(str, outPtr, maxBytesToWrite) {
          return stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        }
        function lengthBytesUTF8(str) {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var u = str.charCodeAt(i);
            if (u >= 55296 && u <= 57343) u = 65536 + ((u & 1023) << 10) | str.charCodeAt(++i) & 1023;
            if (u <= 127) ++len;
            else if (u <= 2047) len += 2;
            else if (u <= 65535) len += 3;
            else len += 4;
          }
          return len;
        }
        var UTF16Decoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf-16le") : void 0;
        function UTF16ToString(ptr, maxBytesToRead) {
          var endPtr = ptr;
          var idx = endPtr >> 1;
          var maxIdx = idx + maxBytesToRead / 2;
          while (!(idx >= maxIdx) && HEAPU16[idx]) ++idx;
          endPtr = idx << 1;
          if (endPtr - ptr > 32 && UTF16Decoder) {
            return UTF16Decoder.decode(HEAPU8.subarray(ptr, endPtr));
          } else {
            var str = "";
            for (var i = 0; !(i >= maxBytesToRead / 2); ++i) {
              var codeUnit = HEAP16[ptr + i * 2 >> 1];
              if (codeUnit == 0) break;
              str += String.fromCharCode(codeUnit);
            }
            return str;
          }
        }
        function stringToUTF16(str, outPtr, maxBytesToWrite) {
          if (maxBytesToWrite === void 0) {
            maxBytesToWrite = 2147483647;
          }
          if (maxBytesToWrite < 2) return 0;
          maxBytesToWrite -= 2;
          var startPtr = outPtr;
          var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
          for (var i = 0; i < numCharsToWrite; ++i) {
            var codeUnit = str.charCodeAt(i);
            HEAP16[outPtr >> 1] = codeUnit;
            outPtr += 2;
          }
          HEAP16[outPtr >> 1] = 0;
          return outPtr - startPtr;
        }
        function lengthBytesUTF16(str) {
          return str.length * 2;
        }
        function UTF32ToString(ptr, maxBytesToRead) {
          var i = 0;
          var str = "";
          while (!(i >= maxBytesToRead / 4)) {
            var utf32 = HEAP32[ptr + i * 4 >> 2];
            if (utf32 == 0) break;
            ++i;
            if (utf32 >= 65536) {
              var ch = utf32 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            } else {
              str += String.fromCharCode(utf32);
            }
          }
          return str;
        }
        function stringToUTF32(str, outPtr, maxBytesToWrite) {
          if (maxBytesToWrite === void 0) {
            maxBytesToWrite = 2147483647;
          }
          if (maxBytesToWrite < 4) return 0;
          var startPtr = outPtr;
          var endPtr = startPtr + maxBytesToWrite - 4;
          for (var i = 0; i < str.length; ++i) {
            var codeUnit = str.charCodeAt(i);
            if (codeUnit >= 55296 && codeUnit <= 57343) {
              var trailSurrogate = str.charCodeAt(++i);
              codeUnit = 65536 + ((codeUnit & 1023) << 10) | trailSurrogate & 1023;
            }
            HEAP32[outPtr >> 2] = codeUnit;
            outPtr += 4;
            if (outPtr + 4 > endPtr) break;
          }
          HEAP32[outPtr >> 2] = 0;
          return outPtr - startPtr;
        }
        function lengthBytesUTF32(str) {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var codeUnit = str.charCodeAt(i);
            if (codeUnit >= 55296 && codeUnit <= 57343) ++i;
            len += 4;
          }
          return len;
        }
        function alignUp(x, multiple) {
          if (x % multiple > 0) {
            x += multiple - x % multiple;
          }
          return x;
        }
        var buffer, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
        function updateGlobalBufferAndViews(buf) {
          buffer = buf;
          Module["HEAP8"] = HEAP8 = new Int8Array(buf);
          Module["HEAP16"] = HEAP16 = new Int16Array(buf);
          Module["HEAP32"] = HEAP32 = new Int32Array(buf);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(buf);
          Module["HEAPU16"] = HEAPU16 = new Uint16Array(buf);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(buf);
          Module["HEAPF32"] = HEAPF32 = new Float32Array(buf);
          Module["HEAPF64"] = HEAPF64 = new Float64Array(buf);
        }
        var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 16777216;
        var wasmTable;
        var __ATPRERUN__ = [];
        var __ATINIT__ = [];
        var __ATPOSTRUN__ = [];
        var runtimeInitialized = false;
        var runtimeKeepaliveCounter = 0;
        function keepRuntimeAlive() {
          return noExitRuntime || runtimeKeepaliveCounter > 0;
        }
        function preRun() {
          if (Module["preRun"]) {
            if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
            while (Module["preRun"].length) {
              addOnPreRun(Module["preRun"].shift());
            }
          }
          callRuntimeCallbacks(__ATPRERUN__);
        }
        function initRuntime() {
          runtimeInitialized = true;
          callRuntimeCallbacks(__ATINIT__);
        }
        function postRun() {
          if (Module["postRun"]) {
            if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
            while (Module["postRun"].length) {
              addOnPostRun(Module["postRun"].shift());
            }
          }
          callRuntimeCallbacks(__ATPOSTRUN__);
        }
        function addOnPreRun(cb) {
          __ATPRERUN__.unshift(cb);
        }
        function addOnInit(cb) {
          __ATINIT__.unshift(cb);
        }
        function addOnPostRun(cb) {
          __ATPOSTRUN__.unshift(cb);
        }
        var runDependencies = 0;
        var runDependencyWatcher = null;
        var dependenciesFulfilled = null;
        function addRunDependency(id) {
          runDependencies++;
          if (Module["monitorRunDependencies"]) {
            Module["monitorRunDependencies"](runDependencies);
          }
        }
        function removeRunDependency(id) {
          runDependencies--;
          if (Module["monitorRunDependencies"]) {
            Module["monitorRunDependencies"](runDependencies);
          }
          if (runDependencies == 0) {
            if (runDependencyWatcher !== null) {
              clearInterval(runDependencyWatcher);
              runDependencyWatcher = null;
            }
            if (dependenciesFulfilled) {
              var callback = dependenciesFulfilled;
              dependenciesFulfilled = null;
              callback();
            }
          }
        }
        Module["preloadedImages"] = {};
        Module["preloadedAudios"] = {};
        function abort(what) {
          {
            if (Module["onAbort"]) {
              Module["onAbort"](what);
            }
          }
          what = "Aborted(" + what + ")";
          err(what);
          ABORT = true;
          EXITSTATUS = 1;
          what += ". Build with -s ASSERTIONS=1 for more info.";
          var e = new WebAssembly.RuntimeError(what);
          readyPromiseReject(e);
          throw e;
        }
        var dataURIPrefix = "data:application/octet-stream;base64,";
        function isDataURI(filename) {
          return filename.startsWith(dataURIPrefix);
        }
        function isFileURI(filename) {
          return filename.startsWith("file://");
        }
        var wasmBinaryFile;
        wasmBinaryFile = "data:application/octet-stream;base64,AGFzbQEAAAAB5QEhYAN/f38AYAF/AX9gAX8AYAN/f38Bf2AFf39/f38AYAR/f39/AGAGf39/f39/AGAAAGACf38AYAV/f39/fwF/YAJ/fwF/YAN/fn8BfmAEf39/fwF/YAF8AX1gAAF/YAF9AX1gAXwBfGACfH8BfGAGf3x/f39/AX9gCn9/f39/f39/f38AYAN/f3wAYAd/f39/f39/AGACfn8Bf2ADfHx/AXxgAnx8AXxgBX99f39/AX9gBn9/f39/fwF/YAJ9fwF/YAJ8fwF/YAd/f39/f39/AX9gBH9/fn4AYAN/f30AYAJ/fwF9Ap0BGgFhAWEAAAFhAWIAAAFhAWMABgFhAWQAEwFhAWUABAFhAWYAFAFhAWcACgFhAWgABwFhAWkAAAFhAWoAAgFhAWsAAgFhAWwADAFhAW0ACAFhAW4AAAFhAW8ABQFhAXAAAgFhAXEABgFhAXIACQFhAXMAFQFhAXQAAgFhAXUAAQFhAXYAAQFhAXcAAwFhAXgACAFhAXkABAFhAXoACANragMDAAEABAMCAgENDQ4BAAEWDwIQFxgZBA8RBwYFABADAAwBBQcFAwoAAAEaBREBAgAbHAkHAAEDAAkdCgAAHgQFBQUDCAEHChIBCwELAwEfIAECAQIFAAICCAgABwcCAAMECQYGBgQECQ4EBQFwATQ0BQcBAYACgIACBgkBfwFBsO3AAgsHIQgBQQIAAUIAPgFDAQABRAAhAUUAJwFGAGsBRwBOAUgAfAk9AQBBAQszgwFyVU9qaVVPY25hbV5sggF7enl4d3Z1dHNxaGdmZWRiXyxJSUAsQCxdfYABXCx+gQFbLH9ZWgrtuQRqgQQBA38gAkGABE8EQCAAIAEgAhAWGiAADwsgACACaiEDAkAgACABc0EDcUUEQAJAIABBA3FFBEAgACECDAELIAJFBEAgACECDAELIAAhAgNAIAIgAS0AADoAACABQQFqIQEgAkEBaiICQQNxRQ0BIAIgA0kNAAsLAkAgA0F8cSIEQcAASQ0AIAIgBEFAaiIFSw0AA0AgAiABKAIANgIAIAIgASgCBDYCBCACIAEoAgg2AgggAiABKAIMNgIMIAIgASgCEDYCECACIAEoAhQ2AhQgAiABKAIYNgIYIAIgASgCHDYCHCACIAEoAiA2AiAgAiABKAIkNgIkIAIgASgCKDYCKCACIAEoAiw2AiwgAiABKAIwNgIwIAIgASgCNDYCNCACIAEoAjg2AjggAiABKAI8NgI8IAFBQGshASACQUBrIgIgBU0NAAsLIAIgBE8NAQNAIAIgASgCADYCACABQQRqIQEgAkEEaiICIARJDQALDAELIANBBEkEQCAAIQIMAQsgACADQQRrIgRLBEAgACECDAELIAAhAgNAIAIgAS0AADoAACACIAEtAAE6AAEgAiABLQACOgACIAIgAS0AAzoAAyABQQRqIQEgAkEEaiICIARNDQALCyACIANJBEADQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAiADRw0ACwsgAAvyAgICfwF+AkAgAkUNACAAIAE6AAAgACACaiIDQQFrIAE6AAAgAkEDSQ0AIAAgAToAAiAAIAE6AAEgA0EDayABOgAAIANBAmsgAToAACACQQdJDQAgACABOgADIANBBGsgAToAACACQQlJDQAgAEEAIABrQQNxIgRqIgMgAUH/AXFBgYKECGwiATYCACADIAIgBGtBfHEiBGoiAkEEayABNgIAIARBCUkNACADIAE2AgggAyABNgIEIAJBCGsgATYCACACQQxrIAE2AgAgBEEZSQ0AIAMgATYCGCADIAE2AhQgAyABNgIQIAMgATYCDCACQRBrIAE2AgAgAkEUayABNgIAIAJBGGsgATYCACACQRxrIAE2AgAgBCADQQRxQRhyIgRrIgJBIEkNACABrUKBgICAEH4hBSADIARqIQEDQCABIAU3AxggASAFNwMQIAEgBTcDCCABIAU3AwAgAUEgaiEBIAJBIGsiAkEfSw0ACwsgAAsjAQF/IwBBEGsiAyQAIAMgAjYCDCAAIAEgAhBCIANBEGokAAszAQF/IABBASAAGyEAAkADQCAAECciAQ0BQaTtACgCACIBBEAgAREHAAwBCwsQBwALIAELFwAgAC0AAEEgcUUEQCABIAIgABA5GgsLbwEBfyMAQYACayIFJAACQCACIANMDQAgBEGAwARxDQAgBSABQf8BcSACIANrIgJBgAIgAkGAAkkiARsQGxogAUUEQANAIAAgBUGAAhAeIAJBgAJrIgJB/wFLDQALCyAAIAUgAhAeCyAFQYACaiQAC3QBAX8gAkUEQCAAKAIEIAEoAgRGDwsgACABRgRAQQEPCyABKAIEIgItAAAhAQJAIAAoAgQiAy0AACIARQ0AIAAgAUcNAANAIAItAAEhASADLQABIgBFDQEgAkEBaiECIANBAWohAyAAIAFGDQALCyAAIAFGC8wMAQd/AkAgAEUNACAAQQhrIgMgAEEEaygCACIBQXhxIgBqIQUCQCABQQFxDQAgAUEDcUUNASADIAMoAgAiAWsiA0HE6QAoAgBJDQEgACABaiEAIANByOkAKAIARwRAIAFB/wFNBEAgAygCCCICIAFBA3YiBEEDdEHc6QBqRhogAiADKAIMIgFGBEBBtOkAQbTpACgCAEF+IAR3cTYCAAwDCyACIAE2AgwgASACNgIIDAILIAMoAhghBgJAIAMgAygCDCIBRwRAIAMoAggiAiABNgIMIAEgAjYCCAwBCwJAIANBFGoiAigCACIEDQAgA0EQaiICKAIAIgQNAEEAIQEMAQsDQCACIQcgBCIBQRRqIgIoAgAiBA0AIAFBEGohAiABKAIQIgQNAAsgB0EANgIACyAGRQ0BAkAgAyADKAIcIgJBAnRB5OsAaiIEKAIARgRAIAQgATYCACABDQFBuOkAQbjpACgCAEF+IAJ3cTYCAAwDCyAGQRBBFCAGKAIQIANGG2ogATYCACABRQ0CCyABIAY2AhggAygCECICBEAgASACNgIQIAIgATYCGAsgAygCFCICRQ0BIAEgAjYCFCACIAE2AhgMAQsgBSgCBCIBQQNxQQNHDQBBvOkAIAA2AgAgBSABQX5xNgIEIAMgAEEBcjYCBCAAIANqIAA2AgAPCyADIAVPDQAgBSgCBCIBQQFxRQ0AAkAgAUECcUUEQCAFQczpACgCAEYEQEHM6QAgAzYCAEHA6QBBwOkAKAIAIABqIgA2AgAgAyAAQQFyNgIEIANByOkAKAIARw0DQbzpAEEANgIAQcjpAEEANgIADwsgBUHI6QAoAgBGBEBByOkAIAM2AgBBvOkAQbzpACgCACAAaiIANgIAIAMgAEEBcjYCBCAAIANqIAA2AgAPCyABQXhxIABqIQACQCABQf8BTQRAIAUoAggiAiABQQN2IgRBA3RB3OkAakYaIAIgBSgCDCIBRgRAQbTpAEG06QAoAgBBfiAEd3E2AgAMAgsgAiABNgIMIAEgAjYCCAwBCyAFKAIYIQYCQCAFIAUoAgwiAUcEQCAFKAIIIgJBxOkAKAIASRogAiABNgIMIAEgAjYCCAwBCwJAIAVBFGoiAigCACIEDQAgBUEQaiICKAIAIgQNAEEAIQEMAQsDQCACIQcgBCIBQRRqIgIoAgAiBA0AIAFBEGohAiABKAIQIgQNAAsgB0EANgIACyAGRQ0AAkAgBSAFKAIcIgJBAnRB5OsAaiIEKAIARgRAIAQgATYCACABDQFBuOkAQbjpACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogATYCACABRQ0BCyABIAY2AhggBSgCECICBEAgASACNgIQIAIgATYCGAsgBSgCFCICRQ0AIAEgAjYCFCACIAE2AhgLIAMgAEEBcjYCBCAAIANqIAA2AgAgA0HI6QAoAgBHDQFBvOkAIAA2AgAPCyAFIAFBfnE2AgQgAyAAQQFyNgIEIAAgA2ogADYCAAsgAEH/AU0EQCAAQQN2IgFBA3RB3OkAaiEAAn9BtOkAKAIAIgJBASABdCIBcUUEQEG06QAgASACcjYCACAADAELIAAoAggLIQIgACADNgIIIAIgAzYCDCADIAA2AgwgAyACNgIIDwtBHyECIANCADcCECAAQf///wdNBEAgAEEIdiIBIAFBgP4/akEQdkEIcSIBdCICIAJBgOAfakEQdkEEcSICdCIEIARBgIAPakEQdkECcSIEdEEPdiABIAJyIARyayIBQQF0IAAgAUEVanZBAXFyQRxqIQILIAMgAjYCHCACQQJ0QeTrAGohAQJAAkACQEG46QAoAgAiBEEBIAJ0IgdxRQRAQbjpACAEIAdyNgIAIAEgAzYCACADIAE2AhgMAQsgAEEAQRkgAkEBdmsgAkEfRht0IQIgASgCACEBA0AgASIEKAIEQXhxIABGDQIgAkEddiEBIAJBAXQhAiAEIAFBBHFqIgdBEGooAgAiAQ0ACyAHIAM2AhAgAyAENgIYCyADIAM2AgwgAyADNgIIDAELIAQoAggiACADNgIMIAQgAzYCCCADQQA2AhggAyAENgIMIAMgADYCCAtB1OkAQdTpACgCAEEBayIAQX8gABs2AgALC2oBA38jAEEQayIBJAAgAUEANgIMIAEgADYCBCABIAA2AgAgASAAQQFqNgIIIAEhAiMAQRBrIgMkACADQQhqIgAgAigCBDYCACAAKAIAQQE6AAAgAigCCEEBOgAAIANBEGokACABQRBqJAALlgEBBH8jAEEQayIBJAAgAUEANgIMIAEgADYCBCABIAA2AgAgASAAQQFqNgIIIAEhAyMAQRBrIgQkACAEQQhqIgAgAygCBDYCACAAKAIALQAARQRAAn8CQCADKAIIIgItAAAiAEEBRwR/IABBAnENASACQQI6AABBAQVBAAsMAQsQBwALIQILIARBEGokACABQRBqJAAgAgtLAQJ8IAAgAKIiASAAoiICIAEgAaKiIAFEp0Y7jIfNxj6iRHTnyuL5ACq/oKIgAiABRLL7bokQEYE/okR3rMtUVVXFv6CiIACgoLYLTwEBfCAAIACiIgAgACAAoiIBoiAARGlQ7uBCk/k+okQnHg/oh8BWv6CiIAFEQjoF4VNVpT+iIABEgV4M/f//37+iRAAAAAAAAPA/oKCgtgvOBABB8N8ALQAARQRAQeTfAEEANgIAQdjfAEEANgIAQczfAEEANgIAQcDfAEEANgIAQbTfAEEANgIAQajfAEEANgIAQZzfAEEANgIAQZDfAEEANgIAQYTfAEEANgIAQfjeAEEANgIAQe3fAEEAOgAAQeHfAEEAOgAAQdXfAEEAOgAAQcnfAEEAOgAAQb3fAEEAOgAAQbHfAEEAOgAAQaXfAEEAOgAAQZnfAEEAOgAAQY3fAEEAOgAAQYHfAEEAOgAAQfXeAEEAOgAAQfLeAEGDgogINgEAQfDeAEEYOwEAQezeAEHHCDYCAEHm3gBBhoKICDYBAEHk3gBBGDsBAEHg3gBB6gg2AgBB2t4AQYmCiAg2AQBB2N4AQRg7AQBB1N4AQf8KNgIAQc7eAEGDgoQINgEAQczeAEEYOwEAQcjeAEHUCDYCAEHC3gBBhoKECDYBAEHA3gBBGDsBAEG83gBB9Ag2AgBBtt4AQYmChAg2AQBBtN4AQRg7AQBBsN4AQYsLNgIAQareAEGDhoQINgEAQajeAEHAAjsBAEGk3gBBuwg2AgBBnt4AQYaGhAg2AQBBnN4AQcACOwEAQZjeAEHhCDYCAEGS3gBBiYaECDYBAEGQ3gBBwAI7AQBBjN4AQfQKNgIAQYbeAEGDhoQINgEAQYTeAEEoOwEAQYDeAEHZCDYCAEH63QBBhoaECDYBAEH43QBBKDsBAEH03QBB+Qg2AgBB7t0AQYmGhAg2AQBB7N0AQSg7AQBB6N0AQZALNgIAQfDfAEEBOgAAC0Ho3QALjS4BC38jAEEQayILJAACQAJAAkACQAJAAkACQAJAAkACQAJAIABB9AFNBEBBtOkAKAIAIgZBECAAQQtqQXhxIABBC0kbIgdBA3YiAnYiAUEDcQRAIAFBf3NBAXEgAmoiA0EDdCIBQeTpAGooAgAiBEEIaiEAAkAgBCgCCCICIAFB3OkAaiIBRgRAQbTpACAGQX4gA3dxNgIADAELIAIgATYCDCABIAI2AggLIAQgA0EDdCIBQQNyNgIEIAEgBGoiASABKAIEQQFyNgIEDAwLIAdBvOkAKAIAIgpNDQEgAQRAAkBBAiACdCIAQQAgAGtyIAEgAnRxIgBBACAAa3FBAWsiACAAQQx2QRBxIgJ2IgFBBXZBCHEiACACciABIAB2IgFBAnZBBHEiAHIgASAAdiIBQQF2QQJxIgByIAEgAHYiAUEBdkEBcSIAciABIAB2aiIDQQN0IgBB5OkAaigCACIEKAIIIgEgAEHc6QBqIgBGBEBBtOkAIAZBfiADd3EiBjYCAAwBCyABIAA2AgwgACABNgIICyAEQQhqIQAgBCAHQQNyNgIEIAQgB2oiAiADQQN0IgEgB2siA0EBcjYCBCABIARqIAM2AgAgCgRAIApBA3YiAUEDdEHc6QBqIQVByOkAKAIAIQQCfyAGQQEgAXQiAXFFBEBBtOkAIAEgBnI2AgAgBQwBCyAFKAIICyEBIAUgBDYCCCABIAQ2AgwgBCAFNgIMIAQgATYCCAtByOkAIAI2AgBBvOkAIAM2AgAMDAtBuOkAKAIAIglFDQEgCUEAIAlrcUEBayIAIABBDHZBEHEiAnYiAUEFdkEIcSIAIAJyIAEgAHYiAUECdkEEcSIAciABIAB2IgFBAXZBAnEiAHIgASAAdiIBQQF2QQFxIgByIAEgAHZqQQJ0QeTrAGooAgAiASgCBEF4cSAHayEDIAEhAgNAAkAgAigCECIARQRAIAIoAhQiAEUNAQsgACgCBEF4cSAHayICIAMgAiADSSICGyEDIAAgASACGyEBIAAhAgwBCwsgASgCGCEIIAEgASgCDCIERwRAIAEoAggiAEHE6QAoAgBJGiAAIAQ2AgwgBCAANgIIDAsLIAFBFGoiAigCACIARQRAIAEoAhAiAEUNAyABQRBqIQILA0AgAiEFIAAiBEEUaiICKAIAIgANACAEQRBqIQIgBCgCECIADQALIAVBADYCAAwKC0F/IQcgAEG/f0sNACAAQQtqIgBBeHEhB0G46QAoAgAiCUUNAEEAIAdrIQMCQAJAAkACf0EAIAdBgAJJDQAaQR8gB0H///8HSw0AGiAAQQh2IgAgAEGA/j9qQRB2QQhxIgJ0IgAgAEGA4B9qQRB2QQRxIgF0IgAgAEGAgA9qQRB2QQJxIgB0QQ92IAEgAnIgAHJrIgBBAXQgByAAQRVqdkEBcXJBHGoLIgZBAnRB5OsAaigCACICRQRAQQAhAAwBC0EAIQAgB0EAQRkgBkEBdmsgBkEfRht0IQEDQAJAIAIoAgRBeHEgB2siBSADTw0AIAIhBCAFIgMNAEEAIQMgAiEADAMLIAAgAigCFCIFIAUgAiABQR12QQRxaigCECICRhsgACAFGyEAIAFBAXQhASACDQALCyAAIARyRQRAQQAhBEECIAZ0IgBBACAAa3IgCXEiAEUNAyAAQQAgAGtxQQFrIgAgAEEMdkEQcSICdiIBQQV2QQhxIgAgAnIgASAAdiIBQQJ2QQRxIgByIAEgAHYiAUEBdkECcSIAciABIAB2IgFBAXZBAXEiAHIgASAAdmpBAnRB5OsAaigCACEACyAARQ0BCwNAIAAoAgRBeHEgB2siASADSSECIAEgAyACGyEDIAAgBCACGyEEIAAoAhAiAQR/IAEFIAAoAhQLIgANAAsLIARFDQAgA0G86QAoAgAgB2tPDQAgBCgCGCEGIAQgBCgCDCIBRwRAIAQoAggiAEHE6QAoAgBJGiAAIAE2AgwgASAANgIIDAkLIARBFGoiAigCACIARQRAIAQoAhAiAEUNAyAEQRBqIQILA0AgAiEFIAAiAUEUaiICKAIAIgANACABQRBqIQIgASgCECIADQALIAVBADYCAAwICyAHQbzpACgCACICTQRAQcjpACgCACEDAkAgAiAHayIBQRBPBEBBvOkAIAE2AgBByOkAIAMgB2oiADYCACAAIAFBAXI2AgQgAiADaiABNgIAIAMgB0EDcjYCBAwBC0HI6QBBADYCAEG86QBBADYCACADIAJBA3I2AgQgAiADaiIAIAAoAgRBAXI2AgQLIANBCGohAAwKCyAHQcDpACgCACIISQRAQcDpACAIIAdrIgE2AgBBzOkAQczpACgCACICIAdqIgA2AgAgACABQQFyNgIEIAIgB0EDcjYCBCACQQhqIQAMCgtBACEAIAdBL2oiCQJ/QYztACgCAARAQZTtACgCAAwBC0GY7QBCfzcCAEGQ7QBCgKCAgICABDcCAEGM7QAgC0EMakFwcUHYqtWqBXM2AgBBoO0AQQA2AgBB8OwAQQA2AgBBgCALIgFqIgZBACABayIFcSICIAdNDQlB7OwAKAIAIgQEQEHk7AAoAgAiAyACaiIBIANNDQogASAESw0KC0Hw7AAtAABBBHENBAJAAkBBzOkAKAIAIgMEQEH07AAhAANAIAMgACgCACIBTwRAIAEgACgCBGogA0sNAwsgACgCCCIADQALC0EAECkiAUF/Rg0FIAIhBkGQ7QAoAgAiA0EBayIAIAFxBEAgAiABayAAIAFqQQAgA2txaiEGCyAGIAdNDQUgBkH+////B0sNBUHs7AAoAgAiBARAQeTsACgCACIDIAZqIgAgA00NBiAAIARLDQYLIAYQKSIAIAFHDQEMBwsgBiAIayAFcSIGQf7///8HSw0EIAYQKSIBIAAoAgAgACgCBGpGDQMgASEACwJAIABBf0YNACAHQTBqIAZNDQBBlO0AKAIAIgEgCSAGa2pBACABa3EiAUH+////B0sEQCAAIQEMBwsgARApQX9HBEAgASAGaiEGIAAhAQwHC0EAIAZrECkaDAQLIAAiAUF/Rw0FDAMLQQAhBAwHC0EAIQEMBQsgAUF/Rw0CC0Hw7ABB8OwAKAIAQQRyNgIACyACQf7///8HSw0BIAIQKSEBQQAQKSEAIAFBf0YNASAAQX9GDQEgACABTQ0BIAAgAWsiBiAHQShqTQ0BC0Hk7ABB5OwAKAIAIAZqIgA2AgBB6OwAKAIAIABJBEBB6OwAIAA2AgALAkACQAJAQczpACgCACIFBEBB9OwAIQADQCABIAAoAgAiAyAAKAIEIgJqRg0CIAAoAggiAA0ACwwCC0HE6QAoAgAiAEEAIAAgAU0bRQRAQcTpACABNgIAC0EAIQBB+OwAIAY2AgBB9OwAIAE2AgBB1OkAQX82AgBB2OkAQYztACgCADYCAEGA7QBBADYCAANAIABBA3QiA0Hk6QBqIANB3OkAaiICNgIAIANB6OkAaiACNgIAIABBAWoiAEEgRw0AC0HA6QAgBkEoayIDQXggAWtBB3FBACABQQhqQQdxGyIAayICNgIAQczpACAAIAFqIgA2AgAgACACQQFyNgIEIAEgA2pBKDYCBEHQ6QBBnO0AKAIANgIADAILIAAtAAxBCHENACADIAVLDQAgASAFTQ0AIAAgAiAGajYCBEHM6QAgBUF4IAVrQQdxQQAgBUEIakEHcRsiAGoiAjYCAEHA6QBBwOkAKAIAIAZqIgEgAGsiADYCACACIABBAXI2AgQgASAFakEoNgIEQdDpAEGc7QAoAgA2AgAMAQtBxOkAKAIAIAFLBEBBxOkAIAE2AgALIAEgBmohAkH07AAhAAJAAkACQAJAAkACQANAIAIgACgCAEcEQCAAKAIIIgANAQwCCwsgAC0ADEEIcUUNAQtB9OwAIQADQCAFIAAoAgAiAk8EQCACIAAoAgRqIgQgBUsNAwsgACgCCCEADAALAAsgACABNgIAIAAgACgCBCAGajYCBCABQXggAWtBB3FBACABQQhqQQdxG2oiCSAHQQNyNgIEIAJBeCACa0EHcUEAIAJBCGpBB3EbaiIGIAcgCWoiCGshAiAFIAZGBEBBzOkAIAg2AgBBwOkAQcDpACgCACACaiIANgIAIAggAEEBcjYCBAwDCyAGQcjpACgCAEYEQEHI6QAgCDYCAEG86QBBvOkAKAIAIAJqIgA2AgAgCCAAQQFyNgIEIAAgCGogADYCAAwDCyAGKAIEIgBBA3FBAUYEQCAAQXhxIQUCQCAAQf8BTQRAIAYoAggiAyAAQQN2IgBBA3RB3OkAakYaIAMgBigCDCIBRgRAQbTpAEG06QAoAgBBfiAAd3E2AgAMAgsgAyABNgIMIAEgAzYCCAwBCyAGKAIYIQcCQCAGIAYoAgwiAUcEQCAGKAIIIgAgATYCDCABIAA2AggMAQsCQCAGQRRqIgAoAgAiAw0AIAZBEGoiACgCACIDDQBBACEBDAELA0AgACEEIAMiAUEUaiIAKAIAIgMNACABQRBqIQAgASgCECIDDQALIARBADYCAAsgB0UNAAJAIAYgBigCHCIDQQJ0QeTrAGoiACgCAEYEQCAAIAE2AgAgAQ0BQbjpAEG46QAoAgBBfiADd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAE2AgAgAUUNAQsgASAHNgIYIAYoAhAiAARAIAEgADYCECAAIAE2AhgLIAYoAhQiAEUNACABIAA2AhQgACABNgIYCyAFIAZqIQYgAiAFaiECCyAGIAYoAgRBfnE2AgQgCCACQQFyNgIEIAIgCGogAjYCACACQf8BTQRAIAJBA3YiAEEDdEHc6QBqIQICf0G06QAoAgAiAUEBIAB0IgBxRQRAQbTpACAAIAFyNgIAIAIMAQsgAigCCAshACACIAg2AgggACAINgIMIAggAjYCDCAIIAA2AggMAwtBHyEAIAJB////B00EQCACQQh2IgAgAEGA/j9qQRB2QQhxIgN0IgAgAEGA4B9qQRB2QQRxIgF0IgAgAEGAgA9qQRB2QQJxIgB0QQ92IAEgA3IgAHJrIgBBAXQgAiAAQRVqdkEBcXJBHGohAAsgCCAANgIcIAhCADcCECAAQQJ0QeTrAGohBAJAQbjpACgCACIDQQEgAHQiAXFFBEBBuOkAIAEgA3I2AgAgBCAINgIAIAggBDYCGAwBCyACQQBBGSAAQQF2ayAAQR9GG3QhACAEKAIAIQEDQCABIgMoAgRBeHEgAkYNAyAAQR12IQEgAEEBdCEAIAMgAUEEcWoiBCgCECIBDQALIAQgCDYCECAIIAM2AhgLIAggCDYCDCAIIAg2AggMAgtBwOkAIAZBKGsiA0F4IAFrQQdxQQAgAUEIakEHcRsiAGsiAjYCAEHM6QAgACABaiIANgIAIAAgAkEBcjYCBCABIANqQSg2AgRB0OkAQZztACgCADYCACAFIARBJyAEa0EHcUEAIARBJ2tBB3EbakEvayIAIAAgBUEQakkbIgJBGzYCBCACQfzsACkCADcCECACQfTsACkCADcCCEH87AAgAkEIajYCAEH47AAgBjYCAEH07AAgATYCAEGA7QBBADYCACACQRhqIQADQCAAQQc2AgQgAEEIaiEBIABBBGohACABIARJDQALIAIgBUYNAyACIAIoAgRBfnE2AgQgBSACIAVrIgRBAXI2AgQgAiAENgIAIARB/wFNBEAgBEEDdiIAQQN0QdzpAGohAgJ/QbTpACgCACIBQQEgAHQiAHFFBEBBtOkAIAAgAXI2AgAgAgwBCyACKAIICyEAIAIgBTYCCCAAIAU2AgwgBSACNgIMIAUgADYCCAwEC0EfIQAgBUIANwIQIARB////B00EQCAEQQh2IgAgAEGA/j9qQRB2QQhxIgJ0IgAgAEGA4B9qQRB2QQRxIgF0IgAgAEGAgA9qQRB2QQJxIgB0QQ92IAEgAnIgAHJrIgBBAXQgBCAAQRVqdkEBcXJBHGohAAsgBSAANgIcIABBAnRB5OsAaiEDAkBBuOkAKAIAIgJBASAAdCIBcUUEQEG46QAgASACcjYCACADIAU2AgAgBSADNgIYDAELIARBAEEZIABBAXZrIABBH0YbdCEAIAMoAgAhAQNAIAEiAigCBEF4cSAERg0EIABBHXYhASAAQQF0IQAgAiABQQRxaiIDKAIQIgENAAsgAyAFNgIQIAUgAjYCGAsgBSAFNgIMIAUgBTYCCAwDCyADKAIIIgAgCDYCDCADIAg2AgggCEEANgIYIAggAzYCDCAIIAA2AggLIAlBCGohAAwFCyACKAIIIgAgBTYCDCACIAU2AgggBUEANgIYIAUgAjYCDCAFIAA2AggLQcDpACgCACIAIAdNDQBBwOkAIAAgB2siATYCAEHM6QBBzOkAKAIAIgIgB2oiADYCACAAIAFBAXI2AgQgAiAHQQNyNgIEIAJBCGohAAwDC0GI6ABBMDYCAEEAIQAMAgsCQCAGRQ0AAkAgBCgCHCICQQJ0QeTrAGoiACgCACAERgRAIAAgATYCACABDQFBuOkAIAlBfiACd3EiCTYCAAwCCyAGQRBBFCAGKAIQIARGG2ogATYCACABRQ0BCyABIAY2AhggBCgCECIABEAgASAANgIQIAAgATYCGAsgBCgCFCIARQ0AIAEgADYCFCAAIAE2AhgLAkAgA0EPTQRAIAQgAyAHaiIAQQNyNgIEIAAgBGoiACAAKAIEQQFyNgIEDAELIAQgB0EDcjYCBCAEIAdqIgUgA0EBcjYCBCADIAVqIAM2AgAgA0H/AU0EQCADQQN2IgBBA3RB3OkAaiECAn9BtOkAKAIAIgFBASAAdCIAcUUEQEG06QAgACABcjYCACACDAELIAIoAggLIQAgAiAFNgIIIAAgBTYCDCAFIAI2AgwgBSAANgIIDAELQR8hACADQf///wdNBEAgA0EIdiIAIABBgP4/akEQdkEIcSICdCIAIABBgOAfakEQdkEEcSIBdCIAIABBgIAPakEQdkECcSIAdEEPdiABIAJyIAByayIAQQF0IAMgAEEVanZBAXFyQRxqIQALIAUgADYCHCAFQgA3AhAgAEECdEHk6wBqIQECQAJAIAlBASAAdCICcUUEQEG46QAgAiAJcjYCACABIAU2AgAMAQsgA0EAQRkgAEEBdmsgAEEfRht0IQAgASgCACEHA0AgByIBKAIEQXhxIANGDQIgAEEddiECIABBAXQhACABIAJBBHFqIgIoAhAiBw0ACyACIAU2AhALIAUgATYCGCAFIAU2AgwgBSAFNgIIDAELIAEoAggiACAFNgIMIAEgBTYCCCAFQQA2AhggBSABNgIMIAUgADYCCAsgBEEIaiEADAELAkAgCEUNAAJAIAEoAhwiAkECdEHk6wBqIgAoAgAgAUYEQCAAIAQ2AgAgBA0BQbjpACAJQX4gAndxNgIADAILIAhBEEEUIAgoAhAgAUYbaiAENgIAIARFDQELIAQgCDYCGCABKAIQIgAEQCAEIAA2AhAgACAENgIYCyABKAIUIgBFDQAgBCAANgIUIAAgBDYCGAsCQCADQQ9NBEAgASADIAdqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2AgQMAQsgASAHQQNyNgIEIAEgB2oiAiADQQFyNgIEIAIgA2ogAzYCACAKBEAgCkEDdiIAQQN0QdzpAGohBUHI6QAoAgAhBAJ/QQEgAHQiACAGcUUEQEG06QAgACAGcjYCACAFDAELIAUoAggLIQAgBSAENgIIIAAgBDYCDCAEIAU2AgwgBCAANgIIC0HI6QAgAjYCAEG86QAgAzYCAAsgAUEIaiEACyALQRBqJAAgAAsxACABAn8gAigCTEEASARAIAAgASACEDkMAQsgACABIAIQOQsiAEYEQA8LIAAgAW4aC1IBAn9BgNcAKAIAIgEgAEEDakF8cSICaiEAAkAgAkEAIAAgAU0bDQAgAD8AQRB0SwRAIAAQFEUNAQtBgNcAIAA2AgAgAQ8LQYjoAEEwNgIAQX8LgwECA38BfgJAIABCgICAgBBUBEAgACEFDAELA0AgAUEBayIBIAAgAEIKgCIFQgp+fadBMHI6AAAgAEL/////nwFWIQIgBSEAIAINAAsLIAWnIgIEQANAIAFBAWsiASACIAJBCm4iA0EKbGtBMHI6AAAgAkEJSyEEIAMhAiAEDQALCyABC+cCAgN/AXwjAEEQayIBJAACfSAAvCIDQf////8HcSICQdqfpPoDTQRAQwAAgD8gAkGAgIDMA0kNARogALsQJQwBCyACQdGn7YMETQRAIAC7IQQgAkHkl9uABE8EQEQYLURU+yEJwEQYLURU+yEJQCADQQBOGyAEoBAljAwCCyADQQBIBEAgBEQYLURU+yH5P6AQJAwCC0QYLURU+yH5PyAEoRAkDAELIAJB1eOIhwRNBEAgAkHg27+FBE8EQEQYLURU+yEZwEQYLURU+yEZQCADQQBOGyAAu6AQJQwCCyADQQBIBEBE0iEzf3zZEsAgALuhECQMAgsgALtE0iEzf3zZEsCgECQMAQsgACAAkyACQYCAgPwHTw0AGgJAAkACQAJAIAAgAUEIahBLQQNxDgMAAQIDCyABKwMIECUMAwsgASsDCJoQJAwCCyABKwMIECWMDAELIAErAwgQJAshACABQRBqJAAgAAsGACAAECELxQEBAn8jAEEQayIBJAACQCAAvUIgiKdB/////wdxIgJB+8Ok/wNNBEAgAkGAgMDyA0kNASAARAAAAAAAAAAAQQAQLiEADAELIAJBgIDA/wdPBEAgACAAoSEADAELAkACQAJAAkAgACABEExBA3EOAwABAgMLIAErAwAgASsDCEEBEC4hAAwDCyABKwMAIAErAwgQLyEADAILIAErAwAgASsDCEEBEC6aIQAMAQsgASsDACABKwMIEC+aIQALIAFBEGokACAAC5kBAQN8IAAgAKIiAyADIAOioiADRHzVz1o62eU9okTrnCuK5uVavqCiIAMgA0R9/rFX4x3HPqJE1WHBGaABKr+gokSm+BARERGBP6CgIQUgAyAAoiEEIAJFBEAgBCADIAWiRElVVVVVVcW/oKIgAKAPCyAAIAMgAUQAAAAAAADgP6IgBSAEoqGiIAGhIARESVVVVVVVxT+ioKELkgEBA3xEAAAAAAAA8D8gACAAoiICRAAAAAAAAOA/oiIDoSIERAAAAAAAAPA/IAShIAOhIAIgAiACIAJEkBXLGaAB+j6iRHdRwRZswVa/oKJETFVVVVVVpT+goiACIAKiIgMgA6IgAiACRNQ4iL7p+qi9okTEsbS9nu4hPqCiRK1SnIBPfpK+oKKgoiAAIAGioaCgC60KAwt/BnwBfSMAQSBrIgskACALIAApAzA3AxggCyAAKQMoNwMQIAsgACkDIDcDCCAAIAAoAiAgAmo2AiAgBARAIAJBQGohDCAAKAIYIQYgACgCECEJA0AgBiAFQQJ0IgdqIAcgCWoiByoCADgCACAHIAMgBSAMakECdGoqAgA4AgAgBiAFQQFyIghBAnQiB2ogByAJaiIHKgIAOAIAIAcgAyAIIAxqQQJ0aioCADgCACAFQQJqIgVBwABHDQALAkAgAkEATA0AQQAhBSACQQFrQQNPBEAgAkF8cSEHA0AgBUECdCIJIAZqIgggAyAJaioCADgCgAIgCCADIAlBBHJqKgIAOAKEAiAIIAMgCUEIcmoqAgA4AogCIAggAyAJQQxyaioCADgCjAIgBUEEaiEFIA1BBGoiDSAHRw0ACwsgAkEDcSIIRQ0AA0AgBUECdCIHIAZqIAMgB2oqAgA4AoACIAVBAWohBSAOQQFqIg4gCEcNAAsLIAYhAwtEAAAAAAAA8D8gAbsiFaMhFCAAKAIkIQUgACgCKCEGQX8hCgNAAkACQCAFIAZMBEAgBSEGDAELIARFBEADQCAKQQFqIgogAk4NAyAAIAZBAWoiBjYCKCAFIAZKDQALIAUhBgwBCwNAIApBAWoiCiACTg0CIAMgCkECdGoqAgAhFiAAKAIIIgYgBkEEakGcBBA6IAAoAgggFjgCnAQgACAAKAIoQQFqIgU2AiggBSAAKAIkIgZIDQALCyAAKAIgQUBrIQcgBwJ/IAArAzAiE0QAAAAAAABQQKAiEJlEAAAAAAAA4EFjBEAgEKoMAQtBgICAgHgLIghIIQUgByAIIAUbIQwCfyATRAAAAAAAAFDAoEQAAAAAAADwP6AiEJlEAAAAAAAA4EFjBEAgEKoMAQtBgICAgHgLIg5BACAOQQBKGyEFQcAAIAZrIQkCQCABQwAAgD9dBEBEAAAAAAAAAAAhEiAFIAxODQEgACgCCCEIA0BEAAAAAAAAAAAhESAIIAUgCWpBAnRqKgIAuyATIAW3oZkiEEQAAAAAAIBPQGYEfEQAAAAAAAAAAAUgACgCAAJ/IBBEAAAAAAAAQECiIhGZRAAAAAAAAOBBYwRAIBGqDAELQYCAgIB4CyINQQJ0aiIHKgIEuyAHKgIAuyIQoSARIA23oaIgEKALoiASoCESIAVBAWoiBSAMRw0ACwwBC0QAAAAAAAAAACESIAUgDE4NACAAKAIIIQgDQEQAAAAAAAAAACERIBQgCCAFIAlqQQJ0aioCALuiIBQgEyAFt6GimSIQRAAAAAAAgE9AZgR8RAAAAAAAAAAABSAAKAIAAn8gEEQAAAAAAABAQKIiEZlEAAAAAAAA4EFjBEAgEaoMAQtBgICAgHgLIg1BAnRqIgcqAgS7IAcqAgC7IhChIBEgDbehoiAQoAuiIBKgIRIgBUEBaiIFIAxHDQALCyAEBEAgBCAPQQJ0aiAStjgCAAsgACAGNgIoIAAgEyAVoCIQOQMwIAACfyAQmUQAAAAAAADgQWMEQCAQqgwBC0GAgICAeAsiBTYCJCAPQQFqIQ8gBSAGTA0BA0AgCkEBaiIKIAJODQEgACAEBH8gAyAKQQJ0aioCACEWIAAoAggiBiAGQQRqQZwEEDogACgCCCAWOAKcBCAAKAIkIQUgACgCKAUgBgtBAWoiBjYCKCAFIAZKDQALDAELCyAERQRAIAAgCykDCDcDICAAIAspAxg3AzAgACALKQMQNwMoCyALQSBqJAAgDwtJAQJ/IAAoAgQiBUEIdSEGIAAoAgAiACABIAVBAXEEfyAGIAIoAgBqKAIABSAGCyACaiADQQIgBUECcRsgBCAAKAIAKAIYEQQAC/0CAgF8A38jAEEQayICJAACQCAAvCIEQf////8HcSIDQdqfpPoDTQRAIANBgICAzANJDQEgALsQJCEADAELIANB0aftgwRNBEAgALshASADQeOX24AETQRAIARBAEgEQCABRBgtRFT7Ifk/oBAljCEADAMLIAFEGC1EVPsh+b+gECUhAAwCC0QYLURU+yEJwEQYLURU+yEJQCAEQQBOGyABoJoQJCEADAELIANB1eOIhwRNBEAgALshASADQd/bv4UETQRAIARBAEgEQCABRNIhM3982RJAoBAlIQAMAwsgAUTSITN/fNkSwKAQJYwhAAwCC0QYLURU+yEZwEQYLURU+yEZQCAEQQBOGyABoBAkIQAMAQsgA0GAgID8B08EQCAAIACTIQAMAQsCQAJAAkACQCAAIAJBCGoQS0EDcQ4DAAECAwsgAisDCBAkIQAMAwsgAisDCBAlIQAMAgsgAisDCJoQJCEADAELIAIrAwgQJYwhAAsgAkEQaiQAIAALqAEAAkAgAUGACE4EQCAARAAAAAAAAOB/oiEAIAFB/w9JBEAgAUH/B2shAQwCCyAARAAAAAAAAOB/oiEAIAFB/RcgAUH9F0kbQf4PayEBDAELIAFBgXhKDQAgAEQAAAAAAABgA6IhACABQbhwSwRAIAFByQdqIQEMAQsgAEQAAAAAAABgA6IhACABQfBoIAFB8GhLG0GSD2ohAQsgACABQf8Haq1CNIa/ogsFABBgAAtLAQJ/IAAoAgQiBkEIdSEHIAAoAgAiACABIAIgBkEBcQR/IAcgAygCAGooAgAFIAcLIANqIARBAiAGQQJxGyAFIAAoAgAoAhQRBgALmgEAIABBAToANQJAIAAoAgQgAkcNACAAQQE6ADQCQCAAKAIQIgJFBEAgAEEBNgIkIAAgAzYCGCAAIAE2AhAgA0EBRw0CIAAoAjBBAUYNAQwCCyABIAJGBEAgACgCGCICQQJGBEAgACADNgIYIAMhAgsgACgCMEEBRw0CIAJBAUYNAQwCCyAAIAAoAiRBAWo2AiQLIABBAToANgsLXQEBfyAAKAIQIgNFBEAgAEEBNgIkIAAgAjYCGCAAIAE2AhAPCwJAIAEgA0YEQCAAKAIYQQJHDQEgACACNgIYDwsgAEEBOgA2IABBAjYCGCAAIAAoAiRBAWo2AiQLC6wBAwF8AX4BfyAAvSICQjSIp0H/D3EiA0GyCE0EfCADQf0HTQRAIABEAAAAAAAAAACiDwsCfCAAIACaIAJCAFkbIgBEAAAAAAAAMEOgRAAAAAAAADDDoCAAoSIBRAAAAAAAAOA/ZARAIAAgAaBEAAAAAAAA8L+gDAELIAAgAaAiACABRAAAAAAAAOC/ZUUNABogAEQAAAAAAADwP6ALIgAgAJogAkIAWRsFIAALC8ABAQN/AkAgASACKAIQIgMEfyADBSACEEgNASACKAIQCyACKAIUIgVrSwRAIAIgACABIAIoAiQRAwAPCwJAIAIoAlBBAEgEQEEAIQMMAQsgASEEA0AgBCIDRQRAQQAhAwwCCyAAIANBAWsiBGotAABBCkcNAAsgAiAAIAMgAigCJBEDACIEIANJDQEgACADaiEAIAEgA2shASACKAIUIQULIAUgACABEBoaIAIgAigCFCABajYCFCABIANqIQQLIAQL1QIBAn8CQCAAIAFGDQAgASAAIAJqIgRrQQAgAkEBdGtNBEAgACABIAIQGhoPCyAAIAFzQQNxIQMCQAJAIAAgAUkEQCADDQIgAEEDcUUNAQNAIAJFDQQgACABLQAAOgAAIAFBAWohASACQQFrIQIgAEEBaiIAQQNxDQALDAELAkAgAw0AIARBA3EEQANAIAJFDQUgACACQQFrIgJqIgMgASACai0AADoAACADQQNxDQALCyACQQNNDQADQCAAIAJBBGsiAmogASACaigCADYCACACQQNLDQALCyACRQ0CA0AgACACQQFrIgJqIAEgAmotAAA6AAAgAg0ACwwCCyACQQNNDQADQCAAIAEoAgA2AgAgAUEEaiEBIABBBGohACACQQRrIgJBA0sNAAsLIAJFDQADQCAAIAEtAAA6AAAgAEEBaiEAIAFBAWohASACQQFrIgINAAsLC68uAQ9/IAAgAC0AASIMIAAoAgRqQQFqNgIQIAAoAhwoAgAgAC8BGGogASAALQAAIhEQGhogACAROgAUIAAtAAAiBCAAKAIcKAIAIAAvARhqaiACIAAtAAEiARAaGiAAIAEgBGoiAjoAFCAAIAAtACAiASACIAEgAkH/AXFLGyIBOgAgIAAoAigoAgAgAC8BJGogACgCHCgCACAALwEYaiABQf8BcRAaGiAAIAE6ACAgAEEAOgCkAUEBIRAgACAALQABQQFqOgB0IAAoAnwoAgAgAC8BeGpBADoAACAALQABBEADQCAQQf8BcSIKQQFrQf8BbyEBIAAoAhwoAgAgAC8BGGoiBy0AACECAkAgAC0AFCIIQQJJDQAgAUH/AWogASABQQBIG0HwKmotAAAhBkEBIQEgCEEBayIEQQFxIQUgCEECRwRAIARBfnEhCEEAIQ0DQCABQQFqIQQgAkH/AXEiAgR/IAZB8ChqLQAAIAJB8ChqLQAAakHwKmotAAAFQQALIAEgB2otAABzQf8BcSICBH8gBkHwKGotAAAgAkHwKGotAABqQfAqai0AAAVBAAshAiABQQJqIQEgBCAHai0AACACcyECIA1BAmoiDSAIRw0ACwsgBUUNACACQf8BcSICBH8gBkHwKGotAAAgAkHwKGotAABqQfAqai0AAAVBAAsgASAHai0AAHMhAgsgACgCfCgCACAALwF4aiAKaiACOgAAIAAtAAEgEEEBaiIQQf8BcU8NAAsLAkACQCAALQB0IgRFDQAgDCARaiESIAAoAnwoAgAgAC8BeGohAkEAIQEDQCABIAJqLQAARQRAIAQgAUEBaiIBRw0BDAILCyASQf8BcSIPIQVBACEBQQAhAiAAQQA6ADgCQCAALQCkAUUNAANAIAAoAqwBKAIAIAAvAagBaiABai0AACEIIAAoAkAoAgAhBCAAIAJBAWo6ADggBCAALwE8aiACQf8BcWogCEF/cyAFajoAACABQQFqIgEgAC0ApAFPDQEgAC0AOCECDAALAAsgACgCiAEoAgAgAC8BhAFqQQAgAC0AggEQGxogACgCiAEoAgAgAC8BhAFqIAAoAnwoAgAgAC8BeGpBAWogAC0AdEEBayICQf8BcRAaGiAAIAI6AIABIAAtAKQBIgEEQANAIAJB/wFxQQFLBEBBACEBQQAgACgCQCgCACAALwE8aiAJai0AACICIAJB/wFGG0HwKmotAAAhCgNAQQAhAiAAKAKIASgCACAALwGEAWoiBSABQf8BcWoiCC0AACIEBEAgCkHwKGotAAAgBEHwKGotAABqQfAqai0AACECCyAIIAUgAUEBaiIBQf8BcWotAAAgAnM6AAAgAC0AgAEiAkEBayABQRh0QRh1Sg0ACyAALQCkASEBCyAJQQFqIgkgAUH/AXFJDQALC0EAIRAgAC0ApAEhCSAAQQE6AEQgAEEBOgA4IABBQGsoAgAoAgAgAC8BPGpBAToAACAAKAJMKAIAIAAvAUhqQQE6AAAgCSAALQABIg1HBEAgAC0AgAEiASANa0H/AXFBACABIA1LGyEGA0AgACgCiAEoAgAgAC8BhAFqIgwgBiAOaiIKQf8BcWotAAAhDSAALQA4IgdBAk8EQCAAKAJAKAIAIAAvATxqIQVBASEBQQEhAgNAQQAhCwJAIAUgByACQX9zakH/AXFqLQAAIghFDQAgDCAKIAFrQf8BcWotAAAiBEUNACAEQfAoai0AACAIQfAoai0AAGpB8CpqLQAAIQsLIAJBAWohAiALIA1zIQ0gAUEBaiIBIAdHDQALCyAAKAJMKAIAIQIgACAALQBEIgFBAWo6AEQgASACIAAvAUhqakEAOgAAIA1B/wFxIggEQCAALQBEIgsgAC0AOCIBSwRAIAAgCzoAXCANQf8BcSEIQQAhAgNAIAAoAmQoAgAgAC8BYGogAmogACgCTCgCACAALwFIaiACai0AACIBBH8gCEHwKGotAAAgAUHwKGotAABqQfAqai0AAAVBAAs6AAAgAkEBaiICIAAtAERJDQALIAAgAC0AOCIBOgBEQQAhAgJAIAEEQCAIQfAoai0AAEH/AXNB8CpqLQAAIQQDQCAAKAJMKAIAIAAvAUhqIAJqIAAoAkAoAgAgAC8BPGogAmotAAAiAQR/IARB8ChqLQAAIAFB8ChqLQAAakHwKmotAAAFQQALOgAAIAJBAWoiAiAALQA4IgFJDQALDAELQQAhAQsgACABIAAtAFwiAiABIAJLGyIBOgA4IAAoAkAoAgAgAC8BPGogACgCZCgCACAALwFgaiABEBoaIAAgAToAOCAALQBEIQsLIAAgCzoAXEEAIQIgCwRAA0AgACgCZCgCACAALwFgaiACaiAAKAJMKAIAIAAvAUhqIAJqLQAAIgEEfyAIQfAoai0AACABQfAoai0AAGpB8CpqLQAABUEACzoAACACQQFqIgIgAC0AREkNAAsgAC0AXCECIAAtADghAQsgACABIAIgAUH/AXEgAkH/AXFLGyICOgBoQQAhASAAKAJwKAIAIAAvAWxqQQAgAkH/AXEQGxogAC0AOCIEBEBBACECIAQhAQNAIAAoAnAoAgAgAC8BbGogAC0AaCACIAFrakH/AXFqIAAoAkAoAgAgAC8BPGogAmotAAA6AAAgAkEBaiICIAAtADgiAUkNAAsLQQAhAiAALQBcIgsEQANAIAAoAnAoAgAgAC8BbGogAC0AaCACIAtrakH/AXFqIgEgAS0AACAAKAJkKAIAIAAvAWBqIAJqLQAAczoAACACQQFqIgIgAC0AXCILSQ0ACyAALQA4IQELIAAgASAALQBoIgIgAUH/AXEgAksbIgE6ADggACgCQCgCACAALwE8aiAAKAJwKAIAIAAvAWxqIAFB/wFxEBoaIAAgAToAOAsgAC0AASINIAlrIA5BAWoiDkH/AXFLDQALCwJAIAAtADgiCEUEQEEAIQIMAQsgACgCQCgCACAALwE8aiEEQQAhAQNAIAEiAkEBaiEBIAQgAkH/AXFqLQAARQ0ACwsgDSACQX9zIAlrIAhqQQF0IAlqTwRAIAAoAqABKAIAIAAvAZwBaiAAKAJAKAIAIAAvATxqIAJqIAggAmsQGhogACAALQA4IAJrOgCYAQsgACAALQCYASIEOgA4IARBGHRBgICACGtBGHUiAUEATgRAQQAhCwNAIAAoAkAoAgAgAC8BPGogC2ogACgCoAEoAgAgAC8BnAFqIAFB/wFxai0AADoAACABQQFrIQEgC0EBaiILIARHDQALIAAtADghBAsgAEEAOgCwASAPRQRAQQEPCyAEIQFBACEOA0AgACgCQCgCACAALwE8aiIGLQAAIQICQCABQf8BcSIFQQJJDQAgEEHwKmotAAAhDEEBIQEgBUEBayIIQQFxIQogBUECRwRAIAhBfnEhBUEAIQ0DQEEAIQsgAUEBaiEIIAJB/wFxIgIEfyAMQfAoai0AACACQfAoai0AAGpB8CpqLQAABUEACyABIAZqLQAAc0H/AXEiAgR/IAxB8ChqLQAAIAJB8ChqLQAAakHwKmotAAAFQQALIQIgAUECaiEBIAYgCGotAAAgAnMhAiANQQJqIg0gBUcNAAsLIApFDQAgAkH/AXEiAgR/IAxB8ChqLQAAIAJB8ChqLQAAakHwKmotAAAFQQALIAEgBmotAABzIQILIAJB/wFxRQRAIAAoArgBKAIAIQIgACAALQCwASIBQQFqOgCwASABIAIgAC8BtAFqaiASIA5Bf3NqOgAACyAPIBBBAWoiEEcEQCAOQQFqIQ4gAC0AOCEBDAELC0EBIQEgAC0AsAEiAiAEQQFrQf8BcUcNASACRQ0BIABBFGohAkEAIQEDQCAAKAK4ASgCACAALwG0AWogAWotAAAhBSAAKAKsASgCACEIIAAgAC0ApAEiBEEBajoApAEgBCAIIAAvAagBamogBToAACABQQFqIgEgAC0AsAFJDQALIAIhCEEAIQIgAEG8AWoiBCAALQCkAToAACAALQCkAQRAA0AgACgCxAEoAgAgAC8BwAFqIAJqIAgtAAAgACgCrAEoAgAgAC8BqAFqIAJqLQAAQX9zajoAACACQQFqIgIgAC0ApAFJDQALC0EAIQogACIBQQE6AIwBIAAoApQBKAIAIAAvAZABakEBOgAAIABBAjoARCAAQQE6ADggBC0AAARAA0AgASgCQCgCACABLwE8akEBOgAAIAEoAkwoAgAgAS8BSGpBACAEKAIIKAIAIAQvAQRqIApqLQAAIgIgAkH/AUYbQfAqai0AADoAACABKAJMKAIAIAEvAUhqQQA6AAEgASABLQA4IgUgAS0ARCICIAIgBUkbIgI6AFwgASgCZCgCACABLwFgakEAIAIQGxpBACEGIAEtADgiBwRAA0AgASgCZCgCACABLwFgaiABLQBcIAYgB2tqQf8BcWogASgCQCgCACABLwE8aiAGai0AADoAACAGQQFqIgYgAS0AOCIHSQ0ACwtBACEGIAEtAEQiBwRAA0AgASgCZCgCACABLwFgaiABLQBcIAYgB2tqQf8BcWoiAiACLQAAIAEoAkwoAgAgAS8BSGogBmotAABzOgAAIAZBAWoiBiABLQBEIgdJDQALCyABIAEtAIwBIAEtAFxqQQFrIgI6AGggASgCcCgCACABLwFsakEAIAJB/wFxEBsaIAEtAIwBIQcCQCABLQBcIgVFDQBBACEMQQEhAiAHRQRAQQAhBwwBCwNAQQAhBiACQf8BcQR/A0BBACEHAkAgASgClAEoAgAgAS8BkAFqIAZqLQAAIgVFDQAgAS8BYCABKAJkKAIAIAxqai0AACICRQ0AIAJB8ChqLQAAIAVB8ChqLQAAakHwKmotAAAhBwsgASgCcCgCACABLwFsaiAGIAxqQf8BcWoiAiACLQAAIAdzOgAAIAZBAWoiBiABLQCMASIHSQ0ACyABLQBcIQUgBwVBAAshAiAMQQFqIgwgBUkNAAsLIAEgByABLQBoIgIgAiAHSRsiAjoAjAEgASgClAEoAgAgAS8BkAFqIAEoAnAoAgAgAS8BbGogAkH/AXEQGhogASACOgCMASAKQQFqIgogBC0AAEkNAAsLIAFB3ABqIgQgAS0AdDoAACABLQB0IgVBGHRBgICACGtBGHUiAkEATgRAQQAhCQNAIAEoAmQoAgAgAS8BYGogCWogASgCfCgCACABLwF4aiACQf8BcWotAAA6AAAgAkEBayECIAlBAWoiCSAFRw0ACwsgAS0AjAFBAWtB/wFxIQZBACEHIAFBOGoiAiAELQAAIAAtAIwBakEBayIBOgAAIABBQGsoAgAoAgAgAC8BPGpBACABQf8BcRAbGgJAIAAtAIwBIgpFDQAgBC0AAEUNAEEBIQUDQCAFQf8BcSEBQQAhBSABBEADQCAAKAJAKAIAIAAvATxqIAUgB2pB/wFxaiIMAn9BACAEKAIIKAIAIAQvAQRqIAVqLQAAIgpFDQAaQQAgAC8BkAEgACgClAEoAgAgB2pqLQAAIgFFDQAaIAFB8ChqLQAAIApB8ChqLQAAakHwKmotAAALIAwtAABzOgAAIAVBAWoiBSAELQAAIgFJDQALIAAtAIwBIQogASEFCyAHQQFqIgcgCkkNAAsLIAAgBkECajoARCAAKAJMKAIAIAAvAUhqQQAgAC0ARhAbGiAAKAJMKAIAIAAvAUhqQQE6AAAgAigCCCgCACACLwEEaiIEIAAoAnAoAgAgAC8BbGoiAUcEQCABIAQgAi0AABAaGgsgACACLQAAIgQ6AGhBACEMIAItAAAiASAALQBEIgVrQQFqIgZBAEoEQANAAkAgACgCcCgCACAALwFsaiAMai0AACIKRQ0AQQEhBiAFQQJJDQADQCAAKAJMKAIAIAAvAUhqIAZqLQAAIgQEQCAAKAJwKAIAIAAvAWxqIAYgDGpB/wFxaiIBIAEtAAAgCkHwKGotAAAgBEHwKGotAABqQfAqai0AAHM6AAAgAC0ARCEFCyAGQQFqIgYgBUkNAAsgAi0AACEBCyAMQQFqIgwgASAFa0EBaiIGSA0ACyAALQBoIQQLIAAoAnAoAgAgAC8BbGoiASABIAZqIAQgBmsQOiAAIAAtAGggBms6AGggACAALQBoIgE6AMgBIAFBGHRBgICACGtBGHUiAkEATgRAQQAhCQNAIAAoAtABKAIAIAAvAcwBaiAJaiAAKAJwKAIAIAAvAWxqIAJB/wFxai0AADoAACACQQFrIQIgCUEBaiIJIAFHDQALC0EAIQkgAEEAOgA4AkAgAC0AvAFFDQBBACECA0AgACgCxAEoAgAgAC8BwAFqIAJqLQAAIQQgACgCQCgCACEBIAAgCUEBajoAOCABIAAvATxqIAlB/wFxaiAEQX9zQQAgBBtB/wFxIgFB/wFzQQAgAWsgARtB8CpqLQAAOgAAIAJBAWoiAiAALQC8AU8NASAALQA4IQkMAAsAC0EAIQQgACgCWCgCACAALwFUakEAIAAtAFIQGxogACAILQAAIgI6AFAgAC0AOCIPBEADQCAAKAJAKAIAIAAvATxqIARqLQAAIQFBACECIABBADoARCABQfAoai0AAEH/AXNB8CpqLQAAIQdBASEJAkAgD0UNAANAIAIgBEcEQAJ/IAAoAkAoAgAgAC8BPGogAmotAAAiAQRAIAFB8ChqLQAAIAdB8ChqLQAAakHwKmotAAAMAQtBAAshCiAAKAJMKAIAIQUgACAALQBEIgFBAWo6AEQgASAFIAAvAUhqaiAKQQFzOgAAIAAtADghDwsgAkEBaiICIA9JDQALIAAtAEQiDEUNACAAKAJMKAIAIAAvAUhqIQpBACECA0ACf0EAIAlB/wFxIgVFDQAaQQAgAiAKai0AACIBRQ0AGiABQfAoai0AACAFQfAoai0AAGpB8CpqLQAACyEJIAJBAWoiAiAMRw0ACwsgACgCcCgCACAALwFsaiIGLQAAIQsCQCAALQBoIgVBAkkNAEEBIQIgBUEBayIBQQFxIQwgBUECRwRAIAFBfnEhCkEAIQ4DQEEAIQ8gAkEBaiEFIAtB/wFxIgEEfyAHQfAoai0AACABQfAoai0AAGpB8CpqLQAABUEACyACIAZqLQAAcyIBBH8gB0HwKGotAAAgAUHwKGotAABqQfAqai0AAAVBAAshASACQQJqIQIgBSAGai0AACABcyELIA5BAmoiDiAKRw0ACwsgDEUNACALQf8BcSIBBH8gB0HwKGotAAAgAUHwKGotAABqQfAqai0AAAVBAAsgAiAGai0AAHMhCwsgACgCrAEoAgAgAC8BqAFqIARqLQAAIAAoAlgoAgAgAC8BVGpqIAtB/wFxIgEEfyAAKAJAKAIAIAAvATxqIARqLQAAQfAoai0AAEHwKmotAABB8ChqLQAAIAFB8ChqLQAAakHwKmotAABB8ChqLQAAIAlB/wFxQfAoai0AAGtB/wFqQf//A3FB/wFwQfAqai0AAAVBAAs6AAAgBEEBaiIEIAAtADgiD0kNAAsgAC0AUCECCyAAIAgtAAAiASACIAEgAkH/AXFLGyIBOgAgQQAhAiAAKAIoKAIAIAAvASRqQQAgAUH/AXEQGxogCC0AACIJBEADQCAAKAIoKAIAIAAvASRqIAAtACAgAiAJa2pB/wFxaiAIKAIIKAIAIAgvAQRqIAJqLQAAOgAAIAJBAWoiAiAILQAAIglJDQALCyAALQBQIgkEQEEAIQIDQCAAKAIoKAIAIAAvASRqIAAtACAgAiAJa2pB/wFxaiIBIAEtAAAgACgCWCgCACAALwFUaiACai0AAHM6AAAgAkEBaiICIAAtAFAiCUkNAAsLCyAAIBE6ACAgAyAAKAIoKAIAIAAvASRqIBEQGhpBACEBCyABC5UEAQJ/QQEgACwAByIBIAFBAUobQQEgAC0ACRsiASAALAATIgIgASACSBsgASAALQAVGyIBIAAsAB8iAiABIAJIGyABIAAtACEbIgEgACwAKyICIAEgAkgbIAEgAC0ALRsiASAALAA3IgIgASACSBsgASAALQA5GyIBIAAsAEMiAiABIAJIGyABIAAtAEUbIgEgACwATyICIAEgAkgbIAEgAC0AURsiASAALABbIgIgASACSBsgASAALQBdGyIBIAAsAGciAiABIAJIGyABIAAtAGkbIgEgACwAcyICIAEgAkgbIAEgAC0AdRsiASAALAB/IgIgASACSBsgASAALQCBARsiASAALACLASICIAEgAkgbIAEgAC0AjQEbIgEgACwAlwEiAiABIAJIGyABIAAtAJkBGyIBIAAsAKMBIgIgASACSBsgASAALQClARsiASAALACvASICIAEgAkgbIAEgAC0AsQEbIgEgACwAuwEiAiABIAJIGyABIAAtAL0BGyIBIAAsAMcBIgIgASACSBsgASAALQDJARsiASAALADTASICIAEgAkgbIAEgAC0A1QEbIgEgACwA3wEiAiABIAJIGyABIAAtAOEBGyIBIAAsAOsBIgIgASACSBsgASAALQDtARsiASAALAD3ASICIAEgAkgbIAEgAC0A+QEbIgEgACwAgwIiAiABIAJIGyABIAAtAIUCGwvGBgIIfwZ9AkAgAigCACIIQQJ0IABODQAgAkEBNgIEIAIgAEECdSIINgIAIABBDEgNACADQoCAgPwDNwIAQQIhBCADIAhBAXYiBkECdGoiBSAGskQYLURU+yHpPyAGt6O2IgyUECsiDTgCBCAFIA04AgAgCEEGSQ0AA0AgAyAEQQJ0IgVqIAwgBLKUIg0QKyIOOAIAIAMgBUEEcmogDRAyIg04AgAgAyAIIARrQQJ0aiIFIA44AgQgBSANOAIAIARBAmoiBCAGSQ0ACyAIIAJBCGogAxBXCwJAIAIoAgQiBkECdCAATg0AIAIgAEECdSIGNgIEIABBCEgNAEEBIQQgAyAIQQJ0aiIFIAZBAXYiB7JEGC1EVPsh6T8gB7ejtiIMlBArIg04AgAgBSAHQQJ0aiANQwAAAD+UOAIAIAZBBEkNACAHQQIgB0ECSxtBAWsiB0EBcSEKIABBGE8EQCAHQX5xIQtBACEHA0AgBSAEQQJ0aiAMIASylCINECtDAAAAP5Q4AgAgBSAGIARrQQJ0aiANEDJDAAAAP5Q4AgAgBSAEQQFqIglBAnRqIAwgCbKUIg0QK0MAAAA/lDgCACAFIAYgCWtBAnRqIA0QMkMAAAA/lDgCACAEQQJqIQQgB0ECaiIHIAtHDQALCyAKRQ0AIAUgBEECdGogDCAEspQiDBArQwAAAD+UOAIAIAUgBiAEa0ECdGogDBAyQwAAAD+UOAIACwJAIABBBU4EQCAAIAJBCGogARBXIAAgASADEFYgBkEBdCAAQQF2IgVtIQcgAEEFRg0BQQIhBCADIAhBAnRqIQhBACECA0AgASAEQQJ0IglqIgMgAyoCACIMQwAAAD8gCCAGIAIgB2oiAmtBAnRqKgIAkyINIAwgASAAIARrQQJ0aiIDKgIAkyIMlCABIAlBBHJqIgkqAgAiDiADKgIEkiIPIAggAkECdGoqAgAiEJSTIhGTOAIAIAkgDiANIA+UIBAgDJSSIgyTOAIAIAMgAyoCACARkjgCACADIAMqAgQgDJM4AgQgBEECaiIEIAVJDQALDAELIABBBEcNAEEEIAEgAxBWCyABIAEqAgAiDCABKgIEIg2TOAIEIAEgDCANkjgCAAuUCAECf0GkJUGlCUEEQQAQDkGkJUGiEEEAEABBpCVB0xVBARAAQaQlQesVQQIQAEGkJUG1FkEDEABBpCVBzhZBBBAAQaQlQcsXQQUQAEHAJUHtDEEEQQAQDkHAJUHdD0EAEABBwCVBwA5BARAAQcAlQeUNQQIQAEHAJUH8D0EDEABBwCVB3Q5BBBAAQcAlQYUOQQUQAEHAJUHDD0EGEABBwCVBqA5BBxAAQcAlQcoNQQgQAEHAJUH9F0EMEABBwCVB5BdBDRAAQcAlQbIXQQ4QAEHAJUGZF0EPEABBwCVBgBdBEBAAQcAlQecWQREQAEHAJUGcFkESEABBwCVBgxZBExAAQcAlQboVQRQQAEHAJUGhFUEVEABBsQ1BmNEARAAAAAAAAABAEAVB+AxBmNEARAAAAAAAABBAEAVBkQ1BmNEARAAAAAAAABhAEAVBmw9BmNEARAAAAAAAACBAEAVB/Q5BmNEARAAAAAAAADBAEAVB3CVBxQlB5CVBAUHmJUECEBBBBBAdIgBBADYCAEEEEB0iAUEANgIAQdwlQZcLQZjRAEHpJUEDIABBmNEAQe0lQQQgARADQQQQHSIAQQQ2AgBBBBAdIgFBBDYCAEHcJUH1CUHg0QBB8iVBBSAAQeDRAEH2JUEGIAEQA0EEEB0iAEEINgIAQQQQHSIBQQg2AgBB3CVBrQhB4NEAQfIlQQUgAEHg0QBB9iVBBiABEANBBBAdIgBBDDYCAEEEEB0iAUEMNgIAQdwlQZAMQeDRAEHyJUEFIABB4NEAQfYlQQYgARADQQQQHSIAQRA2AgBBBBAdIgFBEDYCAEHcJUGbDEGY0QBB6SVBAyAAQZjRAEHtJUEEIAEQA0EEEB0iAEEUNgIAQQQQHSIBQRQ2AgBB3CVB0wxB4NEAQfIlQQUgAEHg0QBB9iVBBiABEANBBBAdIgBBGDYCAEEEEB0iAUEYNgIAQdwlQeUJQaQlQeklQQcgAEGkJUHtJUEIIAEQA0EEEB0iAEEcNgIAQQQQHSIBQRw2AgBB3CVBnQhBpCVB6SVBByAAQaQlQe0lQQggARADQQQQHSIAQSA2AgBBBBAdIgFBIDYCAEHcJUHFDEGY0QBB6SVBAyAAQZjRAEHtJUEEIAEQA0HcJRAPQbsJQQFB/CVBgCZBCUEKEAJBmglBAkGEJkHpJUELQQwQAkGyDEECQYwmQZQmQQ1BDhACQbcMQQVBwCZB+CdBD0EQEAJBvgxBA0GAKEGMKEERQRIQAkGlC0EBQZQoQeYlQRNBFBACQbALQQFBlChB5iVBE0EVEAJB0wpBA0GYKEHtJUEWQRcQAkHCCkEDQZgoQe0lQRZBGBACQcDZAEGgywAoAgA2AgAQTkGc6QBBrOgANgIAQdToAEEqNgIAC1IBAX8gACgCBCEEIAAoAgAiACABAn9BACACRQ0AGiAEQQh1IgEgBEEBcUUNABogASACKAIAaigCAAsgAmogA0ECIARBAnEbIAAoAgAoAhwRBQALCgAgACABQQAQIAuZAgAgAEUEQEEADwsCfwJAIAAEfyABQf8ATQ0BAkBBnOkAKAIAKAIARQRAIAFBgH9xQYC/A0YNAwwBCyABQf8PTQRAIAAgAUE/cUGAAXI6AAEgACABQQZ2QcABcjoAAEECDAQLIAFBgEBxQYDAA0cgAUGAsANPcUUEQCAAIAFBP3FBgAFyOgACIAAgAUEMdkHgAXI6AAAgACABQQZ2QT9xQYABcjoAAUEDDAQLIAFBgIAEa0H//z9NBEAgACABQT9xQYABcjoAAyAAIAFBEnZB8AFyOgAAIAAgAUEGdkE/cUGAAXI6AAIgACABQQx2QT9xQYABcjoAAUEEDAQLC0GI6ABBGTYCAEF/BUEBCwwBCyAAIAE6AABBAQsLDAAgACABIAJBABBGC7wCAAJAAkACQAJAAkACQAJAAkACQAJAAkAgAUEJaw4SAAgJCggJAQIDBAoJCgoICQUGBwsgAiACKAIAIgFBBGo2AgAgACABKAIANgIADwsgAiACKAIAIgFBBGo2AgAgACABMgEANwMADwsgAiACKAIAIgFBBGo2AgAgACABMwEANwMADwsgAiACKAIAIgFBBGo2AgAgACABMAAANwMADwsgAiACKAIAIgFBBGo2AgAgACABMQAANwMADwsgAiACKAIAQQdqQXhxIgFBCGo2AgAgACABKwMAOQMADwsgACACQQARCAALDwsgAiACKAIAIgFBBGo2AgAgACABNAIANwMADwsgAiACKAIAIgFBBGo2AgAgACABNQIANwMADwsgAiACKAIAQQdqQXhxIgFBCGo2AgAgACABKQMANwMAC3IBA38gACgCACwAAEEwa0EKTwRAQQAPCwNAIAAoAgAhA0F/IQEgAkHMmbPmAE0EQEF/IAMsAABBMGsiASACQQpsIgJqIAFB/////wcgAmtKGyEBCyAAIANBAWo2AgAgASECIAMsAAFBMGtBCkkNAAsgAgujFAIRfwF+IwBB0ABrIgYkACAGIAE2AkwgBkE3aiEVIAZBOGohE0EAIQECQAJAAkACQANAIAFB/////wcgDWtKDQEgASANaiENIAYoAkwiCiEBAkACQAJAIAotAAAiCQRAA0ACQAJAIAlB/wFxIgdFBEAgASEJDAELIAdBJUcNASABIQkDQCABLQABQSVHDQEgBiABQQJqIgc2AkwgCUEBaiEJIAEtAAIhCyAHIQEgC0ElRg0ACwsgCSAKayIBQf////8HIA1rIhZKDQcgAARAIAAgCiABEB4LIAENBkF/IRJBASEHAkAgBigCTCIBLAABQTBrQQpPDQAgAS0AAkEkRw0AIAEsAAFBMGshEkEBIRRBAyEHCyAGIAEgB2oiATYCTEEAIQ4CQCABLAAAIgxBIGsiC0EfSwRAIAEhBwwBCyABIQdBASALdCIIQYnRBHFFDQADQCAGIAFBAWoiBzYCTCAIIA5yIQ4gASwAASIMQSBrIgtBIE8NASAHIQFBASALdCIIQYnRBHENAAsLAkAgDEEqRgRAIAYCfwJAIAcsAAFBMGtBCk8NACAGKAJMIgEtAAJBJEcNACABLAABQQJ0IARqQcABa0EKNgIAIAEsAAFBA3QgA2pBgANrKAIAIQ9BASEUIAFBA2oMAQsgFA0GQQAhFEEAIQ8gAARAIAIgAigCACIBQQRqNgIAIAEoAgAhDwsgBigCTEEBagsiATYCTCAPQQBODQFBACAPayEPIA5BgMAAciEODAELIAZBzABqEEQiD0EASA0IIAYoAkwhAQtBACEHQX8hCAJ/QQAgAS0AAEEuRw0AGiABLQABQSpGBEAgBgJ/AkAgASwAAkEwa0EKTw0AIAYoAkwiAS0AA0EkRw0AIAEsAAJBAnQgBGpBwAFrQQo2AgAgASwAAkEDdCADakGAA2soAgAhCCABQQRqDAELIBQNBiAABH8gAiACKAIAIgFBBGo2AgAgASgCAAVBAAshCCAGKAJMQQJqCyIBNgJMIAhBf3NBH3YMAQsgBiABQQFqNgJMIAZBzABqEEQhCCAGKAJMIQFBAQshEANAIAchEUEcIQkgASwAAEH7AGtBRkkNCSAGIAFBAWoiDDYCTCABLAAAIQcgDCEBIAcgEUE6bGpB78oAai0AACIHQQFrQQhJDQALAkACQCAHQRtHBEAgB0UNCyASQQBOBEAgBCASQQJ0aiAHNgIAIAYgAyASQQN0aikDADcDQAwCCyAARQ0IIAZBQGsgByACEEMgBigCTCEMDAILIBJBAE4NCgtBACEBIABFDQcLIA5B//97cSILIA4gDkGAwABxGyEHQQAhDkGACCESIBMhCQJAAkACQAJ/AkACQAJAAkACfwJAAkACQAJAAkACQAJAIAxBAWssAAAiAUFfcSABIAFBD3FBA0YbIAEgERsiAUHYAGsOIQQUFBQUFBQUFA4UDwYODg4UBhQUFBQCBQMUFAkUARQUBAALAkAgAUHBAGsOBw4UCxQODg4ACyABQdMARg0JDBMLIAYpA0AhF0GACAwFC0EAIQECQAJAAkACQAJAAkACQCARQf8BcQ4IAAECAwQaBQYaCyAGKAJAIA02AgAMGQsgBigCQCANNgIADBgLIAYoAkAgDaw3AwAMFwsgBigCQCANOwEADBYLIAYoAkAgDToAAAwVCyAGKAJAIA02AgAMFAsgBigCQCANrDcDAAwTCyAIQQggCEEISxshCCAHQQhyIQdB+AAhAQsgEyEKIAFBIHEhESAGKQNAIhdQRQRAA0AgCkEBayIKIBenQQ9xQYDPAGotAAAgEXI6AAAgF0IPViELIBdCBIghFyALDQALCyAGKQNAUA0DIAdBCHFFDQMgAUEEdkGACGohEkECIQ4MAwsgEyEBIAYpA0AiF1BFBEADQCABQQFrIgEgF6dBB3FBMHI6AAAgF0IHViEKIBdCA4ghFyAKDQALCyABIQogB0EIcUUNAiAIIBMgCmsiAUEBaiABIAhIGyEIDAILIAYpA0AiF0IAUwRAIAZCACAXfSIXNwNAQQEhDkGACAwBCyAHQYAQcQRAQQEhDkGBCAwBC0GCCEGACCAHQQFxIg4bCyESIBcgExAqIQoLIBBBACAIQQBIGw0OIAdB//97cSAHIBAbIQcCQCAGKQNAIhdCAFINACAIDQAgEyIKIQlBACEIDAwLIAggF1AgEyAKa2oiASABIAhIGyEIDAsLAn9B/////wcgCCAIQQBIGyIJIgxBAEchEQJAAkACQCAGKAJAIgFBmBggARsiCiIHIhBBA3FFDQAgDEUNAANAIBAtAABFDQIgDEEBayIMQQBHIREgEEEBaiIQQQNxRQ0BIAwNAAsLIBFFDQELAkAgEC0AAEUNACAMQQRJDQADQCAQKAIAIgFBf3MgAUGBgoQIa3FBgIGChHhxDQEgEEEEaiEQIAxBBGsiDEEDSw0ACwsgDEUNAANAIBAgEC0AAEUNAhogEEEBaiEQIAxBAWsiDA0ACwtBAAsiASAHayAJIAEbIgEgCmohCSAIQQBOBEAgCyEHIAEhCAwLCyALIQcgASEIIAktAAANDQwKCyAIBEAgBigCQAwCC0EAIQEgAEEgIA9BACAHEB8MAgsgBkEANgIMIAYgBikDQD4CCCAGIAZBCGoiATYCQEF/IQggAQshCUEAIQECQANAIAkoAgAiCkUNAQJAIAZBBGogChBBIgtBAEgiCg0AIAsgCCABa0sNACAJQQRqIQkgCCABIAtqIgFLDQEMAgsLIAoNDQtBPSEJIAFBAEgNCyAAQSAgDyABIAcQHyABRQRAQQAhAQwBC0EAIQggBigCQCEJA0AgCSgCACIKRQ0BIAZBBGogChBBIgogCGoiCCABSw0BIAAgBkEEaiAKEB4gCUEEaiEJIAEgCEsNAAsLIABBICAPIAEgB0GAwABzEB8gDyABIAEgD0gbIQEMCAsgEEEAIAhBAEgbDQhBPSEJIAAgBisDQCAPIAggByABIAUREgAiAUEATg0HDAkLIAYgBikDQDwAN0EBIQggFSEKIAshBwwECyAGIAFBAWoiBzYCTCABLQABIQkgByEBDAALAAsgAA0HIBRFDQJBASEBA0AgBCABQQJ0aigCACIABEAgAyABQQN0aiAAIAIQQ0EBIQ0gAUEBaiIBQQpHDQEMCQsLQQEhDSABQQpPDQcDQCAEIAFBAnRqKAIADQEgAUEBaiIBQQpHDQALDAcLQRwhCQwECyAJIAprIhEgCCAIIBFIGyILQf////8HIA5rSg0CQT0hCSALIA5qIgggDyAIIA9KGyIBIBZKDQMgAEEgIAEgCCAHEB8gACASIA4QHiAAQTAgASAIIAdBgIAEcxAfIABBMCALIBFBABAfIAAgCiAREB4gAEEgIAEgCCAHQYDAAHMQHwwBCwtBACENDAMLQT0hCQtBiOgAIAk2AgALQX8hDQsgBkHQAGokACANC7ICAQN/IwBB0AFrIgQkACAEIAI2AswBIARBoAFqIgJBAEEoEBsaIAQgBCgCzAE2AsgBAkBBACABIARByAFqIARB0ABqIAIgAxBFQQBIDQAgACgCTEEATiEFIAAoAgAhAiAAKAJIQQBMBEAgACACQV9xNgIACwJ/AkACQCAAKAIwRQRAIABB0AA2AjAgAEEANgIcIABCADcDECAAKAIsIQYgACAENgIsDAELIAAoAhANAQtBfyAAEEgNARoLIAAgASAEQcgBaiAEQdAAaiAEQaABaiADEEULIQEgBgR/IABBAEEAIAAoAiQRAwAaIABBADYCMCAAIAY2AiwgAEEANgIcIAAoAhQaIABCADcDEEEABSABCxogACAAKAIAIAJBIHFyNgIAIAVFDQALIARB0AFqJAALfgIBfwF+IAC9IgNCNIinQf8PcSICQf8PRwR8IAJFBEAgASAARAAAAAAAAAAAYQR/QQAFIABEAAAAAAAA8EOiIAEQRyEAIAEoAgBBQGoLNgIAIAAPCyABIAJB/gdrNgIAIANC/////////4eAf4NCgICAgICAgPA/hL8FIAALC1kBAX8gACAAKAJIIgFBAWsgAXI2AkggACgCACIBQQhxBEAgACABQSByNgIAQX8PCyAAQgA3AgQgACAAKAIsIgE2AhwgACABNgIUIAAgASAAKAIwajYCEEEACwMAAQslAQF/IwBBEGsiAyQAIAMgAjYCDCAAIAEgAkEfEEYgA0EQaiQAC5QDAgN/A3wjAEEQayIDJAACQCAAvCIEQf////8HcSICQdqfpO4ETQRAIAEgALsiBiAGRIPIyW0wX+Q/okQAAAAAAAA4Q6BEAAAAAAAAOMOgIgVEAAAAUPsh+b+ioCAFRGNiGmG0EFG+oqAiBzkDACAHRAAAAGD7Iem/YyEEAn8gBZlEAAAAAAAA4EFjBEAgBaoMAQtBgICAgHgLIQIgBARAIAEgBiAFRAAAAAAAAPC/oCIFRAAAAFD7Ifm/oqAgBURjYhphtBBRvqKgOQMAIAJBAWshAgwCCyAHRAAAAGD7Iek/ZEUNASABIAYgBUQAAAAAAADwP6AiBUQAAABQ+yH5v6KgIAVEY2IaYbQQUb6ioDkDACACQQFqIQIMAQsgAkGAgID8B08EQCABIAAgAJO7OQMAQQAhAgwBCyADIAIgAkEXdkGWAWsiAkEXdGu+uzkDCCADQQhqIAMgAkEBQQAQTSECIAMrAwAhBSAEQQBIBEAgASAFmjkDAEEAIAJrIQIMAQsgASAFOQMACyADQRBqJAAgAgvZCgMEfAV/AX4jAEEwayIHJAACQAJAAkAgAL0iC0IgiKciBkH/////B3EiCEH61L2ABE0EQCAGQf//P3FB+8MkRg0BIAhB/LKLgARNBEAgC0IAWQRAIAEgAEQAAEBU+yH5v6AiAEQxY2IaYbTQvaAiAjkDACABIAAgAqFEMWNiGmG00L2gOQMIQQEhBgwFCyABIABEAABAVPsh+T+gIgBEMWNiGmG00D2gIgI5AwAgASAAIAKhRDFjYhphtNA9oDkDCEF/IQYMBAsgC0IAWQRAIAEgAEQAAEBU+yEJwKAiAEQxY2IaYbTgvaAiAjkDACABIAAgAqFEMWNiGmG04L2gOQMIQQIhBgwECyABIABEAABAVPshCUCgIgBEMWNiGmG04D2gIgI5AwAgASAAIAKhRDFjYhphtOA9oDkDCEF+IQYMAwsgCEG7jPGABE0EQCAIQbz714AETQRAIAhB/LLLgARGDQIgC0IAWQRAIAEgAEQAADB/fNkSwKAiAETKlJOnkQ7pvaAiAjkDACABIAAgAqFEypSTp5EO6b2gOQMIQQMhBgwFCyABIABEAAAwf3zZEkCgIgBEypSTp5EO6T2gIgI5AwAgASAAIAKhRMqUk6eRDuk9oDkDCEF9IQYMBAsgCEH7w+SABEYNASALQgBZBEAgASAARAAAQFT7IRnAoCIARDFjYhphtPC9oCICOQMAIAEgACACoUQxY2IaYbTwvaA5AwhBBCEGDAQLIAEgAEQAAEBU+yEZQKAiAEQxY2IaYbTwPaAiAjkDACABIAAgAqFEMWNiGmG08D2gOQMIQXwhBgwDCyAIQfrD5IkESw0BCyAAIABEg8jJbTBf5D+iRAAAAAAAADhDoEQAAAAAAAA4w6AiA0QAAEBU+yH5v6KgIgIgA0QxY2IaYbTQPaIiBKEiBUQYLURU+yHpv2MhCQJ/IAOZRAAAAAAAAOBBYwRAIAOqDAELQYCAgIB4CyEGAkAgCQRAIAZBAWshBiADRAAAAAAAAPC/oCIDRDFjYhphtNA9oiEEIAAgA0QAAEBU+yH5v6KgIQIMAQsgBUQYLURU+yHpP2RFDQAgBkEBaiEGIANEAAAAAAAA8D+gIgNEMWNiGmG00D2iIQQgACADRAAAQFT7Ifm/oqAhAgsgASACIAShIgA5AwACQCAIQRR2IgkgAL1CNIinQf8PcWtBEUgNACABIAIgA0QAAGAaYbTQPaIiAKEiBSADRHNwAy6KGaM7oiACIAWhIAChoSIEoSIAOQMAIAkgAL1CNIinQf8PcWtBMkgEQCAFIQIMAQsgASAFIANEAAAALooZozuiIgChIgIgA0TBSSAlmoN7OaIgBSACoSAAoaEiBKEiADkDAAsgASACIAChIAShOQMIDAELIAhBgIDA/wdPBEAgASAAIAChIgA5AwAgASAAOQMIQQAhBgwBCyALQv////////8Hg0KAgICAgICAsMEAhL8hAEEAIQZBASEJA0AgB0EQaiAGQQN0agJ/IACZRAAAAAAAAOBBYwRAIACqDAELQYCAgIB4C7ciAjkDACAAIAKhRAAAAAAAAHBBoiEAQQEhBiAJQQFxIQpBACEJIAoNAAsgByAAOQMgAkAgAEQAAAAAAAAAAGIEQEECIQYMAQtBASEJA0AgCSIGQQFrIQkgB0EQaiAGQQN0aisDAEQAAAAAAAAAAGENAAsLIAdBEGogByAIQRR2QZYIayAGQQFqQQEQTSEGIAcrAwAhACALQgBTBEAgASAAmjkDACABIAcrAwiaOQMIQQAgBmshBgwBCyABIAA5AwAgASAHKwMIOQMICyAHQTBqJAAgBgupEQIDfBB/IwBBsARrIgkkACACIAJBA2tBGG0iCEEAIAhBAEobIhFBaGxqIQwgBEECdEGANWooAgAiDSADQQFrIgtqQQBOBEAgAyANaiEIIBEgC2shAgNAIAlBwAJqIApBA3RqIAJBAEgEfEQAAAAAAAAAAAUgAkECdEGQNWooAgC3CzkDACACQQFqIQIgCkEBaiIKIAhHDQALCyAMQRhrIQ8gDUEAIA1BAEobIQpBACEIA0BEAAAAAAAAAAAhBSADQQBKBEAgCCALaiEOQQAhAgNAIAAgAkEDdGorAwAgCUHAAmogDiACa0EDdGorAwCiIAWgIQUgAkEBaiICIANHDQALCyAJIAhBA3RqIAU5AwAgCCAKRiECIAhBAWohCCACRQ0AC0EvIAxrIRRBMCAMayESIAxBGWshFSANIQgCQANAIAkgCEEDdGorAwAhBUEAIQIgCCEKIAhBAEwiEEUEQANAIAlB4ANqIAJBAnRqAn8CfyAFRAAAAAAAAHA+oiIGmUQAAAAAAADgQWMEQCAGqgwBC0GAgICAeAu3IgZEAAAAAAAAcMGiIAWgIgWZRAAAAAAAAOBBYwRAIAWqDAELQYCAgIB4CzYCACAJIApBAWsiCkEDdGorAwAgBqAhBSACQQFqIgIgCEcNAAsLAn8gBSAPEDMiBSAFRAAAAAAAAMA/opxEAAAAAAAAIMCioCIFmUQAAAAAAADgQWMEQCAFqgwBC0GAgICAeAshDiAFIA63oSEFAkACQAJAAn8gD0EATCIWRQRAIAhBAnQgCWoiAiACKALcAyICIAIgEnUiAiASdGsiCjYC3AMgAiAOaiEOIAogFHUMAQsgDw0BIAhBAnQgCWooAtwDQRd1CyILQQBMDQIMAQtBAiELIAVEAAAAAAAA4D9mDQBBACELDAELQQAhAkEAIQogEEUEQANAIAlB4ANqIAJBAnRqIhcoAgAhEEH///8HIRMCfwJAIAoNAEGAgIAIIRMgEA0AQQAMAQsgFyATIBBrNgIAQQELIQogAkEBaiICIAhHDQALCwJAIBYNAEH///8DIQICQAJAIBUOAgEAAgtB////ASECCyAIQQJ0IAlqIhAgECgC3AMgAnE2AtwDCyAOQQFqIQ4gC0ECRw0ARAAAAAAAAPA/IAWhIQVBAiELIApFDQAgBUQAAAAAAADwPyAPEDOhIQULIAVEAAAAAAAAAABhBEBBACEKIAghAgJAIAggDUwNAANAIAlB4ANqIAJBAWsiAkECdGooAgAgCnIhCiACIA1KDQALIApFDQAgDyEMA0AgDEEYayEMIAlB4ANqIAhBAWsiCEECdGooAgBFDQALDAMLQQEhAgNAIAIiCkEBaiECIAlB4ANqIA0gCmtBAnRqKAIARQ0ACyAIIApqIQoDQCAJQcACaiADIAhqIgtBA3RqIAhBAWoiCCARakECdEGQNWooAgC3OQMAQQAhAkQAAAAAAAAAACEFIANBAEoEQANAIAAgAkEDdGorAwAgCUHAAmogCyACa0EDdGorAwCiIAWgIQUgAkEBaiICIANHDQALCyAJIAhBA3RqIAU5AwAgCCAKSA0ACyAKIQgMAQsLAkAgBUEYIAxrEDMiBUQAAAAAAABwQWYEQCAJQeADaiAIQQJ0agJ/An8gBUQAAAAAAABwPqIiBplEAAAAAAAA4EFjBEAgBqoMAQtBgICAgHgLIgK3RAAAAAAAAHDBoiAFoCIFmUQAAAAAAADgQWMEQCAFqgwBC0GAgICAeAs2AgAgCEEBaiEIDAELAn8gBZlEAAAAAAAA4EFjBEAgBaoMAQtBgICAgHgLIQIgDyEMCyAJQeADaiAIQQJ0aiACNgIAC0QAAAAAAADwPyAMEDMhBQJAIAhBAEgNACAIIQMDQCAJIAMiAEEDdGogBSAJQeADaiADQQJ0aigCALeiOQMAIANBAWshAyAFRAAAAAAAAHA+oiEFIAANAAsgCEEASA0AIAghAgNAIAggAiIAayEDRAAAAAAAAAAAIQVBACECA0ACQCACQQN0QeDKAGorAwAgCSAAIAJqQQN0aisDAKIgBaAhBSACIA1ODQAgAiADSSEMIAJBAWohAiAMDQELCyAJQaABaiADQQN0aiAFOQMAIABBAWshAiAAQQBKDQALCwJAAkACQAJAAkAgBA4EAQICAAQLRAAAAAAAAAAAIQYCQCAIQQBMDQAgCUGgAWogCEEDdGorAwAhBSAIIQIDQCAJQaABaiIDIAJBA3RqIAUgAyACQQFrIgBBA3RqIgMrAwAiByAHIAWgIgWhoDkDACADIAU5AwAgAkEBSyEDIAAhAiADDQALIAhBAkgNACAJQaABaiAIQQN0aisDACEFIAghAgNAIAlBoAFqIgMgAkEDdGogBSADIAJBAWsiAEEDdGoiAysDACIGIAYgBaAiBaGgOQMAIAMgBTkDACACQQJLIQMgACECIAMNAAtEAAAAAAAAAAAhBiAIQQFMDQADQCAGIAlBoAFqIAhBA3RqKwMAoCEGIAhBAkohACAIQQFrIQggAA0ACwsgCSsDoAEhBSALDQIgASAFOQMAIAkrA6gBIQUgASAGOQMQIAEgBTkDCAwDC0QAAAAAAAAAACEFIAhBAE4EQANAIAgiAEEBayEIIAUgCUGgAWogAEEDdGorAwCgIQUgAA0ACwsgASAFmiAFIAsbOQMADAILRAAAAAAAAAAAIQUgCEEATgRAIAghAwNAIAMiAEEBayEDIAUgCUGgAWogAEEDdGorAwCgIQUgAA0ACwsgASAFmiAFIAsbOQMAIAkrA6ABIAWhIQVBASECIAhBAEoEQANAIAUgCUGgAWogAkEDdGorAwCgIQUgAiAIRyEAIAJBAWohAiAADQALCyABIAWaIAUgCxs5AwgMAQsgASAFmjkDACAJKwOoASEFIAEgBpo5AxAgASAFmjkDCAsgCUGwBGokACAOQQdxC94DAEHE0ABB6AwQGUHQ0ABBvQpBAUEBQQAQGEHc0ABB4AlBAUGAf0H/ABAEQfTQAEHZCUEBQYB/Qf8AEARB6NAAQdcJQQFBAEH/ARAEQYDRAEGHCUECQYCAfkH//wEQBEGM0QBB/ghBAkEAQf//AxAEQZjRAEGWCUEEQYCAgIB4Qf////8HEARBpNEAQY0JQQRBAEF/EARBsNEAQcMLQQRBgICAgHhB/////wcQBEG80QBBugtBBEEAQX8QBEHI0QBBswlCgICAgICAgICAf0L///////////8AEFhB1NEAQbIJQgBCfxBYQeDRAEGfCUEEEA1B7NEAQasMQQgQDUHgJ0HiCxAMQcgvQfYTEAxBoDBBBEHICxAIQfwwQQJB7gsQCEHYMUEEQf0LEAhB6CZB5AoQF0G4JkEAQbETEAFBkDJBAEGXFBABQbgyQQFBzxMQAUHgMkECQcEQEAFBiDNBA0HgEBABQbAzQQRBiBEQAUHYM0EFQaUREAFBgDRBBEG8FBABQag0QQVB2hQQAUGQMkEAQYsSEAFBuDJBAUHqERABQeAyQQJBzRIQAUGIM0EDQasSEAFBsDNBBEGQExABQdgzQQVB7hIQAUHQNEEGQcsREAFB+DRBB0GBFRABCw8AIAEgACgCAGogAjYCAAuVBAEWfyAALACDAiICIAAsAPcBIgMgACwA6wEiBCAALADfASIFIAAsANMBIgYgACwAxwEiByAALAC7ASIIIAAsAK8BIgkgACwAowEiCiAALACXASILIAAsAIsBIgwgACwAfyINIAAsAHMiDiAALABnIg8gACwAWyIQIAAsAE8iESAALABDIhIgACwANyITIAAsACsiFCAALAAfIhUgACwAEyIWIAAsAAciAUEBIAFBAUobQQEgAC0ACRsiASABIBZIGyABIAAtABUbIgEgASAVSBsgASAALQAhGyIBIAEgFEgbIAEgAC0ALRsiASABIBNIGyABIAAtADkbIgEgASASSBsgASAALQBFGyIBIAEgEUgbIAEgAC0AURsiASABIBBIGyABIAAtAF0bIgEgASAPSBsgASAALQBpGyIBIAEgDkgbIAEgAC0AdRsiASABIA1IGyABIAAtAIEBGyIBIAEgDEgbIAEgAC0AjQEbIgEgASALSBsgASAALQCZARsiASABIApIGyABIAAtAKUBGyIBIAEgCUgbIAEgAC0AsQEbIgEgASAISBsgASAALQC9ARsiASABIAdIGyABIAAtAMkBGyIBIAEgBkgbIAEgAC0A1QEbIgEgASAFSBsgASAALQDhARsiASABIARIGyABIAAtAO0BGyIBIAEgA0gbIAEgAC0A+QEbIgEgASACSBsgASAALQCFAhsL5B8CB38DfCMAQSBrIggkAAJ/AkAgAC0AREUEQEGMASEHDAELQQQhBSAAKAJIIgdBBEgEQEECIQVBAQwCC0EAIAdBD0kNARoLIAdBBW5BAXQhBUEACyEDIAUgB2ohBQJAQeTdAC0AAEEBcQ0AQeTdABAjRQ0AQdzbABAmQYgCEBoaQeTdABAiC0Hc2wAQPCAFakEBayEEAkBB2NsALQAAQQFxDQBB2NsAECNFDQBB0NkAECZBiAIQGhpB2NsAECILIARB0NkAEDxtIQkCQCAFQYECTgRAQQAhBEHA2QAoAgAiAEUNASAIQYACNgIMIAgCf0ECIAMNABpBBCAHQQ9JDQAaIAdBBW5BAXQLNgIIIAggBzYCBCAIIAU2AgAgAEHcIyAIEBwMAQsgACgCPCAFaiEDIAEEQCACKAIAIQQgACADNgJYIAAgASAEajYCVAsgAiADIAIoAgBqQQdqQQhtQQN0IgM2AgAgAC0ATARAIAIgACgCDCIEQQN0IAEEfyAAIARBAXQ2ApgBIAAgASADajYClAEgAigCAAUgAwtqQQdqQQhtQQN0IgM2AgACfyAAKAIMQQJtt59EAAAAAAAACECgIgqZRAAAAAAAAOBBYwRAIAqqDAELQYCAgIB4CyEEIAIgAQR/IAAgBDYCoAEgACABIANqNgKcASACKAIABSADCyAEQQJ0akEHakEIbUEDdCIDNgIAIAAoAgxBAm0hBCACIAEEfyAAIAQ2AqgBIAAgASADajYCpAEgAigCAAUgAwsgBEECdGpBB2pBCG1BA3QiAzYCACAAKAIMIQQgAiABBH8gACAENgK0ASAAIAEgA2o2ArABIAIoAgAFIAMLIARBAnRqQQdqQQhtQQN0IgM2AgAgACgCDCIEQYABaiAEIAAtAE4iBBshBiACIAEEfyAAIAY2ArwBIAAgASADajYCuAEgAigCAAUgAwsgBkECdGpBB2pBCG1BA3QiAzYCACAAKAIMIgZBA3QgBiAEGyEGIAIgAQR/IAAgBjYCxAEgACABIANqNgLAASACKAIABSADCyAGQQJ0akEHakEIbUEDdCIGNgIAIAAoAgwhAwJAIAQEQCADQQN0IQQgACgCFCEDDAELIAAoAhQhBAsgAyAEbCEDIAIgAQR/IAAgAzYCzAEgACABIAZqNgLIASACIAMgAigCAGpBB2pBCG1BA3QiAzYCACAAIAdBAWo2AtgBIAAgASADajYC1AEgAigCAAUgAyAGakEHakEIbUEDdAsgB2pBCGpBCG1BA3QiAzYCAAJAIAAtAEQEQCAAKAJIIgNBwQBOBEBBACEEQcDZACgCACIARQ0EIAhBwAA2AhQgCCADNgIQIABBiR8gCEEQahAcDAQLAkBB5N0ALQAAQQFxDQBB5N0AECNFDQBB3NsAECZBiAIQGhpB5N0AECILAn9B5dsALQAABH9B4tsALAAAQeTbACwAAGwiA0EAIANBAEobBUEACyEDQfHbAC0AAARAQe7bACwAAEHw2wAsAABsIgQgAyADIARIGyEDC0H92wAtAAAEQEH62wAsAABB/NsALAAAbCIEIAMgAyAESBshAwtBidwALQAABEBBhtwALAAAQYjcACwAAGwiBCADIAMgBEgbIQMLQZXcAC0AAARAQZLcACwAAEGU3AAsAABsIgQgAyADIARIGyEDC0Gh3AAtAAAEQEGe3AAsAABBoNwALAAAbCIEIAMgAyAESBshAwtBrdwALQAABEBBqtwALAAAQazcACwAAGwiBCADIAMgBEgbIQMLQbncAC0AAARAQbbcACwAAEG43AAsAABsIgQgAyADIARIGyEDC0HF3AAtAAAEQEHC3AAsAABBxNwALAAAbCIEIAMgAyAESBshAwtB0dwALQAABEBBztwALAAAQdDcACwAAGwiBCADIAMgBEgbIQMLQd3cAC0AAARAQdrcACwAAEHc3AAsAABsIgQgAyADIARIGyEDC0Hp3AAtAAAEQEHm3AAsAABB6NwALAAAbCIEIAMgAyAESBshAwtB9dwALQAABEBB8twALAAAQfTcACwAAGwiBCADIAMgBEgbIQMLQYHdAC0AAARAQf7cACwAAEGA3QAsAABsIgQgAyADIARIGyEDC0GN3QAtAAAEQEGK3QAsAABBjN0ALAAAbCIEIAMgAyAESBshAwtBmd0ALQAABEBBlt0ALAAAQZjdACwAAGwiBCADIAMgBEgbIQMLQaXdAC0AAARAQaLdACwAAEGk3QAsAABsIgQgAyADIARIGyEDC0Gx3QAtAAAEQEGu3QAsAABBsN0ALAAAbCIEIAMgAyAESBshAwtBvd0ALQAABEBBut0ALAAAQbzdACwAAGwiBCADIAMgBEgbIQMLQcndAC0AAARAQcbdACwAAEHI3QAsAABsIgQgAyADIARIGyEDC0HV3QAtAAAEQEHS3QAsAABB1N0ALAAAbCIEIAMgAyAESBshAwsgA0Hh3QAtAABFDQAaQd7dACwAAEHg3QAsAABsIgQgAyADIARIGwsgCWwhAyAAKAIMIQQgAQRAIAIoAgAhBiAAIAQ2AqAEIAAgAzYCnAQgACABIAZqNgKYBAsgAiACKAIAIAMgBGxqQQdqQQhtQQN0IgM2AgAgBUEBdCEFIAIgAQR/IAAgBTYCqAQgACABIANqNgKkBCACKAIABSADCyAFakEHakEIbUEDdDYCAAJAQeTdAC0AAEEBcQ0AQeTdABAjRQ0AQdzbABAmQYgCEBoaQeTdABAiC0Hc2wAQUEEFdCEDIAEEQCACKAIAIQUgACADNgKwBCAAIAEgBWo2AqwECyACKAIAIQUMAQsgAiAAKAIMIgVBDXQgAQR/IAAgBUELdDYCkAQgACABIANqNgKMBCACKAIABSADC2pBB2pBCG1BA3QiAzYCACAAKAIMIQUgAiABBH8gACAFNgL8AyAAIAEgA2o2AvgDIAIoAgAFIAMLIAVBAnRqQQdqQQhtQQN0IgU2AgAgACgCDCEDIAEEQCAAIAM2AogEIABBBDYChAQgACABIAVqNgKABCACKAIAIQULIANBBHQhAwsgAiADQQdyIAVqQQhtQQN0IgM2AgALIAAtAE0EQAJAQdjbAC0AAEEBcQ0AQdjbABAjRQ0AQdDZABAmQYgCEBoaQdjbABAiC0HQ2QAQUCIDQQV0IQYgAC0AT0UEQCABBEAgAigCACEFIAAgBjYC0AQgACABIAVqNgLMBAsgAiACKAIAIANBCHRqQQdqQQhtQQN0IgU2AgAgAiADQQd0IgQgACgCDCIDbCABBH8gACADNgLoBCAAIAY2AuQEIAAgASAFajYC4AQgAigCAAUgBQtqQQdqQQhtQQN0IgM2AgAgACgCDCEFIAIgAQR/IAAgBTYC3AQgACAGNgLYBCAAIAEgA2o2AtQEIAIoAgAFIAMLIAQgBWxBB3JqQQhtQQN0IgM2AgAgACgCDCEFIAIgAQR/IAAgBTYCjAcgACABIANqNgKIByACKAIABSADCyAFQQJ0akEHakEIbUEDdCIDNgIAIAIgACgCDCIFQQN0IAEEfyAAIAVBAXQ2ApQHIAAgASADajYCkAcgAigCAAUgAwtqQQdqQQhtQQN0IgU2AgAgACgCDCAAKAIYbEELdCEDAkAgAUUEQCACIANBB3IgBWpBCG1BA3QiBTYCACAAKAIMIQMMAQsgACADNgKcByAAIAEgBWo2ApgHIAIgAigCACADQQdyakEIbUEDdCIDNgIAIAAgASADajYCoAcgACAAKAIMIgNBC3Q2AqQHIAIoAgAhBQsgAiAFIANBDHRqQQdqQQhtQQN0NgIACwJAIAAtAEQEQEEAIQUCQEHY2wAtAABBAXENAEHY2wAQI0UNAEHQ2QAQJkGIAhAaGkHY2wAQIgtBASEEA0AgBUEMbCIDQdnZAGotAAAEQCADQdfZAGosAABBAXQgA0HY2QBqLAAAbSIDIAQgAyAEShshBAsgBUEBaiIFQRZHDQALDAELIAAoAjQhBAsgAgJ/IAFFBEAgByACKAIAakEIakEIbUEDdAwBCyACKAIAIQMgACAHQQFqNgLwBCAAIAEgA2o2AuwEIAIgByACKAIAakEIakEIbUEDdCIDNgIAIAAgBjYCyAQgACABIANqNgLEBCACKAIACyAGQQdyakEIbUEDdCIDNgIAIAQgCWwgCUEAIARBAUobaiEFIAIgAQR/IAAgBTYCsAcgACABIANqNgKsByACKAIABSADCyAFakEHakEIbUEDdCIDNgIACwJAAkAgAC0AREUEQCAAKAI8QQFrQf8BcSIFIAVBHGxqQQRqIQUgAiABBH8gACAFNgJgIAAgASADajYCXCACKAIABSADCyAFakEHakEIbUEDdCIDNgIAIABB5ABqIQZBjAEhBwwBCyAAQeQAaiEGQQQhBSAAKAJIIgdBBEgEQEECIQUMAgsgB0EPSQ0BCyAHQQVuQQF0Qf4BcSEFC0EBIQQgB0H/AXFBA2wgBUEBcmogBUEcbGohBSACIAEEfyAGIAU2AgQgBiABIANqNgIAIAIoAgAFIAMLIAVqQQdqQQhtQQN0NgIAIAAtAE5FDQAgAigCACEDAkAgAUUEQCACIANBh8AAakEIbUEDdEGHBmpBCG1BA3RBhwJqQQhtQQN0QYeAAWpBCG1BA3Q2AgAMAQsgAEGAEDYCvAcgACABIANqIgM2ArgHIAIgAigCAEGHwABqQQhtQQN0IgU2AgAgAEHAATYCxAcgACABIAVqNgLAByACIAIoAgBBhwZqQQhtQQN0IgU2AgAgAEHAADYCzAcgACABIAVqIgc2AsgHIAIgAigCAEGHAmpBCG1BA3QiBTYCACAAQYAgNgLUByAAIAEgBWo2AtAHIAIgAigCAEGHgAFqQQhtQQN0NgIAIANBgICA/AM2AgBBASEBA0AgAbciCkQYLURU+yEJQKJEAAAAAAAAoD+iIgsQLSEMIwBBEGsiAiQAAnwgCkQYLURU+yFZP6IiCr1CIIinQf////8HcSIFQfvDpP8DTQRARAAAAAAAAPA/IAVBnsGa8gNJDQEaIApEAAAAAAAAAAAQLwwBCyAKIAqhIAVBgIDA/wdPDQAaAkACQAJAAkAgCiACEExBA3EOAwABAgMLIAIrAwAgAisDCBAvDAMLIAIrAwAgAisDCEEBEC6aDAILIAIrAwAgAisDCBAvmgwBCyACKwMAIAIrAwhBARAuCyEKIAJBEGokACADIAFBAnRqIApEAAAAAAAA4D+iRAAAAAAAAOA/oCAMIAujtruitjgCACABQQFqIgFBgBBHDQALIABCADcD2AcgAEIANwPoByAAQgA3A+AHIAdBACAAKALMB0ECdBAbGiAAKALAB0EAIAAoAsQHQQJ0EBsaIAAoAtAHQQAgACgC1AdBAnQQGxoLCyAIQSBqJAAgBAueBwEHfyAAIAAoAgQgAC0AAWpBAWo2AhAgACgCHCgCACAALwEYakEAIAAtABYQGxogACgCKCgCACAALwEkakEAIAAtACIQGxoCQCAALQANBEAgACgCNCgCACAALwEwaiAAKAIIIAAtAAFBAWoiA0H/AXEQGhogACADOgAsDAELIAAoAjQoAgAgAC8BMGpBAToAACAAQQI6ADggAEEBOgAsIAAtAAEEQANAIAAoAkAoAgAgAC8BPGpBAToAACAAKAJAKAIAIAAvATxqIAlBGHRBGHUiA0H/AWogAyADQQBIG0HwKmotAAA6AAEgACAALQAsIAAtADhqQQFrIgM6AEQgACgCTCgCACAALwFIakEAIANB/wFxEBsaIAAtACwhAwJAIAAtADgiBUUNAEEAIQRBASEIIANFBEBBACEDDAELA0BBACEGIAhB/wFxBH8DQEEAIQMCQCAAKAI0KAIAIAAvATBqIAZqLQAAIgVFDQAgAC8BPCAAKAJAKAIAIARqai0AACIIRQ0AIAhB8ChqLQAAIAVB8ChqLQAAakHwKmotAAAhAwsgACgCTCgCACAALwFIaiAEIAZqQf8BcWoiBSAFLQAAIANzOgAAIAZBAWoiBiAALQAsIgNJDQALIAAtADghBSADBUEACyEIIARBAWoiBCAFSQ0ACwsgACADIAAtAEQiBCADIARLGyIDOgAsIAAoAjQoAgAgAC8BMGogACgCTCgCACAALwFIaiADQf8BcRAaGiAAIAM6ACwgAC0AASAJQQFqIglBGHRBGHVKDQALCyAAKAIIIAAoAjQoAgAgAC8BMGogAC0ALBAaGiAAQQE6AA0LIAAoAhwoAgAgAC8BGGogASAALQAAIgMQGhogACADOgAUIAAoAigoAgAgAC8BJGogASAALQAAEBoaIAAgAC0AASIBIAAtABRqOgAgIAAtAAAiAwRAA0ACQCAAKAIoKAIAIAAvASRqIAdqLQAAIgRFDQBBASEBIAAtACxBAkkNAANAIAAoAigoAgAgAC8BJGogASAHakH/AXFqIgMgACgCNCgCACAALwEwaiABai0AACIGBH8gBEHwKGotAAAgBkHwKGotAABqQfAqai0AAAVBAAsgAy0AAHM6AAAgAUEBaiIBIAAtACxJDQALIAAtAAAhAwsgB0EBaiIHIANJDQALIAMhByAALQABIQELIAIgACgCKCgCACAALwEkaiAHQf8BcWogAUH/AXEQGhoLzAYBA38jAEHQAGsiBSQAAkAgAUEASARAQQAhAkHA2QAoAgAiAEUNASAFIAE2AgAgAEHWICAFEBwMAQsCQCAALQBNBEACQCAALQBEBH8gACgCSAVBjAELIgYgAU4EQCABIQYMAQtBwNkAKAIAIgdFDQAgBSAGNgJEIAUgATYCQCAHQcMZIAVBQGsQHAsgBEHlAE8EQEEAIQJBwNkAKAIAIgBFDQMgBSAENgIQIABBriEgBUEQahAcDAMLIABBADoAtAQgACgC7ARBACAAKALwBBAbGiAAKAJUQQAgACgCWBAbGiAGQQBMDQEgA0EWTwRAQQAhAkHA2QAoAgAiAEUNAyAFIAM2AjAgAEHCISAFQTBqEBwMAwsgACADQQxsaiIBLQCJBUUEQEEAIQJBwNkAKAIAIgBFDQMgBSADNgIgIABBixsgBUEgahAcDAMLIAAtAEQhAwJ/AkAgAS0AiAVBAkYEQCADBEAgACABKQKABTcC9AQgACABKAKIBTYC/AQMAgtBACECQcDZACgCACIARQ0FQd0bQTsgABAoDAULIAAgASkCgAU3AvQEIAAgASgCiAU2AvwEIAYgA0UNARoLIAAoAkgLIQEgACABNgK8BCAAIAS3RAAAAAAAAFlAo7Y4ArgEIAAoAuwEIAE6AABBACEBIAAoArwEQQBKBEADQEEAIQQgAUEBaiIDIAAoAuwEaiABIAZIBH8gASACai0AAAVBAAs6AAAgAC0AUARAIAAoAuwEIANqIgQgBC0AACABQT9xQbAoai0AAHM6AAALIAMiASAAKAK8BEgNAAsLIABBAToAtAQMAQsgAUUNAEHA2QAoAgAiAUUNAEGKGkHAACABECgLIAAtAExFBEBBASECDAELIABBADsBbCAAQgA3AoABIABCADcCiAEgACgCsAFBACAAKAK0AUECdBAbGiAAKAK4AUEAIAAoArwBQQJ0EBsaQQEhAgJAIAAoAoQEIgFBAEwNACAAKAKIBCIDQQBMDQAgACgCgARBACABIANsQQJ0EBsaCyAAKALUAUEAIAAoAtgBEBsaIAAoApwEIgFBAEwNACAAKAKgBCIDQQBMDQAgACgCmARBACABIANsEBsaCyAFQdAAaiQAIAIL60UDDn8IfQR8IwBBMGsiEiQAAkAgAEECdEGw2QBqKAIAIgdFBEBBfyEBQcDZACgCACICRQ0BIBIgADYCACACQdYcIBIQHAwBCyAHIAIgASADIAQQU0UEQEF/IQFBwNkAKAIAIgJFDQEgEiAANgIgIAJBmRwgEkEgahAcDAELAkACQAJAIAYOAgIAAQsgBy0AtAQEfyAHKAIMIQAgBy0ATgR/IAdBuAdqIAcqAgggByoCBJUgACAHKAKIB0EAEDBBAWoFIAALIAcsAPoEIAcsAPwEIAcsAPsEIgEgBygCPAJ/QQIgBygCvAQiAEEESA0AGkEEIABBD0kNABogAEEFbkEBdAsgAGpqakEBayABbWxsIAcoAjhBAXRqbAVBAAsgBygCGGwhAQwCCyAHLQC0BEUEQEEAIQEMAgsgBygCDCEAIActAE4EfyAHQbgHaiAHKgIIIAcqAgSVIAAgBygCiAdBABAwQQFqBSAACyAHLAD6BCAHLAD8BCAHLAD7BCIBIAcoAjwCf0ECIAcoArwEIgBBBEgNABpBBCAAQQ9JDQAaIABBBW5BAXQLIABqampBAWsgAW1sbCAHKAI4QQF0amwhAQwBCyMAQeABayIBJAACQCAHLQBNRQRAQQAhAkHA2QAoAgAiA0UNAUGKGkHAACADECgMAQsgBy0ATgRAIAdCADcD6AcgB0IANwPgByAHQgA3A9gHIAcoAsgHQQAgBygCzAdBAnQQGxogBygCwAdBACAHKALEB0ECdBAbGiAHKALQB0EAIAcoAtQHQQJ0EBsaCwJ/QQIgBygCvAQiAkEESA0AGkEEIAJBD0kNABogAkEFbkEBdAshCSAHLAD7BCIDIAcoAjwiBiACIAlqampBAWsgA20hFCAHLAD8BCEIIAcsAPoEIQwgBy0AREUEQCAHKAJcIQIgAUEANgLcASABQQA6ANQBIAFBADYC0AEgAUEAOgDIASABQQA2AsQBIAFBADoAvAEgAUEANgK4ASABQQA6ALABIAFBADYCrAEgAUEAOgCkASABQQA2AqABIAFBADoAmAEgAUEANgKUASABQQA6AIwBIAFBADYCiAEgAUEAOgCAASABQQA2AnwgAUEAOgB0IAFBADYCcCABQQA6AGggAUEANgJkIAFBADoAXCABQQA2AlggAUEAOgBQIAFBADYCTCABQQA6AEQgAUFAa0EANgIAIAFBADoAOCABQQA2AjQgAUEAOgAsIAFBADYCKCABQQA6ACAgAUEANgIcIAFBADoAFCABIAZBAWsiAzoAASABQQE6AAAgAUEAOwEMIAJFBEBBASEKIANB/wFxIgIgAkEcbGpBBGoQJyECCyABQQA7ARggASAGOgAWIAEgBkH/AXEiCzsBJCABIAY6ACIgASADQQF0IgM6AC4gAUEDOgA5IAEgAzoAOiABIAtBAXQiEzsBMCABIBMgA0H+AXEiBGoiEzsBPCABIAo6AAwgASACNgIEIAEgAjYCCCABQQA7ARQgAUGAAjsBICABQYAEOwEsIAEgAUEQaiICNgIcIAEgAjYCKCABIAI2AjQgASAEIBNqIgo7AUggASADOgBGIAEgBjoAUiABIAM6AF4gASADOgBqIAFBCDoAdSABIAQgCmoiBjsBVCABIAYgC2oiBjsBYCABIAQgBmoiBjsBbCABIAQgBmoiBjsBeCABQYAIOwFEIAEgAjYCQCABQQA6ADggASACNgJMIAFBgAo7AVAgASACNgJYIAFBgAw7AVwgASACNgJkIAFBgA47AWggASACNgJwIAEgAzoAdiABIAQgBmoiBjsBhAEgASADOgCCASABIAM6AI4BIAEgAzoAmgEgAUEMOgClASABIAM6AKYBIAEgBCAGaiIGOwGQASABIAQgBmoiBjsBnAEgASAEIAZqIgY7AagBIAFBADoAdCABIAI2AnwgAUGAEjsBgAEgASACNgKIASABQYAUOwGMASABIAI2ApQBIAFBgBY7AZgBIAEgAjYCoAEgASAEIAZqIgY7AbQBIAFBDToAsQEgASACNgKsASABQQA6AKQBIAEgAzoAsgEgASAEIAZqIgY7AcABIAFBDjoAvQEgASACNgK4ASABQQA6ALABIAEgAzoAvgEgASAEIAZqIgY7AcwBIAFBDzoAyQEgASACNgLEASABQQA6ALwBIAEgAzoAygEgASAEIAZqOwHYASABQRA6ANUBIAEgAjYC0AEgAUEAOgDIASABIAM6ANYBIAEgAjYC3AEgAUEAOgDUASABIAcoAuwEIgIgBygCVCACIAEtAAAQGiABLQAAahBSAkAgAS0ADEUNACABKAIEIgJFDQAgAhAhCyAHLQC8BCECCyAHKAJkIQRBACEGIAFBADYC3AEgAUEAOgDUASABQQA2AtABIAFBADoAyAEgAUEANgLEASABQQA6ALwBIAFBADYCuAEgAUEAOgCwASABQQA2AqwBIAFBADoApAEgAUEANgKgASABQQA6AJgBIAFBADYClAEgAUEAOgCMASABQQA2AogBIAFBADoAgAEgAUEANgJ8IAFBADoAdCABQQA2AnAgAUEAOgBoIAFBADYCZCABQQA6AFwgAUEANgJYIAFBADoAUCABQQA2AkwgAUEAOgBEIAFBQGtBADYCACABQQA6ADggAUEANgI0IAFBADoALCABQQA2AiggAUEAOgAgIAFBADYCHCABQQA6ABQgASAJOgABIAEgAjoAACABQQA7AQwgBEUEQEEBIQ0gCUH+AXEiA0EcbCADaiACQf8BcUEDbGpBAWoQJyEECyAIIBRsIAxsIRQgAUEAOwEYIAEgAiAJaiILOgAWIAEgCzoAIiABIAlBAXQiAzoALiABQQM6ADkgASADOgA6IAEgC0H/AXEiCTsBJCABIAlBAXQiAjsBMCABIAIgA0H+AXEiCmoiCDsBPCABIA06AAwgASAENgIEIAEgBDYCCCABQQA7ARQgAUGAAjsBICABQYAEOwEsIAEgAUEQaiICNgIcIAEgAjYCKCABIAI2AjQgASAIIApqIgQ7AUggASADOgBGIAEgCzoAUiABIAM6AF4gASADOgBqIAFBCDoAdSABIAQgCmoiBDsBVCABIAQgCWoiBDsBYCABIAQgCmoiBDsBbCABIAQgCmoiBDsBeCABQYAIOwFEIAEgAjYCQCABQQA6ADggASACNgJMIAFBgAo7AVAgASACNgJYIAFBgAw7AVwgASACNgJkIAFBgA47AWggASACNgJwIAEgAzoAdiABIAQgCmoiBDsBhAEgASADOgCCASABIAM6AI4BIAEgAzoAmgEgAUEMOgClASABIAM6AKYBIAEgBCAKaiIEOwGQASABIAQgCmoiBDsBnAEgASAEIApqIgQ7AagBIAFBADoAdCABIAI2AnwgAUGAEjsBgAEgASACNgKIASABQYAUOwGMASABIAI2ApQBIAFBgBY7AZgBIAEgAjYCoAEgASAEIApqIgQ7AbQBIAFBDToAsQEgASACNgKsASABQQA6AKQBIAEgAzoAsgEgASAEIApqIgQ7AcABIAFBDjoAvQEgASACNgK4ASABQQA6ALABIAEgAzoAvgEgASAEIApqIgQ7AcwBIAFBDzoAyQEgASACNgLEASABQQA6ALwBIAEgAzoAygEgASAEIApqOwHYASABQRA6ANUBIAEgAjYC0AEgAUEAOgDIASABIAM6ANYBIAEgAjYC3AEgAUEAOgDUASABIAcoAuwEQQFqIgIgBygCVCAHKAI8aiACIAEtAAAQGiABLQAAahBSIAdBADYCqAcCQCAHLQC0BEUNAANAAkAgBygCOCICIAZKBEBBACECIAcoAjRBAEwNAQNAIAcgBygCqAciA0EBajYCqAcgAyAHKAKsB2ogAkEBcSACQQF0cjoAACACQQFqIgIgBygCNEgNAAsMAQsgAiAUaiIDIAZKBEAgBywA+wQhBCAHLAD6BCEDIAcoAsQEQQAgBygCyAQQGxogBiACayADbSECIAcsAPsEIgNBAEwNASACIARsIQQCQCAHLAD8BCICQQFGBEAgBygCxAQhCiAHKAJUIQ1BACECA0AgCiACQQV0IgkgDSACIARqaiILLQAAQQ9xcmpBAToAACAKIAkgCy0AAEEEdnJqQQE6ABAgAkEBaiICIANHDQALDAELIAcoAsQEIQogBygCVCENIAQgAm0iCSACbCAERwRAQQAhAiADQQFHBEAgA0F+cSELQQAhBANAIAogAkEFdCANIAIgCWpqLQAAQQR2cmpBAToAACAKIAJBAXIiCEEFdCANIAggCWpqLQAAQQR2cmpBAToAACACQQJqIQIgBEECaiIEIAtHDQALCyADQQFxRQ0BIAogAkEFdCANIAIgCWpqLQAAQQR2cmpBAToAAAwBC0EAIQIgA0EBRwRAIANBfnEhC0EAIQQDQCAKIA0gAiAJamotAABBD3EgAkEFdHJqQQE6AAAgCiACQQFyIghBBXQgDSAIIAlqai0AAEEPcXJqQQE6AAAgAkECaiECIARBAmoiBCALRw0ACwsgA0EBcUUNACAKIA0gAiAJamotAABBD3EgAkEFdHJqQQE6AAALQQAhAiADQQBMDQEDQCAHKALEBCACai0AAARAIAcgBygCqAciA0EBajYCqAcgAyAHKAKsB2ogAjoAACAHLQD7BCEDCyACQQFqIgIgA0EYdEEYdUEFdEgNAAsMAQsgBiACIANqTg0CQQAhAiAHKAI0QQBMDQADQCAHIAcoAqgHIgNBAWo2AqgHIAMgBygCrAdqIAJBAXEgAkEBdHJBAXM6AAAgAkEBaiICIAcoAjRIDQALCyAHLAD7BEEBdCAHLAD8BG1BAk4EQCAHIAcoAqgHIgJBAWo2AqgHIAIgBygCrAdqQf8BOgAACyAGIAcsAPoEaiEGDAALAAsCfyAHLQBPRQRAAkAgBygC0AQiA0EATA0AIAcsAPsEQQN0tyEdIAcoAswEIQRBACECIANBAUcEQCADQX5xIQZBACEKA0AgBCACQQN0aiACt0QYLURU+yEJQKIgHaM5AwAgBCACQQFyIg1BA3RqIA23RBgtRFT7IQlAoiAdozkDACACQQJqIQIgCkECaiIKIAZHDQALCyADQQFxRQ0AIAQgAkEDdGogArdEGC1EVPshCUCiIB2jOQMACyAHKALIBCINQQBKBEAgBygCDCIDQX5xIQkgA0EBcSELIAcuAfgEsiEVIAcoAswEIQhBACEEA0ACQCADQQBMIgwNAEQAAAAAAADwPyAHKgIkIha7oyIfIBYgFZQgByoCMCAEspSSuyIgoiEeIAggBEEDdGorAwAhHSAHKALUBCAHKALcBCAEbEECdGohBkEAIQJBACEKIANBAUcEQANAIAYgAkECdGogArcgByoCELuiRBgtRFT7IRlAoiAeoiAdoBAttjgCACAGIAJBAXIiE0ECdGogE7cgByoCELuiRBgtRFT7IRlAoiAeoiAdoBAttjgCACACQQJqIQIgCkECaiIKIAlHDQALCyALBEAgBiACQQJ0aiACtyAHKgIQu6JEGC1EVPshGUCiIB6iIB2gEC22OAIACyAMDQAgBygC4AQgBygC6AQgBGxBAnRqIQYgBygCLLIhFkEAIQIDQCAGIAJBAnRqIAK3IAcqAhC7okQYLURU+yEZQKIgHyAgIAcqAiQgFpS7oKKiIB2gEC22OAIAIAJBAWoiAiADRw0ACwsgBEEBaiIEIA1HDQALC0EAIQ0CQCAHLQC0BEUNACAHQbgHaiETIAcqAgggByoCBJUhHANAIAcoAogHQQAgBygCjAdBAnQQGxoCQAJAAkACQAJAAkAgBygCOCIEIBFKBEAgBygCNCIKQQBMDQFBACEDA0ACQCADQQFxRQRAIAcoAtwEIQIgBygC1AQhCSAHKAIMIgYgBGyyIhdDmpkZPpQhFQJ/IBdDmplZP5QiFotDAAAAT10EQCAWqAwBC0GAgICAeAshCCAGQQBMIQsCfyAVi0MAAABPXQRAIBWoDAELQYCAgIB4CyEMIAsNASAGIBFsIQ8gCSACIANsQQJ0aiELQwAAgD8gFZUhGCAIsiEaIAyyIRsgBygCiAchCSAHKgK4BCEVQQAhAgNAAkAgGyACIA9qsiIWXgRAIAkgAkECdCIIaiIMIBUgCCALaioCAJQgGCAWlJQgDCoCAJI4AgAMAQsgCyACQQJ0IghqKgIAIRkgFiAaXgRAIAggCWoiCCAVIBmUIBggFyAWk5SUIAgqAgCSOAIADAELIAggCWoiCCAVIBmUIAgqAgCSOAIACyACQQFqIgIgBkcNAAsMAQsgBygC6AQhAiAHKALgBCEJIAcoAgwiBiAEbLIiF0OamRk+lCEVAn8gF0OamVk/lCIWi0MAAABPXQRAIBaoDAELQYCAgIB4CyEIIAZBAEwhCwJ/IBWLQwAAAE9dBEAgFagMAQtBgICAgHgLIQwgCw0AIAYgEWwhDyAJIAIgA2xBAnRqIQtDAACAPyAVlSEYIAiyIRogDLIhGyAHKAKIByEJIAcqArgEIRVBACECA0ACQCAbIAIgD2qyIhZeBEAgCSACQQJ0IghqIgwgFSAIIAtqKgIAlCAYIBaUlCAMKgIAkjgCAAwBCyALIAJBAnQiCGoqAgAhGSAWIBpeBEAgCCAJaiIIIBUgGZQgGCAXIBaTlJQgCCoCAJI4AgAMAQsgCCAJaiIIIBUgGZQgCCoCAJI4AgALIAJBAWoiAiAGRw0ACwsgA0EBaiIDIApHDQALDAELIAQgFGoiAiARSgRAIAcsAPsEIQIgBywA+gQhCyAHKALEBEEAIAcoAsgEEBsaIBEgBGsiDCALbSEIIAcsAPsEIgNBAEwiDw0CIAIgCGwhBgJAIAcsAPwEIgJBAUYEQCAHKALEBCEEIAcoAlQhCkEAIQIDQCAEIAJBBXQiCSAKIAIgBmpqIg4tAABBD3FyakEBOgAAIAQgCSAOLQAAQQR2cmpBAToAECACQQFqIgIgA0cNAAsMAQsgBygCxAQhBCAHKAJUIQogBiACbSIJIAJsIAZHBEBBACECIANBAUcEQCADQX5xIQ5BACEGA0AgBCACQQV0IAogAiAJamotAABBBHZyakEBOgAAIAQgAkEBciIQQQV0IAogCSAQamotAABBBHZyakEBOgAAIAJBAmohAiAGQQJqIgYgDkcNAAsLIANBAXFFDQEgBCACQQV0IAogAiAJamotAABBBHZyakEBOgAADAELQQAhAiADQQFHBEAgA0F+cSEOQQAhBgNAIAQgCiACIAlqai0AAEEPcSACQQV0cmpBAToAACAEIAJBAXIiEEEFdCAKIAkgEGpqLQAAQQ9xcmpBAToAACACQQJqIQIgBkECaiIGIA5HDQALCyADQQFxRQ0AIAQgCiACIAlqai0AAEEPcSACQQV0cmpBAToAAAsgDw0CIAwgCCALbGshCSADQQV0IgJBASACQQFKGyEMIAcoAsQEIQ9BACEDQQAhCgNAAkAgAyAPai0AAEUNACADQQF2IQIgCkEBaiEKIANBAXEEQCAHKALoBCEGIAcoAuAEIQsgBygCDCIEIAcsAPoEbLIiF0OamRk+lCEVAn8gF0OamVk/lCIWi0MAAABPXQRAIBaoDAELQYCAgIB4CyEIIARBAEwhDgJ/IBWLQwAAAE9dBEAgFagMAQtBgICAgHgLIRAgDg0BIAQgCWwhDiALIAIgBmxBAnRqIQtDAACAPyAVlSEYIAiyIRogELIhGyAHKAKIByEGIAcqArgEIRVBACECA0ACQCAbIAIgDmqyIhZeBEAgBiACQQJ0IghqIhAgFSAIIAtqKgIAlCAYIBaUlCAQKgIAkjgCAAwBCyALIAJBAnQiCGoqAgAhGSAWIBpeBEAgBiAIaiIIIBUgGZQgGCAXIBaTlJQgCCoCAJI4AgAMAQsgBiAIaiIIIBUgGZQgCCoCAJI4AgALIAJBAWoiAiAERw0ACwwBCyAHKALcBCEGIAcoAtQEIQsgBygCDCIEIAcsAPoEbLIiF0OamRk+lCEVAn8gF0OamVk/lCIWi0MAAABPXQRAIBaoDAELQYCAgIB4CyEIIARBAEwhDgJ/IBWLQwAAAE9dBEAgFagMAQtBgICAgHgLIRAgDg0AIAQgCWwhDiALIAIgBmxBAnRqIQtDAACAPyAVlSEYIAiyIRogELIhGyAHKAKIByEGIAcqArgEIRVBACECA0ACQCAbIAIgDmqyIhZeBEAgBiACQQJ0IghqIhAgFSAIIAtqKgIAlCAYIBaUlCAQKgIAkjgCAAwBCyALIAJBAnQiCGoqAgAhGSAWIBpeBEAgBiAIaiIIIBUgGZQgGCAXIBaTlJQgCCoCAJI4AgAMAQsgBiAIaiIIIBUgGZQgCCoCAJI4AgALIAJBAWoiAiAERw0ACwsgA0EBaiIDIAxHDQALDAELIBEgAiAEak4NAyAHKAI0IgpBAEwNACARIAJrIQtBACEDA0ACQCADQQFxRQRAIAcoAugEIQIgBygC4AQhCSAHKAIMIgYgBGyyIhdDmpkZPpQhFQJ/IBdDmplZP5QiFotDAAAAT10EQCAWqAwBC0GAgICAeAshDCAGQQBMIQgCfyAVi0MAAABPXQRAIBWoDAELQYCAgIB4CyEPIAgNASAGIAtsIQ4gCSACIANsQQJ0aiEIQwAAgD8gFZUhGCAMsiEaIA+yIRsgBygCiAchCSAHKgK4BCEVQQAhAgNAAkAgGyACIA5qsiIWXgRAIAkgAkECdCIMaiIPIBUgCCAMaioCAJQgGCAWlJQgDyoCAJI4AgAMAQsgCCACQQJ0IgxqKgIAIRkgFiAaXgRAIAkgDGoiDCAVIBmUIBggFyAWk5SUIAwqAgCSOAIADAELIAkgDGoiDCAVIBmUIAwqAgCSOAIACyACQQFqIgIgBkcNAAsMAQsgBygC3AQhAiAHKALUBCEJIAcoAgwiBiAEbLIiF0OamRk+lCEVAn8gF0OamVk/lCIWi0MAAABPXQRAIBaoDAELQYCAgIB4CyEMIAZBAEwhCAJ/IBWLQwAAAE9dBEAgFagMAQtBgICAgHgLIQ8gCA0AIAYgC2whDiAJIAIgA2xBAnRqIQhDAACAPyAVlSEYIAyyIRogD7IhGyAHKAKIByEJIAcqArgEIRVBACECA0ACQCAbIAIgDmqyIhZeBEAgCSACQQJ0IgxqIg8gFSAIIAxqKgIAlCAYIBaUlCAPKgIAkjgCAAwBCyAIIAJBAnQiDGoqAgAhGSAWIBpeBEAgCSAMaiIMIBUgGZQgGCAXIBaTlJQgDCoCAJI4AgAMAQsgCSAMaiIMIBUgGZQgDCoCAJI4AgALIAJBAWoiAiAGRw0ACwsgA0EBaiIDIApHDQALCyAKQf//A3ENAQtBASEKCwJAIAcoAgwiA0EATA0AQwAAgD8gCkH//wNxs5UhFSAHKAKIByEKQQAhBEEAIQIgA0EBa0EDTwRAIANBfHEhC0EAIQYDQCAKIAJBAnQiCWoiCCAVIAgqAgCUOAIAIAogCUEEcmoiCCAVIAgqAgCUOAIAIAogCUEIcmoiCCAVIAgqAgCUOAIAIAogCUEMcmoiCSAVIAkqAgCUOAIAIAJBBGohAiAGQQRqIgYgC0cNAAsLIANBA3EiBkUNAANAIAogAkECdGoiCSAVIAkqAgCUOAIAIAJBAWohAiAEQQFqIgQgBkcNAAsLAkAgBy0ATgRAIBMgHCADIAcoAogHIAcoApAHEDAhAwwBCyAHKAKQByAHKAKIByAHKAKUByICIAcoAowHIgQgAiAESBtBAnQQGhoLIANBAEwiBg0CIANBAXEhCyAHKAKgByEKIAcoApAHIQlBACECIANBAUYNASADQX5xIQhBACEEA0AgCiACIA1qQQF0agJ/IAkgAkECdGoqAgBDAAAAR5QiFYtDAAAAT10EQCAVqAwBC0GAgICAeAs7AQAgCiACQQFyIgwgDWpBAXRqAn8gCSAMQQJ0aioCAEMAAABHlCIVi0MAAABPXQRAIBWoDAELQYCAgIB4CzsBACACQQJqIQIgBEECaiIEIAhHDQALDAELIAdBADoAtAQMAwsgC0UNACAKIAIgDWpBAXRqAn8gCSACQQJ0aioCAEMAAABHlCIVi0MAAABPXQRAIBWoDAELQYCAgIB4CzsBAAsCQAJ/AkACQAJAAkACQAJAAkAgBygCIEEBaw4FAAECCAMICyAGDQcgBygCmAchBEEAIQIgA0EBRwRAIANBfnEhBkEAIQoDQCAEIAIgDWpqAn8gBygCkAcgAkECdGoqAgBDAACAP5JDAAAAQ5QiFUMAAIBPXSAVQwAAAABgcQRAIBWpDAELQQALOgAAIAQgAkEBciIJIA1qagJ/IAcoApAHIAlBAnRqKgIAQwAAgD+SQwAAAEOUIhVDAACAT10gFUMAAAAAYHEEQCAVqQwBC0EACzoAACACQQJqIQIgCkECaiIKIAZHDQALCyADQQFxRQ0HIAQgAiANamohBCAHKAKQByACQQJ0aioCAEMAAIA/kkMAAABDlCIVQwAAgE9dIBVDAAAAAGBxRQ0DIAQgFak6AAAMBwsgBg0GIAcoApgHIQRBACECIANBAUcEQCADQX5xIQZBACEKA0AgBCACIA1qagJ/IAcoApAHIAJBAnRqKgIAQwAAAEOUIhVDAACAT10gFUMAAAAAYHEEQCAVqQwBC0EACzoAACAEIAJBAXIiCSANamoCfyAHKAKQByAJQQJ0aioCAEMAAABDlCIVQwAAgE9dIBVDAAAAAGBxBEAgFakMAQtBAAs6AAAgAkECaiECIApBAmoiCiAGRw0ACwsgA0EBcUUNBiAEIAIgDWpqIQQgBygCkAcgAkECdGoqAgBDAAAAQ5QiFUMAAIBPXSAVQwAAAABgcUUNAyAEIBWpOgAADAYLIAYNBSAHKAKYByEGIAcoApAHIQpBACECIANBAUcEQCADQX5xIQlBACEEA0AgBiACIA1qQQF0agJ/IAogAkECdGoqAgBDAACAP5JDAAAAR5QiFUMAAIBPXSAVQwAAAABgcQRAIBWpDAELQQALOwEAIAYgAkEBciILIA1qQQF0agJ/IAogC0ECdGoqAgBDAACAP5JDAAAAR5QiFUMAAIBPXSAVQwAAAABgcQRAIBWpDAELQQALOwEAIAJBAmohAiAEQQJqIgQgCUcNAAsLIANBAXFFDQUgBiACIA1qQQF0aiEEIAogAkECdGoqAgBDAACAP5JDAAAAR5QiFUMAAIBPXSAVQwAAAABgcUUNAyAVqQwECyAGDQQgBygCmAchCiAHKAKQByEJQQAhBEEAIQIgA0EBa0EDTwRAIANBfHEhC0EAIQYDQCAKIAIgDWpBAnRqIAkgAkECdGoqAgA4AgAgCiACQQFyIgggDWpBAnRqIAkgCEECdGoqAgA4AgAgCiACQQJyIgggDWpBAnRqIAkgCEECdGoqAgA4AgAgCiACQQNyIgggDWpBAnRqIAkgCEECdGoqAgA4AgAgAkEEaiECIAZBBGoiBiALRw0ACwsgA0EDcSIGRQ0EA0AgCiACIA1qQQJ0aiAJIAJBAnRqKgIAOAIAIAJBAWohAiAEQQFqIgQgBkcNAAsMBAsgBEEAOgAADAMLIARBADoAAAwCC0EACyECIAQgAjsBAAsgAyANaiENIBFBAWohESAHLQC0BA0ACwsgByANNgLABCAHKAIYIA1sDAELIAdBADoAtARBAQshAiABLQAMRQ0AIAEoAgQiA0UNACADECELIAFB4AFqJAAgAiIBRQRAQX8hAUHA2QAoAgAiAkUNASASIAA2AhAgAkHyHCASQRBqEBwMAQtBACEAAkACfwJAAkAgBygCIEEBaw4FAQEBAAEDCyAHQaAHagwBCyAHQZgHagsoAgAhAAsgBSAAIAEQGhoLIBJBMGokACABCw0AIAEgACgCAGooAgAL8QMCCX8MfUECIQMCQCAAQQlIDQAgACABIAIQcEEIIQMgAEEhSQRADAELQSAhBANAIAAgAyABIAIQbyAEIgNBAnQiBCAASA0ACwsCQCAAIANBAnRHBEBBACEAIANBAEwNAQNAIAEgAEECdCICQQRyaiIFKgIAIQwgASAAIANqQQJ0IgZBBHJqIgQqAgAhDSABIAJqIgIgAioCACIOIAEgBmoiAioCACIPkjgCACAFIAwgDZI4AgAgAiAOIA+TOAIAIAQgDCANkzgCACAAQQJqIgAgA0gNAAsMAQsgA0EATA0AQQAhAANAIAEgACADaiIEIANqIgJBAnQiB0EEcmoiCCoCACEQIAEgAiADakECdCIJQQRyaiIKKgIAIREgASAAQQJ0IgJBBHJqIgsqAgAhEiABIARBAnQiBEEEcmoiBSoCACETIAEgAmoiAiACKgIAIhQgASAEaiIGKgIAIhWSIgwgASAHaiIEKgIAIhYgASAJaiICKgIAIheSIg2SOAIAIAsgEiATkiIOIBAgEZIiD5I4AgAgBCAMIA2TOAIAIAggDiAPkzgCACAGIBQgFZMiDCAQIBGTIg2TOAIAIAUgEiATkyIOIBYgF5MiD5I4AgAgAiAMIA2SOAIAIAogDiAPkzgCACAAQQJqIgAgA0gNAAsLC84HAwp/AX4BfSABQQA2AgACQAJ/AkAgAEEJTgRAQQEhCQNAIABBAXUhAAJAIAkiA0EATA0AQQAhCUEAIQQgA0EBa0EDTwRAIANBfHEhBkEAIQcDQCABIAMgBGpBAnRqIAEgBEECdGooAgAgAGo2AgAgASAEQQFyIgUgA2pBAnRqIAEgBUECdGooAgAgAGo2AgAgASAEQQJyIgUgA2pBAnRqIAEgBUECdGooAgAgAGo2AgAgASAEQQNyIgUgA2pBAnRqIAEgBUECdGooAgAgAGo2AgAgBEEEaiEEIAdBBGoiByAGRw0ACwsgA0EDcSIHRQ0AA0AgASADIARqQQJ0aiABIARBAnRqKAIAIABqNgIAIARBAWohBCAJQQFqIgkgB0cNAAsLIANBAXQhCSADQQR0IgcgAEgNAAsgA0ECdCEEIAAgB0YNAUEBIQMgCUEBTA0DA0AgA0EBdCEFIAEgA0ECdGooAgAhCEEAIQADQCACIAggAEEBdGoiDEECdGoiBykCACENIAIgASAAQQJ0aigCACAFaiIKQQJ0aiIGKgIEIQ4gByAGKgIAOAIAIAcgDjgCBCAGIA03AgAgAiAEIAxqQQJ0aiIHKQIAIQ0gAiAEIApqQQJ0aiIGKgIAIQ4gByAGKgIEOAIEIAcgDjgCACAGIA03AgAgAEEBaiIAIANHDQALIANBAWoiAyAJRw0ACwwDCyAAQQhHDQJBAiEEQQEhCUEEDAELIAlBAEwNASADQQN0CyEHQQAhAwNAAkAgA0UEQCABKAIAIQYMAQsgA0EBdCEMIAEgA0ECdGooAgAhBkEAIQADQCACIAYgAEEBdGoiCkECdGoiBSkCACENIAIgASAAQQJ0aigCACAMaiILQQJ0aiIIKgIEIQ4gBSAIKgIAOAIAIAUgDjgCBCAIIA03AgAgAiAEIApqIgpBAnRqIgUpAgAhDSACIAcgC2oiC0ECdGoiCCoCACEOIAUgCCoCBDgCBCAFIA44AgAgCCANNwIAIAIgBCAKaiIKQQJ0aiIFKQIAIQ0gAiALIARrIgtBAnRqIggqAgAhDiAFIAgqAgQ4AgQgBSAOOAIAIAggDTcCACACIAQgCmpBAnRqIgUpAgAhDSACIAcgC2pBAnRqIggqAgAhDiAFIAgqAgQ4AgQgBSAOOAIAIAggDTcCACAAQQFqIgAgA0cNAAsLIAIgBiADIAlqQQF0aiIGQQJ0aiIAKQIAIQ0gAiAEIAZqQQJ0aiIGKgIEIQ4gACAGKgIAOAIAIAAgDjgCBCAGIA03AgAgA0EBaiIDIAlHDQALCwscACAAIAFBCCACpyACQiCIpyADpyADQiCIpxASC60EAQN/IAAgASgCCCAEECAEQAJAIAEoAgQgAkcNACABKAIcQQFGDQAgASADNgIcCw8LAkAgACABKAIAIAQQIARAAkAgAiABKAIQRwRAIAEoAhQgAkcNAQsgA0EBRw0CIAFBATYCIA8LIAEgAzYCICABKAIsQQRHBEAgAEEQaiIFIAAoAgxBA3RqIQdBACEDIAECfwJAA0ACQCAFIAdPDQAgAUEAOwE0IAUgASACIAJBASAEEDUgAS0ANg0AAkAgAS0ANUUNACABLQA0BEBBASEDIAEoAhhBAUYNBEEBIQYgAC0ACEECcQ0BDAQLQQEhBiAALQAIQQFxRQ0DCyAFQQhqIQUMAQsLQQQgBkUNARoLQQMLNgIsIANBAXENAgsgASACNgIUIAEgASgCKEEBajYCKCABKAIkQQFHDQEgASgCGEECRw0BIAFBAToANg8LIAAoAgwhBSAAQRBqIgYgASACIAMgBBAxIAVBAkgNACAGIAVBA3RqIQYgAEEYaiEFAkAgACgCCCIAQQJxRQRAIAEoAiRBAUcNAQsDQCABLQA2DQIgBSABIAIgAyAEEDEgBUEIaiIFIAZJDQALDAELIABBAXFFBEADQCABLQA2DQIgASgCJEEBRg0CIAUgASACIAMgBBAxIAVBCGoiBSAGSQ0ADAILAAsDQCABLQA2DQEgASgCJEEBRgRAIAEoAhhBAUYNAgsgBSABIAIgAyAEEDEgBUEIaiIFIAZJDQALCwtsAQJ/IAAgASgCCEEAECAEQCABIAIgAxA3DwsgACgCDCEEIABBEGoiBSABIAIgAxA/AkAgBEECSA0AIAUgBEEDdGohBCAAQRhqIQADQCAAIAEgAiADED8gAS0ANg0BIABBCGoiACAESQ0ACwsLMQAgACABKAIIQQAQIARAIAEgAiADEDcPCyAAKAIIIgAgASACIAMgACgCACgCHBEFAAsYACAAIAEoAghBABAgBEAgASACIAMQNwsLugMBBX8jAEFAaiIEJAACf0EBIAAgAUEAECANABpBACABRQ0AGiMAQUBqIgMkACABKAIAIgVBBGsoAgAhBiAFQQhrKAIAIQcgA0EANgIUIANBtM8ANgIQIAMgATYCDCADQeTPADYCCEEAIQUgA0EYakEAQScQGxogASAHaiEBAkAgBkHkzwBBABAgBEAgA0EBNgI4IAYgA0EIaiABIAFBAUEAIAYoAgAoAhQRBgAgAUEAIAMoAiBBAUYbIQUMAQsgBiADQQhqIAFBAUEAIAYoAgAoAhgRBAACQAJAIAMoAiwOAgABAgsgAygCHEEAIAMoAihBAUYbQQAgAygCJEEBRhtBACADKAIwQQFGGyEFDAELIAMoAiBBAUcEQCADKAIwDQEgAygCJEEBRw0BIAMoAihBAUcNAQsgAygCGCEFCyADQUBrJABBACAFIgFFDQAaIARBCGoiA0EEckEAQTQQGxogBEEBNgI4IARBfzYCFCAEIAA2AhAgBCABNgIIIAEgAyACKAIAQQEgASgCACgCHBEFACAEKAIgIgBBAUYEQCACIAQoAhg2AgALIABBAUYLIQAgBEFAayQAIAALCQAgASAAEQIACwQAIAALBQAQBwALVAEBfyMAQTBrIgIkACACIAEoAiA2AiggAiABKQIYNwMgIAIgASkCEDcDGCACIAEpAgg3AxAgAiABKQIANwMIIAJBCGogABEBACEAIAJBMGokACAAC60YAxJ/AXwCfiMAQbAEayILJAAgC0EANgIsAkAgAb0iGUIAUwRAQQEhEEGKCCETIAGaIgG9IRkMAQsgBEGAEHEEQEEBIRBBjQghEwwBC0GQCEGLCCAEQQFxIhAbIRMgEEUhFQsCQCAZQoCAgICAgID4/wCDQoCAgICAgID4/wBRBEAgAEEgIAIgEEEDaiIDIARB//97cRAfIAAgEyAQEB4gAEG5CkG/DyAFQSBxIgUbQYwMQZ4QIAUbIAEgAWIbQQMQHiAAQSAgAiADIARBgMAAcxAfIAIgAyACIANKGyEJDAELIAtBEGohEQJAAn8CQCABIAtBLGoQRyIBIAGgIgFEAAAAAAAAAABiBEAgCyALKAIsIgZBAWs2AiwgBUEgciIOQeEARw0BDAMLIAVBIHIiDkHhAEYNAiALKAIsIQpBBiADIANBAEgbDAELIAsgBkEdayIKNgIsIAFEAAAAAAAAsEGiIQFBBiADIANBAEgbCyEMIAtBMGogC0HQAmogCkEASBsiDSEHA0AgBwJ/IAFEAAAAAAAA8EFjIAFEAAAAAAAAAABmcQRAIAGrDAELQQALIgM2AgAgB0EEaiEHIAEgA7ihRAAAAABlzc1BoiIBRAAAAAAAAAAAYg0ACwJAIApBAEwEQCAKIQMgByEGIA0hCAwBCyANIQggCiEDA0AgA0EdIANBHUkbIQMCQCAHQQRrIgYgCEkNACADrSEaQgAhGQNAIAYgGUL/////D4MgBjUCACAahnwiGSAZQoCU69wDgCIZQoCU69wDfn0+AgAgBkEEayIGIAhPDQALIBmnIgZFDQAgCEEEayIIIAY2AgALA0AgCCAHIgZJBEAgBkEEayIHKAIARQ0BCwsgCyALKAIsIANrIgM2AiwgBiEHIANBAEoNAAsLIAxBGWpBCW4hByADQQBIBEAgB0EBaiEPIA5B5gBGIRIDQEEAIANrIgNBCSADQQlJGyEJAkAgBiAISwRAQYCU69wDIAl2IRRBfyAJdEF/cyEWQQAhAyAIIQcDQCAHIAMgBygCACIXIAl2ajYCACAWIBdxIBRsIQMgB0EEaiIHIAZJDQALIAgoAgAhByADRQ0BIAYgAzYCACAGQQRqIQYMAQsgCCgCACEHCyALIAsoAiwgCWoiAzYCLCANIAggB0VBAnRqIgggEhsiByAPQQJ0aiAGIAYgB2tBAnUgD0obIQYgA0EASA0ACwtBACEDAkAgBiAITQ0AIA0gCGtBAnVBCWwhA0EKIQcgCCgCACIJQQpJDQADQCADQQFqIQMgCSAHQQpsIgdPDQALCyAMQQAgAyAOQeYARhtrIA5B5wBGIAxBAEdxayIHIAYgDWtBAnVBCWxBCWtIBEBBBEGkAiAKQQBIGyALaiAHQYDIAGoiCUEJbSIPQQJ0akHQH2shCkEKIQcgCSAPQQlsayIJQQdMBEADQCAHQQpsIQcgCUEBaiIJQQhHDQALCwJAIAooAgAiEiASIAduIg8gB2xrIglFIApBBGoiFCAGRnENAAJAIA9BAXFFBEBEAAAAAAAAQEMhASAHQYCU69wDRw0BIAggCk8NASAKQQRrLQAAQQFxRQ0BC0QBAAAAAABAQyEBC0QAAAAAAADgP0QAAAAAAADwP0QAAAAAAAD4PyAGIBRGG0QAAAAAAAD4PyAJIAdBAXYiFEYbIAkgFEkbIRgCQCAVDQAgEy0AAEEtRw0AIBiaIRggAZohAQsgCiASIAlrIgk2AgAgASAYoCABYQ0AIAogByAJaiIDNgIAIANBgJTr3ANPBEADQCAKQQA2AgAgCCAKQQRrIgpLBEAgCEEEayIIQQA2AgALIAogCigCAEEBaiIDNgIAIANB/5Pr3ANLDQALCyANIAhrQQJ1QQlsIQNBCiEHIAgoAgAiCUEKSQ0AA0AgA0EBaiEDIAkgB0EKbCIHTw0ACwsgCkEEaiIHIAYgBiAHSxshBgsDQCAGIgcgCE0iCUUEQCAHQQRrIgYoAgBFDQELCwJAIA5B5wBHBEAgBEEIcSEKDAELIANBf3NBfyAMQQEgDBsiBiADSiADQXtKcSIKGyAGaiEMQX9BfiAKGyAFaiEFIARBCHEiCg0AQXchBgJAIAkNACAHQQRrKAIAIg5FDQBBCiEJQQAhBiAOQQpwDQADQCAGIgpBAWohBiAOIAlBCmwiCXBFDQALIApBf3MhBgsgByANa0ECdUEJbCEJIAVBX3FBxgBGBEBBACEKIAwgBiAJakEJayIGQQAgBkEAShsiBiAGIAxKGyEMDAELQQAhCiAMIAMgCWogBmpBCWsiBkEAIAZBAEobIgYgBiAMShshDAtBfyEJIAxB/f///wdB/v///wcgCiAMciISG0oNASAMIBJBAEdqQQFqIQ4CQCAFQV9xIhVBxgBGBEAgA0H/////ByAOa0oNAyADQQAgA0EAShshBgwBCyARIAMgA0EfdSIGaiAGc60gERAqIgZrQQFMBEADQCAGQQFrIgZBMDoAACARIAZrQQJIDQALCyAGQQJrIg8gBToAACAGQQFrQS1BKyADQQBIGzoAACARIA9rIgZB/////wcgDmtKDQILIAYgDmoiAyAQQf////8Hc0oNASAAQSAgAiADIBBqIgUgBBAfIAAgEyAQEB4gAEEwIAIgBSAEQYCABHMQHwJAAkACQCAVQcYARgRAIAtBEGoiBkEIciEDIAZBCXIhCiANIAggCCANSxsiCSEIA0AgCDUCACAKECohBgJAIAggCUcEQCAGIAtBEGpNDQEDQCAGQQFrIgZBMDoAACAGIAtBEGpLDQALDAELIAYgCkcNACALQTA6ABggAyEGCyAAIAYgCiAGaxAeIAhBBGoiCCANTQ0ACyASBEAgAEGWGEEBEB4LIAcgCE0NASAMQQBMDQEDQCAINQIAIAoQKiIGIAtBEGpLBEADQCAGQQFrIgZBMDoAACAGIAtBEGpLDQALCyAAIAYgDEEJIAxBCUgbEB4gDEEJayEGIAhBBGoiCCAHTw0DIAxBCUohAyAGIQwgAw0ACwwCCwJAIAxBAEgNACAHIAhBBGogByAISxshCSALQRBqIgNBCXIhDSADQQhyIQMgCCEHA0AgDSAHNQIAIA0QKiIGRgRAIAtBMDoAGCADIQYLAkAgByAIRwRAIAYgC0EQak0NAQNAIAZBAWsiBkEwOgAAIAYgC0EQaksNAAsMAQsgACAGQQEQHiAGQQFqIQYgCiAMckUNACAAQZYYQQEQHgsgACAGIA0gBmsiBiAMIAYgDEgbEB4gDCAGayEMIAdBBGoiByAJTw0BIAxBAE4NAAsLIABBMCAMQRJqQRJBABAfIAAgDyARIA9rEB4MAgsgDCEGCyAAQTAgBkEJakEJQQAQHwsgAEEgIAIgBSAEQYDAAHMQHyACIAUgAiAFShshCQwBCyATIAVBGnRBH3VBCXFqIQwCQCADQQtLDQBBDCADayEGRAAAAAAAADBAIRgDQCAYRAAAAAAAADBAoiEYIAZBAWsiBg0ACyAMLQAAQS1GBEAgGCABmiAYoaCaIQEMAQsgASAYoCAYoSEBCyARIAsoAiwiBiAGQR91IgZqIAZzrSARECoiBkYEQCALQTA6AA8gC0EPaiEGCyAQQQJyIQogBUEgcSEIIAsoAiwhByAGQQJrIg0gBUEPajoAACAGQQFrQS1BKyAHQQBIGzoAACAEQQhxIQYgC0EQaiEHA0AgByIFAn8gAZlEAAAAAAAA4EFjBEAgAaoMAQtBgICAgHgLIgdBgM8Aai0AACAIcjoAACABIAe3oUQAAAAAAAAwQKIhAQJAIAVBAWoiByALQRBqa0EBRw0AAkAgBg0AIANBAEoNACABRAAAAAAAAAAAYQ0BCyAFQS46AAEgBUECaiEHCyABRAAAAAAAAAAAYg0AC0F/IQlB/f///wcgCiARIA1rIgVqIgZrIANIDQAgAEEgIAIgBgJ/AkAgA0UNACAHIAtBEGprIghBAmsgA04NACADQQJqDAELIAcgC0EQamsiCAsiB2oiAyAEEB8gACAMIAoQHiAAQTAgAiADIARBgIAEcxAfIAAgC0EQaiAIEB4gAEEwIAcgCGtBAEEAEB8gACANIAUQHiAAQSAgAiADIARBgMAAcxAfIAIgAyACIANKGyEJCyALQbAEaiQAIAkLVgEBfyMAQTBrIgEkACABQQhqIAARAgBBJBAdIgAgASgCKDYCICAAIAEpAyA3AhggACABKQMYNwIQIAAgASkDEDcCCCAAIAEpAwg3AgAgAUEwaiQAIAALBABCAAsEAEEAC1YBAX8gACgCPCEDIwBBEGsiACQAIAMgAacgAUIgiKcgAkH/AXEgAEEIahARIgIEf0GI6AAgAjYCAEF/BUEACyECIAApAwghASAAQRBqJABCfyABIAIbC+8CAQd/IwBBIGsiBCQAIAQgACgCHCIFNgIQIAAoAhQhAyAEIAI2AhwgBCABNgIYIAQgAyAFayIBNgIUIAEgAmohBUECIQcCfwJAAkAgACgCPCAEQRBqIgFBAiAEQQxqEAsiAwR/QYjoACADNgIAQX8FQQALRQRAA0AgBSAEKAIMIgNGDQIgA0EASA0DIAEgAyABKAIEIghLIgZBA3RqIgkgAyAIQQAgBhtrIgggCSgCAGo2AgAgAUEMQQQgBhtqIgkgCSgCACAIazYCACAFIANrIQUgACgCPCABQQhqIAEgBhsiASAHIAZrIgcgBEEMahALIgMEf0GI6AAgAzYCAEF/BUEAC0UNAAsLIAVBf0cNAQsgACAAKAIsIgE2AhwgACABNgIUIAAgASAAKAIwajYCECACDAELIABBADYCHCAAQgA3AxAgACAAKAIAQSByNgIAQQAgB0ECRg0AGiACIAEoAgRrCyEAIARBIGokACAACwkAIAAoAjwQFQsPACABIAAoAgBqIAI4AgALDQAgASAAKAIAaioCAAudAQEDfwJ/IAAoAgQiAiEAAkAgAkEDcQRAA0AgAC0AAEUNAiAAQQFqIgBBA3ENAAsLA0AgACIBQQRqIQAgASgCACIDQX9zIANBgYKECGtxQYCBgoR4cUUNAAsgASACayADQf8BcUUNARoDQCABLQABIQMgAUEBaiIAIQEgAw0ACwsgACACawtBAWoiABAnIgEEfyABIAIgABAaBUEACwttAQN/IwBBEGsiAiQAAkACQCAAQQNLDQAgAEECdEGw2QBqIgMoAgAiAUUNACABKALwByIABEAgABAhCyABECEgA0EANgIADAELQcDZACgCACIBRQ0AIAIgADYCACABQcodIAIQHAsgAkEQaiQAC8ETAwl/An0BfiMAQTBrIgQkAAJAAkBBsNkAKAIARQRAQbDZACEHDAELQbTZACgCAEUEQEG02QAhB0EBIQgMAQtBuNkAKAIARQRAQbjZACEHQQIhCAwBC0G82QAoAgBFBEBBvNkAIQdBAyEIDAELQX8hCEHA2QAoAgAiAEUNASAEQQQ2AgAgAEGRIiAEEBwMAQtB+AcQHSEBIAQgACgCADYCCCAEIAAqAgQ4AgwgBCAAKgIIOAIQIAQgACoCDDgCFCAEIAAoAhA2AhggBCAAKgIUOAIcIAQgACgCGDYCICAEIAAoAhw2AiQgBCAAKAIgNgIoIAFBfzYCSCABQQA6AEQgAUGAgID8ezYCQCABQn83AzggAUKAgID8ezcDMCABQoCAgPx7NwMoIAFCgICAgICAgMC/fzcDICABQv////8PNwMYIAFCgICA/Hs3AxAgAUKAgID8ezcDCCABQoCAgPyLgIDAv383AwAgAUIANwCnASABQgA3AqABIAFCADcCmAEgAUIANwKQASABQgA3AogBIAFCADcCgAEgAUIANwJ4IAFCADcCcCABQQA2AtgBIAFCADcC0AEgAUIANwLIASABQgA3AsABIAFCADcCuAEgAUIANwKwASABQQA2AkwgAUEAOgBQIAFCADcCVCABQgA3AlwgAUIANwJkIAFBADsBbCABQfQDakEAQcEAEBsaIAFCADcCvAQgAUHNmbPuAzYCuAQgAUIANwLEBCABQgA3AswEIAFCADcC1AQgAUIANwLcBCABQgA3AuQEIAFCADcC7AQgAUIANwKIByABQgA3ApAHIAFCADcCmAcgAUIANwKgByABQgA3AqgHIAFBADYCsAcgAUIANwK4ByABQgA3AsAHIAFCADcCyAcgAUIANwLQByABQgA3AtgHIAFBADYC4AcgAUIANwPwByABQgA3A+gHIwBBkAFrIgUkACABKALwByIABEAgABAhIAFCADcD8AcLIAEgBCoCDDgCACABIAQqAhA4AgQgASAEKgIUOAIIIAEgBCgCGCIANgIMIAFDAACAPyAAspU4AhACQCAEKAIgIgJBBk8EQEEAIQBBwNkAKAIAIgNFDQEgBSACNgKAASADQbsgIAVBgAFqEBwMAQsgAkECdEHwLmooAgAhAAsgASAANgIUQQEhAiAEKAIkIgMhAAJAAkACQAJAAkAgAw4GBAAAAQECAwtBASEAQQAhAgwDC0ECIQBBACECDAILQQQhAEEAIQIMAQtBACEAQcDZACgCACICBEAgBSADNgJwIAJBuyAgBUHwAGoQHCAEKAIkIQMLQQEhAgsgASAANgIYIAQoAiAhBiABIAM2AiAgASAGNgIcIAFBEDYCNCABQQE2AiwgASABKgIIIgsgASgCDLKVIgo4AiQgASAKIAqSOAIwIAFDAACAPyAKlTgCKCABIAQoAggiAEEATEEEdDYCOCABQQBBAyAAQQBKIgkbNgI8IAQqAhwhCiABIAA2AkggASAKOAJAIAEgCToARCABIAQoAihB/wFxIgBBAXZBAXE6AEwgASAAQQJ2QQFxOgBNIAEgASoCACIKIAtbBH8gASoCBCALXAVBAQs6AE4gASAAQQR2QQFxOgBQIAEgAEEDdkEBcToATwJAIAEoAhRFBEBBwNkAKAIAIgBFDQEgBSAGNgIAIABBiSAgBRAcDAELIAIEQEHA2QAoAgAiAEUNASAFIAM2AhAgAEHWHyAFQRBqEBwMAQsgBCgCGCIAQYEITgRAQcDZACgCACICRQ0BIAVBgAg2AiQgBSAANgIgIAJBrh8gBUEgahAcDAELIApDAAB6RF0EQEHA2QAoAgAiAEUNASAFQoCAgICAgNDHwAA3AzggBSAKuzkDMCAAQZ8YIAVBMGoQSgwBCyAKQwCAu0deBEBBwNkAKAIAIgBFDQEgBUKAgICAgIDc+8AANwNIIAUgCrs5A0AgAEHUGCAFQUBrEEoMAQsgAUIANwPwByABQQAgAUH0B2oiABBRRQRAQcDZACgCACIARQ0BQYkZQTkgABAoDAELAkACf0EAIAEoAvQHIgMiAkUNABogAq0iDKciBiACQQFyQYCABEkNABpBfyAGIAxCIIinGwsiBhAnIgJFDQAgAkEEay0AAEEDcUUNACACQQAgBhAbGgsgAUEANgL0ByABIAI2AvAHIAEgAiAAEFFFBEBBwNkAKAIAIgJFDQEgBSAAKAIANgJgIAJB1h4gBUHgAGoQHAwBCyAAKAIAIgAgA0cEQEHA2QAoAgAiAkUNASAFIAA2AlQgBSADNgJQIAJB7iAgBUHQAGoQHAwBCyABLQBMBEAgASABKAIMNgKQASABKAKcAUEANgIAIAFBADsB5AEgAUIANwLcASABQRY2AugBAkBB5N0ALQAAQQFxDQBB5N0AECNFDQBB3NsAECZBiAIQGhpB5N0AECILIAFB7AFqQdzbAEGIAhAaIQAgASABKAIMIgIgAC4BBCIDIAIgA0gbIAIgAC0ACRsiAiAALgEQIgMgAiADSBsgAiAALQAVGyICIAAuARwiAyACIANIGyACIAAtACEbIgIgAC4BKCIDIAIgA0gbIAIgAC0ALRsiAiAALgE0IgMgAiADSBsgAiAALQA5GyICIABBQGsuAQAiAyACIANIGyACIAAtAEUbIgIgAC4BTCIDIAIgA0gbIAIgAC0AURsiAiAALgFYIgMgAiADSBsgAiAALQBdGyICIAAuAWQiAyACIANIGyACIAAtAGkbIgIgAC4BcCIDIAIgA0gbIAIgAC0AdRsiAiAALgF8IgMgAiADSBsgAiAALQCBARsiAiAALgGIASIDIAIgA0gbIAIgAC0AjQEbIgIgAC4BlAEiAyACIANIGyACIAAtAJkBGyICIAAuAaABIgMgAiADSBsgAiAALQClARsiAiAALgGsASIDIAIgA0gbIAIgAC0AsQEbIgIgAC4BuAEiAyACIANIGyACIAAtAL0BGyICIAAuAcQBIgMgAiADSBsgAiAALQDJARsiAiAALgHQASIDIAIgA0gbIAIgAC0A1QEbIgIgAC4B3AEiAyACIANIGyACIAAtAOEBGyICIAAuAegBIgMgAiADSBsgAiAALQDtARsiAiAALgH0ASIDIAIgA0gbIAIgAC0A+QEbIgIgAC4BgAIiAyACIANIGyACIAAtAIUCGzYCfAsgAS0ATQRAAkBB2NsALQAAQQFxDQBB2NsAECNFDQBB0NkAECZBiAIQGhpB2NsAECILIAFBgAVqQdDZAEGIAhAaGgsgAUEAQYolQQBBABBTGgsgBUGQAWokACAHIAE2AgALIARBMGokACAICz4AIABB2NQAKAIANgIgIABB0NQAKQIANwIYIABByNQAKQIANwIQIABBwNQAKQIANwIIIABBuNQAKQIANwIAC5ELAhV9DH8gAUEASgRAA0AgAiABIBlqIh0gAWoiG0ECdGoiGkEEaioCACEKIAIgASAbakECdGoiHkEEaioCACEMIAIgGUECdCIbQQRyaiIiKgIAIQ0gAiAdQQJ0aiIdQQRqKgIAIQ4gAiAbaiIbIBsqAgAiDyAdKgIAIhCSIgYgGioCACIIIB4qAgAiCZIiB5I4AgAgIiANIA6SIgUgCiAMkiIEkjgCACAaIAUgBJM4AgQgGiAGIAeTOAIAIB0gDSAOkyIGIAggCZMiB5I4AgQgHSAPIBCTIgUgCiAMkyIEkzgCACAeIAYgB5M4AgQgHiAFIASSOAIAIBlBAmoiGSABSA0ACwsgAUECdCIiIAFBBWwiIUgEQCADKgIIIQsgIiEZA0AgAiABIBlqIh0gAWoiG0ECdGoiHEEEaioCACEKIAIgASAbakECdGoiGkEEaioCACEMIAIgGUECdCIbQQRyaiIeKgIAIQ0gAiAdQQJ0aiIdQQRqKgIAIQ4gAiAbaiIbIBsqAgAiDyAdKgIAIhCSIgggHCoCACIJIBoqAgAiBpIiB5I4AgAgHiANIA6SIgUgCiAMkiIEkjgCACAcIAggB5M4AgQgHCAEIAWTOAIAIB0gCyANIA6TIgggCSAGkyIJkiIFIA8gEJMiBiAKIAyTIgeTIgSSlDgCBCAdIAsgBCAFk5Q4AgAgGiALIAkgCJMiBSAGIAeSIgSSlDgCBCAaIAsgBSAEk5Q4AgAgGUECaiIZICFIDQALCyAAIAFBA3QiHUoEQEEAIRkgHSEbA0AgAyAZQQJqIh5BAnRqKgIAIRMgGUECdCADaioCDCIRjCEYIAFBAEwiJEUEQCADIB5BA3RqIhkqAgAiEiARIBGSIgQgGSoCBCIUlJMhFSAEIBKUIBSTIgyMIQ0gASAbaiEjIBSMIQ4gGyEZA0AgAiABIBlqIhwgAWoiGkECdGoiH0EEaioCACEWIAIgASAaakECdGoiIEEEaioCACEXIAIgGUECdCIaQQRyaiIhKgIAIQsgAiAcQQJ0aiIcQQRqKgIAIQogAiAaaiIaIBoqAgAiDyAcKgIAIhCSIgggHyoCACIJICAqAgAiBpIiB5I4AgAgISALIAqSIgUgFiAXkiIEkjgCACAfIBMgBSAEkyIFlCARIAggB5MiBJSSOAIEIB8gEyAElCAFIBiUkjgCACAcIBIgCyAKkyIIIAkgBpMiCZIiBZQgFCAPIBCTIgYgFiAXkyIHkyIElJI4AgQgHCASIASUIAUgDpSSOAIAICAgFSAIIAmTIgWUIAwgBiAHkiIElJI4AgQgICAVIASUIAUgDZSSOAIAIBlBAmoiGSAjSA0ACwsgJEUEQCADIB5BA3QiGUEIcmoqAgAiESATIBOSIgQgAyAZQQxyaioCACISlJMhFCAEIBGUIBKTIgqMIQwgGyAiaiIZIAFqISMgEowhDSATjCEOA0AgAiABIBlqIhwgAWoiGkECdGoiH0EEaioCACEVIAIgASAaakECdGoiIEEEaioCACEWIAIgGUECdCIaQQRyaiIhKgIAIRcgAiAcQQJ0aiIcQQRqKgIAIQsgAiAaaiIaIBoqAgAiDyAcKgIAIhCSIgggHyoCACIJICAqAgAiBpIiB5I4AgAgISAXIAuSIgUgFSAWkiIEkjgCACAfIBggBSAEkyIFlCATIAggB5MiBJSSOAIEIB8gGCAElCAFIA6UkjgCACAcIBEgFyALkyIIIAkgBpMiCZIiBZQgEiAPIBCTIgYgFSAWkyIHkyIElJI4AgQgHCARIASUIAUgDZSSOAIAICAgFCAIIAmTIgWUIAogBiAHkiIElJI4AgQgICAUIASUIAUgDJSSOAIAIBlBAmoiGSAjSA0ACwsgHiEZIBsgHWoiGyAASA0ACwsL5ggCEH0LfyABIAEqAgQiByABKgIMIgSSIgMgASoCFCIIIAEqAhwiBpIiCZM4AhQgASABKgIAIgogASoCCCIFkiIMIAEqAhAiDSABKgIYIguSIg+TOAIQIAEgAyAJkjgCBCABIAwgD5I4AgAgASAHIASTIgcgDSALkyIEkzgCHCABIAogBZMiAyAIIAaTIgiSOAIYIAEgByAEkjgCDCABIAMgCJM4AgggAioCCCEHIAEgASoCICIJIAEqAigiCpIiBSABKgIwIgwgASoCOCINkiILkjgCICABKgI0IQQgASoCPCEDIAEqAiQhCCABKgIsIQYgASAFIAuTOAI0IAEgBCADkiIFIAggBpIiC5M4AjAgASALIAWSOAIkIAEgByAMIA2TIgUgCCAGkyIIkyIGIAkgCpMiCSAEIAOTIgSSIgOSlDgCPCABIAcgBiADk5Q4AjggASAHIAggBZIiAyAJIASTIgSSlDgCLCABIAcgBCADk5Q4AiggAEERTgRAQRAhGANAIAIgE0ECaiIbQQN0IhdqIhQqAgAhAyAUKgIEIQggAiAbQQJ0aioCACEHIBNBAnQgAmoqAgwhBCABIBhBAnQiE0EMcmoiFCoCACEGIAEgE0EEcmoiGSoCACEJIAEgE0EccmoiGioCACEKIAEgE0EUcmoiFSoCACEFIAEgE2oiFiAWKgIAIgwgASATQQhyaiIWKgIAIg2SIgsgASATQRByaiIcKgIAIg8gASATQRhyaiIdKgIAIhCSIg6SOAIAIBkgCSAGkiIRIAUgCpIiEpI4AgAgHCAHIAsgDpMiC5QgBCARIBKTIg6UkzgCACAVIAcgDpQgBCALlJI4AgAgFiADIAwgDZMiDCAFIAqTIgqTIgWUIAggCSAGkyIGIA8gEJMiCZIiDZSTOAIAIBQgAyANlCAIIAWUkjgCACAdIAMgCCAEIASSIgWUkyINIAwgCpIiCpQgBiAJkyIGIAUgA5QgCJMiA5STOAIAIBogDSAGlCADIAqUkjgCACACIBdBCHJqKgIAIQMgAiAXQQxyaioCACEIIAEgE0EscmoiFyoCACEGIAEgE0EkcmoiFCoCACEJIAEgE0E8cmoiGSoCACEKIAEgE0E0cmoiGioCACEFIAEgE0EgcmoiFSAVKgIAIgwgASATQShyaiIVKgIAIg2SIgsgASATQTByaiIWKgIAIg8gASATQThyaiITKgIAIhCSIg6SOAIAIBQgCSAGkiIRIAUgCpIiEpI4AgAgFiAEjCALIA6TIguUIAcgESASkyIOlJM4AgAgGiAHIAuUIAQgDpSTOAIAIBUgAyAMIA2TIgQgBSAKkyIKkyIFlCAIIAkgBpMiBiAPIBCTIgmSIgyUkzgCACAXIAMgDJQgCCAFlJI4AgAgEyADIAggByAHkiIHlJMiBSAEIAqSIgSUIAYgCZMiBiAHIAOUIAiTIgeUkzgCACAZIAUgBpQgByAElJI4AgAgGyETIBhBEGoiGCAASA0ACwsLGwBBlNcAKAIAIgAEQEGY1wAgADYCACAAECELCwsAIAAEQCAAECELCz4AAkBB2NsALQAAQQFxDQBB2NsAECNFDQBB0NkAECZBiAIQGhpB2NsAECILIABBDGxB2dkAaiABQQBHOgAACz4AAkBB5N0ALQAAQQFxDQBB5N0AECNFDQBB3NsAECZBiAIQGhpB5N0AECILIABBDGxB5dsAaiABQQBHOgAACwsAIAEgAiAAEQgACxAAQcDZAEGgywAoAgA2AgALCwBBwNkAQQA2AgALBwAgABEHAAujZQMkfwl9AnwjAEEQayIZJAAgAAJ/IAIoAgAgAiACLQALIgBBGHRBGHVBAEgiBxshHSACKAIEIAAgBxshHiMAQRBrIiEkACABQQJ0QbDZAGooAgAhBCMAQRBrIh8kAAJAIAQtAExFBEBBwNkAKAIAIgBFDQFByxpBPyAAECgMAQsgBC0AtAQEQEHA2QAoAgAiAEUNAUHoGUEhIAAQKAwBCyAEQbgHaiElIAQqAgAgBCoCCJUiLUMAAHBClCEuQwAAgD8gLZUhLyAEKAKQASEAA0BBASEDIB4CfyAELQBORQRAIAQoAhQgAGwMAQsgJSAvIAAgBCgCwAFBABAwQQRqIAQoAhRsCyIAIAAgHksbIhpFDQECQCAEKAIcIgBBAWtBBE8EQCAAQQVHDQEgBCgCwAEgHSAaEBoaDAELIAQoAsgBIB0gGhAaGgsgGiAEKAIUIgBuIhAgAGwgGkcEQEHA2QAoAgAiAgRAIB8gADYCBCAfIBo2AgAgAkHeIiAfEBwLIAQgBCgCDDYCkAEMAgsCQAJAAkACQAJAIAQoAhxBAWsOBAABAgMECyAQQQBMDQMgBCgCyAEhAiAEKALAASEFQQAhACAQQQFHBEAgEEF+cSEIQQAhBwNAIAUgAEECdGogACACai0AAEGAAWuyQwAAADyUOAIAIAUgAEEBciIMQQJ0aiACIAxqLQAAQYABa7JDAAAAPJQ4AgAgAEECaiEAIAdBAmoiByAIRw0ACwsgEEEBcUUNAyAFIABBAnRqIAAgAmotAABBgAFrskMAAAA8lDgCAAwDCyAQQQBMDQIgBCgCyAEhAiAEKALAASEIQQAhB0EAIQAgEEEBa0EDTwRAIBBBfHEhDEEAIQUDQCAIIABBAnRqIAAgAmosAACyQwAAADyUOAIAIAggAEEBciIGQQJ0aiACIAZqLAAAskMAAAA8lDgCACAIIABBAnIiBkECdGogAiAGaiwAALJDAAAAPJQ4AgAgCCAAQQNyIgZBAnRqIAIgBmosAACyQwAAADyUOAIAIABBBGohACAFQQRqIgUgDEcNAAsLIBBBA3EiBUUNAgNAIAggAEECdGogACACaiwAALJDAAAAPJQ4AgAgAEEBaiEAIAdBAWoiByAFRw0ACwwCCyAQQQBMDQEgBCgCyAEhAiAEKALAASEFQQAhACAQQQFHBEAgEEF+cSEIQQAhBwNAIAUgAEECdGogAiAAQQF0ai8BAEGAgAJrskMAAAA4lDgCACAFIABBAXIiDEECdGogAiAMQQF0ai8BAEGAgAJrskMAAAA4lDgCACAAQQJqIQAgB0ECaiIHIAhHDQALCyAQQQFxRQ0BIAUgAEECdGogAiAAQQF0ai8BAEGAgAJrskMAAAA4lDgCAAwBCyAQQQBMDQAgBCgCyAEhAiAEKALAASEIQQAhB0EAIQAgEEEBa0EDTwRAIBBBfHEhDEEAIQUDQCAIIABBAnRqIAIgAEEBdGouAQCyQwAAADiUOAIAIAggAEEBciIGQQJ0aiACIAZBAXRqLgEAskMAAAA4lDgCACAIIABBAnIiBkECdGogAiAGQQF0ai4BALJDAAAAOJQ4AgAgCCAAQQNyIgZBAnRqIAIgBkEBdGouAQCyQwAAADiUOAIAIABBBGohACAFQQRqIgUgDEcNAAsLIBBBA3EiBUUNAANAIAggAEECdGogAiAAQQF0ai4BALJDAAAAOJQ4AgAgAEEBaiEAIAdBAWoiByAFRw0ACwsgBCgCDCICIAQoApABayEHAkAgBC0ATkUEQCAQQQBMDQEgBCgCuAEhCCAEKALAASEMQQAhBUEAIQAgEEEBa0EDTwRAIBBBfHEhCkEAIQYDQCAIIAAgB2pBAnRqIAwgAEECdGoqAgA4AgAgCCAAQQFyIgkgB2pBAnRqIAwgCUECdGoqAgA4AgAgCCAAQQJyIgkgB2pBAnRqIAwgCUECdGoqAgA4AgAgCCAAQQNyIgkgB2pBAnRqIAwgCUECdGoqAgA4AgAgAEEEaiEAIAZBBGoiBiAKRw0ACwsgEEEDcSIGRQ0BA0AgCCAAIAdqQQJ0aiAMIABBAnRqKgIAOAIAIABBAWohACAFQQFqIgUgBkcNAAsMAQsgEEGAAUwEQCAEIAI2ApABDAMLAkAgBC0AbA0AIAQoAtgHsiAuIAQqAgiUXkUNACAEQgA3A+gHIARCADcD4AcgBEIANwPYByAEKALIB0EAIAQoAswHQQJ0EBsaIAQoAsAHQQAgBCgCxAdBAnQQGxogBCgC0AdBACAEKALUB0ECdBAbGgsgJSAtIBAgBCgCwAEgBCgCuAEgB0ECdGoQMCAHaiEQIAQoAgwhAgsgAiAQTARAIARBAToArgECQCAELQBEBEBBACEGQQAhCUEAIQ4jAEGAAmsiBSQAIARBAToArQEgBCgCnAEhACAEKAKkASECIAQoAgwiByAEKAKUASAEKAK4ASAHQQJ0EBogACACED1BACECAkAgBCgCDCIAQQBMBEAgBEGgBGohGCAEQZgEaiEbDAELIAQoArABIQcgBCgClAEhCCAAQQFHBEAgAEF+cSEMA0AgByACQQJ0aiAIIAJBA3RqIgMqAgAiJyAnlCADKgIEIicgJ5SSOAIAIAcgAkEBciIDQQJ0aiAIIANBA3RqIgMqAgAiJyAnlCADKgIEIicgJ5SSOAIAIAJBAmohAiAGQQJqIgYgDEcNAAsLIABBAXEEQCAHIAJBAnRqIAggAkEDdGoiAioCACInICeUIAIqAgQiJyAnlJI4AgALQwAAAAAhJwJAIABBBEgNAEEBIQIgAEEBdiIMQQFrIgZBAXEhAyAEKAJ8IQggBCgCsAEhByAMQQJHBEAgBkF+cSEGA0AgByACQQJ0aiIMIAcgACACa0ECdGoqAgAgDCoCAJIiKDgCACAHIAJBAWoiDEECdGoiCiAHIAAgDGtBAnRqKgIAIAoqAgCSIik4AgAgJyAoICcgKGAbICcgAiAIThsiJyApICcgKWAbICcgCCAMTBshJyACQQJqIQIgCUECaiIJIAZHDQALCyADRQ0AIAcgAkECdGoiDCAHIAAgAmtBAnRqKgIAIAwqAgCSIig4AgAgJyAoICcgKGAbICcgAiAIThshJwsgBEGgBGohGCAEQZgEaiEbQQAhAiAAQQBMDQBDAAB/Q0MAAH9DICeVICdDAAAAAFsbISkDQCAEKAKYBCAEKAKgBCAEKAKUBGxqIAJqAn8CfSApIAQoArABIAJBAnRqKgIAlCInvCIAQRd2Qf8BcSIHQZUBTQRAIAdB/QBNBH0gJ0MAAAAAlAUCfSAnICeMIABBAE4bIidDAAAAS5JDAAAAy5IgJ5MiKEMAAAA/XgRAICcgKJJDAACAv5IMAQsgJyAokiInIChDAAAAv19FDQAaICdDAACAP5ILIicgJ4wgAEEAThsLIScLQwAAAAAgJ0MAAAAAXw0AGkMAAH9DICdDAAB/Q14NABogJwsiJ0MAAIBPXSAnQwAAAABgcQRAICepDAELQQALOgAAIAJBAWoiAiAEKAIMSA0ACwsgBCAEKAKUBEEBaiIAQQAgACAEKAKcBEgbNgKUBCAFQTBqIQwDQAJAAkAgBCAOQQxsaiIILQD1AUUNACAILgHwASIiIAQoAgxKDQAgBCgClAQgCCwA9AEiBwJ/QQIgBCgCSCIWQQRIDQAaQQQgFkEPSQ0AGiAWQQVuQQF0CyIcIBZqIhEgCCwA8wEiAmpBAWsgAm1sIiAgCCwA8gFsayISQQBIBEAgBCgCnAQgEmohEgtBACEAIAQoAqQEQQAgBCgCqAQQGxoCQCAgQQBMBEBBACEXQQAhDQwBCyAHQQFGQQR0ISMgAkEFdCEmQQAhDUEAIRcDQCAAIAgsAPQBb0UEQCAEKAKsBEEAICYQGxoLIABBAWohByAILQDyASIKQRh0QRh1IgNBAEoEQCAILQDzASECQQAhBgNAIAJBGHRBGHVBAEoEQCAGIBJqIAAgCmxqIgJBACAEKAKcBCIDIAIgA0gbayEkQQAhCgNAIBsoAgAgGCgCACAkbGoiDyAKQQV0IgMgImoiE2oiAi0AACIJIAItAAEiC01BAiAJIAsgCSALSxsiCSACLQACIgtLIhQbQQMgCSALIBQbIgkgAi0AAyILSyIUG0EEIAkgCyAUGyIJIAItAAQiC0siFBtBBSAJIAsgFBsiCSACLQAFIgtLIhQbQQYgCSALIBQbIgkgAi0ABiILSyIUG0EHIAItAAciFSAJIAsgFBsiCUH/AXFJIgsbQQggAi0ACCIUIAkgFSALGyIJQf8BcUkiCxtBCSACLQAJIhUgCSAUIAsbIglB/wFxSSILG0EKIAItAAoiFCAJIBUgCxsiCUH/AXFJIgsbQQsgAi0ACyIVIAkgFCALGyIJQf8BcUkiCxtBDCACLQAMIhQgCSAVIAsbIglB/wFxSSILG0ENIAItAA0iFSAJIBQgCxsiCUH/AXFJIgsbQQ4gAi0ADiIUIAkgFSALGyIJQf8BcUkiCxtBDyACLQAPIAkgFCALG0H/AXFJGyIUIQIgCCwA9AEiCUEBRgRAIA8gEyAjamoiAi0AACILIAItAAEiD01BAiALIA8gCyAPSxsiCyACLQACIg9LIhMbQQMgCyAPIBMbIgsgAi0AAyIPSyITG0EEIAsgDyATGyILIAItAAQiD0siExtBBSALIA8gExsiCyACLQAFIg9LIhMbQQYgCyAPIBMbIgsgAi0ABiIPSyITG0EHIAItAAciFSALIA8gExsiC0H/AXFJIg8bQQggAi0ACCITIAsgFSAPGyILQf8BcUkiDxtBCSACLQAJIhUgCyATIA8bIgtB/wFxSSIPG0EKIAItAAoiEyALIBUgDxsiC0H/AXFJIg8bQQsgAi0ACyIVIAsgEyAPGyILQf8BcUkiDxtBDCACLQAMIhMgCyAVIA8bIgtB/wFxSSIPG0ENIAItAA0iFSALIBMgDxsiC0H/AXFJIg8bQQ4gAi0ADiITIAsgFSAPGyILQf8BcUkiDxtBDyACLQAPIAsgEyAPG0H/AXFJGyECCyAHIAAgCW8EfyAJBSAEKAKsBCADIBRqaiIJIAktAABBAWo6AAAgCCwA9AELb0UEQCAEKAKsBCADQRByIAJqaiICIAItAABBAWo6AAALIApBAWoiCiAILADzASICSA0ACyAILQDyASEDCyAGQQFqIgYgA0EYdEEYdSIKSA0ACwsCQCAILQD0ASICQRh0QRh1IgNBAUoEQCAAIAJwRQ0BCwJAAkAgCCwA8wEiAkEATARAQQAhCwwBC0EAIQtBACEGQQAhCSAAIANtIAJB/wFxbCARTg0AA0AgCUEFdCIPQRByISRBACECA0AgCCwA8gFBAm1BGHRBGHUiCiAEKAKsBCIDIAIgD2pqLQAASARAIAQoAqQEIAgsAPMBIAAgCCwA9AFtbCAJakEBdGogAjoAACAILADyAUECbUEYdEEYdSEKIAQoAqwEIQMgBkEBaiEGCyADIAIgJGpqLQAAIApKBEAgBCgCpAQgCCwA8wEgACAILAD0AW1sIAlqQQF0aiACOgABIAZBAWohBgsgAkEBaiICQRBHDQALIAtBAmohCyAJQQFqIgkgCCwA8wEiAk4NAiARIAAgCCwA9AFtIAJsIAlqSg0ACwwBC0EAIQYLIAsgF2ohFyAGIA1qIQ0LIAciACAgRw0ACwsgDbcgF7dEAAAAAAAA6D+iYw0AAn9BAiAEKAJIIgBBBEgNABpBBCAAQQ9JDQAaIABBBW5BAXQLIQIgBCgCZCEDIAVBADYC/AEgBUEAOgD0ASAFQQA2AvABIAVBADoA6AEgBUEANgLkASAFQQA6ANwBIAVBADYC2AEgBUEAOgDQASAFQQA2AswBIAVBADoAxAEgBUEANgLAASAFQQA6ALgBIAVBADYCtAEgBUEAOgCsASAFQQA2AqgBIAVBADoAoAEgBUEANgKcASAFQQA6AJQBIAVBADYCkAEgBUEAOgCIASAFQQA2AoQBIAVBADoAfCAFQQA2AnggBUEAOgBwIAVBADYCbCAFQQA6AGQgBUEANgJgIAVBADoAWCAFQQA2AlQgBUEAOgBMIAVBADYCSCAFQQA6AEAgBUEANgI8IAVBADoANCAFIAI6ACEgBSAAOgAgIAVBADsBLCAFIAMEf0EABSACQf4BcSIHIABB/wFxQQNsaiAHQRxsakEBahAnIQNBAQs6ACwgBSADNgIkIAVBADsBOCAFIAM2AiggBSAMNgI8IAVBADsBNCAFIAw2AkggBUGAAjsBQCAFQQM6AFkgBSAMNgJUIAVBgAQ7AUwgBSAAIAJqIgc6ADYgBSAHOgBCIAUgAkEBdCIAOgBOIAUgADoAWiAFIAdB/wFxIgY7AUQgBSAGQQF0IgM7AVAgBSADIABB/gFxIgJqIgM7AVwgBUGACDsBZCAFIAw2AmAgBUEAOgBYIAUgADoAZiAFIAw2AmwgBUGACjsBcCAFIAc6AHIgBSAMNgJ4IAVBgAw7AXwgBSAAOgB+IAUgDDYChAEgBUGADjsBiAEgBSAAOgCKASAFIAw2ApABIAVBCDoAlQEgBSACIANqIgc7AWggBSACIAdqIgc7AXQgBSAGIAdqIgc7AYABIAUgAiAHaiIHOwGMASAFIAIgB2oiBzsBmAEgBUEAOgCUASAFIAA6AJYBIAUgDDYCnAEgBSAAOgCiASAFQYASOwGgASAFIAw2AqgBIAUgADoArgEgBUGAFDsBrAEgBSAMNgK0ASAFIAA6ALoBIAVBgBY7AbgBIAVBDDoAxQEgBSAMNgLAASAFIAA6AMYBIAUgAiAHaiIHOwGkASAFIAIgB2oiBzsBsAEgBSACIAdqIgc7AbwBIAUgAiAHaiIHOwHIASAFQQ06ANEBIAUgDDYCzAEgBUEAOgDEASAFIAIgB2oiBzsB1AEgBSAAOgDSASAFQQ46AN0BIAUgDDYC2AEgBUEAOgDQASAFIAIgB2oiBzsB4AEgBSAAOgDeASAFQQ86AOkBIAUgDDYC5AEgBUEAOgDcASAFIAIgB2oiBzsB7AEgBSAAOgDqASAFIAIgB2o7AfgBIAVBEDoA9QEgBSAMNgLwASAFQQA6AOgBIAUgADoA9gEgBSAMNgL8ASAFQQA6APQBAkAgEUEATA0AQQAhAiAcQQFrQQAgFmtHBEAgEUF+cSEAQQAhAwNAIAQoAlQgAmogBCgCpAQgAkEBdGoiBy0AAUEEdCAHLQAAajoAACACQQFyIgcgBCgCVGogBCgCpAQgB0EBdGoiBy0AAUEEdCAHLQAAajoAACACQQJqIQIgA0ECaiIDIABHDQALCyARQQFxRQ0AIAQoAlQgAmogBCgCpAQgAkEBdGoiAC0AAUEEdCAALQAAajoAAAsgBUEgaiAEKAJUIgAgACAFLQAgaiAEKALUARA7IgBFBEACQCAELQBQRQ0AQQAhAiAEKAJIQQBMDQADQCAEKALUASACaiIHIAJBP3FBsChqLQAAIActAABzOgAAIAJBAWoiAiAEKAJISA0ACwsCQEHA2QAoAgAiAkUNACAEKAJIIQcgCCgC7AEhBiAFIA42AhggBSAGNgIUIAUgBzYCECACQbEjIAVBEGoQHEHA2QAoAgAiAkUNACAFIAQoAtQBNgIAIAJB4yQgBRAcCyAEQQE6AKwBIAQgBCgCSDYC0AEgBCAIKAL0ATYC5AEgBCAIKQLsATcC3AEgBCAONgLoAQsCQCAFLQAsRQ0AIAUoAiQiAkUNACACECELIABFDQEgDkEBaiIOQRZHDQIMAQsgDkEBaiIOQRZHDQELCyAFQYACaiQADAELQQAhAiMAQaACayIDJAAgBCgCgAQgBCgCiAQiACAEKAL0A2xBAnRqIAQoArgBIAAgBCgCvAEiByAAIAdIG0ECdBAaGiAEQQAgBCgC9AMiAEEBaiAAQQJKGyIANgL0AwJAIAAEQCAELQBsRQ0BCyAEQQE6AK0BIAQoAvgDQQAgBCgC/ANBAnQQGxoCQAJAAkACQCAEKAKEBCIOQQBMBEAgBCgCDCEHDAELIAQoAgwiB0EATA0BIAQoAogEIREgBCgCgAQhFyAHQXxxIQ0gB0EDcSEJIAQoAvgDIQUgB0EBa0EDSSEWA0AgFyACIBFsQQJ0aiEIQQAhAEEAIQZBACEKIBZFBEADQCAFIAZBAnQiDGoiCyAIIAxqKgIAIAsqAgCSOAIAIAUgDEEEciILaiISIAggC2oqAgAgEioCAJI4AgAgBSAMQQhyIgtqIhIgCCALaioCACASKgIAkjgCACAFIAxBDHIiDGoiCyAIIAxqKgIAIAsqAgCSOAIAIAZBBGohBiAKQQRqIgogDUcNAAsLIAkEQANAIAUgBkECdCIMaiIKIAggDGoqAgAgCioCAJI4AgAgBkEBaiEGIABBAWoiACAJRw0ACwsgAkEBaiICIA5HDQALC0EAIQYgB0EASg0BCyAEKAL4AyEKDAELIAQoAvgDIQogB0EBa0EDTwRAIAdBfHEhAkEAIQ4DQCAKIAZBAnQiAGoiBSAFKgIAQwAAgD6UOAIAIAogAEEEcmoiBSAFKgIAQwAAgD6UOAIAIAogAEEIcmoiBSAFKgIAQwAAgD6UOAIAIAogAEEMcmoiACAAKgIAQwAAgD6UOAIAIAZBBGohBiAOQQRqIg4gAkcNAAsLIAdBA3EiAkUNAEEAIQADQCAKIAZBAnRqIgUgBSoCAEMAAIA+lDgCACAGQQFqIQYgAEEBaiIAIAJHDQALCyAEKAKkASEAIAQoApwBIQIgByAEKAKUASAKIAdBAnQQGiACIAAQPSAEKAIMIgJBAEwNACAEKAKwASEAIAQoApQBIQdBACEGIAJBAUcEQCACQX5xIQVBACEOA0AgACAGQQJ0aiAHIAZBA3RqIggqAgAiJyAnlCAIKgIEIicgJ5SSOAIAIAAgBkEBciIIQQJ0aiAHIAhBA3RqIggqAgAiJyAnlCAIKgIEIicgJ5SSOAIAIAZBAmohBiAOQQJqIg4gBUcNAAsLIAJBAXEEQCAAIAZBAnRqIAcgBkEDdGoiACoCACInICeUIAAqAgQiJyAnlJI4AgALIAJBBEgNAEEBIQYgAkEBdiIAQQFrIgVBAXEhCCAEKAKwASEHIABBAkcEQCAFQX5xIQVBACEAA0AgByAGQQJ0aiIMIAcgAiAGa0ECdGoqAgAgDCoCAJI4AgAgByAGQQFqIgxBAnRqIgogByACIAxrQQJ0aioCACAKKgIAkjgCACAGQQJqIQYgAEECaiIAIAVHDQALCyAIRQ0AIAcgBkECdGoiACAHIAIgBmtBAnRqKgIAIAAqAgCSOAIACwJAIAQoAoQBIgBBAEwNACAEKAKMBCAEKAIMIgIgBCgCjAEgAGtsQQJ0aiAEKAK4ASACQQJ0EBoaIAQgBCgChAEiAEEBazYChAEgAEEBSg0AIARBAToAbQsgBC0AbQRAQcDZACgCACIABEBB9SFBGyAAECgLIAQoAgxBEG0hGyADQdAAaiEJQQAhFwJAAkADQAJAIAQgF0EMbGoiES0A9QFFDQAgES0A9AFBAkYNACAEKAJ0IBEuAfABRw0AIAQoArABQQAgBCgCtAFBAnQQGxogBCAEKAI4IgBBBHQiAjYCiAEgBCACNgKAASAAQQBMDQADQEEAIQUgAiIMQQFrIgIhDkEAIQdBACEWAkACQAJAIAwgBCgCeEEEdEoNAANAIAQoAlggBUEBaiIIIBEsAPMBbEwNASAEKAKUASAEKAKMBCAOIBtsQQJ0aiAEKAIMQQJ0EBoaIAQoAgwhCgJAIBEsAPIBIiBBAkgNACAKQQBMDQAgCkF+cSEPQQEhDSAKQQFxISIgBCgClAEhCyAEKAKMBCESA0AgDUEEdCAOaiAbbCEYQQAhBkEAIQAgCkEBRwRAA0AgCyAGQQJ0aiIcIBIgBiAYakECdGoqAgAgHCoCAJI4AgAgCyAGQQFyIhxBAnRqIiMgEiAYIBxqQQJ0aioCACAjKgIAkjgCACAGQQJqIQYgAEECaiIAIA9HDQALCyAiBEAgCyAGQQJ0aiIAIBIgBiAYakECdGoqAgAgACoCAJI4AgALIA1BAWoiDSAgRw0ACwsgCiAEKAKUASAEKAKcASAEKAKkARA9AkAgBCgCDCIKQQBMDQAgBCgCsAEhACAEKAKUASENQQAhBiAKQQFHBEAgCkF+cSELQQAhDgNAIAAgBkECdGogDSAGQQN0aiISKgIAIicgJ5QgEioCBCInICeUkjgCACAAIAZBAXIiEkECdGogDSASQQN0aiISKgIAIicgJ5QgEioCBCInICeUkjgCACAGQQJqIQYgDkECaiIOIAtHDQALCyAKQQFxBEAgACAGQQJ0aiANIAZBA3RqIgAqAgAiJyAnlCAAKgIEIicgJ5SSOAIACyAKQQRIDQBBASEGIApBAXYiAEEBayINQQFxIQsgBCgCsAEhDiAAQQJHBEAgDUF+cSENQQAhAANAIA4gBkECdGoiEiAOIAogBmtBAnRqKgIAIBIqAgCSOAIAIA4gBkEBaiISQQJ0aiIYIA4gCiASa0ECdGoqAgAgGCoCAJI4AgAgBkECaiEGIABBAmoiACANRw0ACwsgC0UNACAOIAZBAnRqIgAgDiAKIAZrQQJ0aioCACAAKgIAkjgCAAtBACEKQQAhACARLADzASIOQQBKBEADQAJ/IAQqAii7IAQqAiQgES4B8AGylLuiEDggCkEEdLegIjCZRAAAAAAAAOBBYwRAIDCqDAELQYCAgIB4CyEGQQ9BDkENQQxBC0EKQQlBCEEHQQZBBUEEQQNBAiAEKAKwASAGQQJ0aiIGKgIAuyIwRAAAAAAAAAAAIDBEAAAAAAAAAABkGyIwIAYqAgS7IjFjIg0gMSAwIA0bIjAgBioCCLsiMWMiDRsgMSAwIA0bIjAgBioCDLsiMWMiDRsgMSAwIA0bIjAgBioCELsiMWMiDRsgMSAwIA0bIjAgBioCFLsiMWMiDRsgMSAwIA0bIjAgBioCGLsiMWMiDRsgMSAwIA0bIjAgBioCHLsiMWMiDRsgMSAwIA0bIjAgBioCILsiMWMiDRsgMSAwIA0bIjAgBioCJLsiMWMiDRsgMSAwIA0bIjAgBioCKLsiMWMiDRsgMSAwIA0bIjAgBioCLLsiMWMiDRsgMSAwIA0bIjAgBioCMLsiMWMiDRsgMSAwIA0bIjAgBioCNLsiMWMiDRsgMSAwIA0bIjAgBioCOLsiMWMiDRsgBioCPLsgMSAwIA0bZBshBiAKQQFxBH8gBCgCVCAFIA5sIApBAXZqaiAGQQR0IABqOgAAQQAFIAYLIQAgCkEBaiIKIBEsAPMBIg5BAXRIDQALCyAWIAQoAjwiACAFIA5sTnJFBEAgBCgCXCEGQQAhFiADQQA2ApwCIANBADoAlAIgA0EANgKQAiADQQA6AIgCIANBADYChAIgA0EAOgD8ASADQQA2AvgBIANBADoA8AEgA0EANgLsASADQQA6AOQBIANBADYC4AEgA0EAOgDYASADQQA2AtQBIANBADoAzAEgA0EANgLIASADQQA6AMABIANBADYCvAEgA0EAOgC0ASADQQA2ArABIANBADoAqAEgA0EANgKkASADQQA6AJwBIANBADYCmAEgA0EAOgCQASADQQA2AowBIANBADoAhAEgA0EANgKAASADQQA6AHggA0EANgJ0IANBADoAbCADQQA2AmggA0EAOgBgIANBADYCXCADQQA6AFQgAyAAQQFrIgo6AEEgA0EBOgBAIANBADsBTEEAIQ4gBkUEQEEBIQ4gCkH/AXEiBiAGQRxsakEEahAnIQYLIAMgDjoATCADIAY2AkQgA0EAOwFYIAMgBjYCSCADIAA6AFYgAyAJNgJcIANBADsBVCADIAA6AGIgAyAJNgJoIANBgAI7AWAgA0EDOgB5IAMgCTYCdCADQYAEOwFsIAMgCkEBdCIGOgBuIAMgBjoAeiADIABB/wFxIg47AWQgAyAOQQF0Ig07AXAgAyANIAZB/gFxIgpqIg07AXwgA0GACDsBhAEgAyAJNgKAASADQQA6AHggAyAGOgCGASADIAk2AowBIANBgAo7AZABIAMgADoAkgEgAyAJNgKYASADQYAMOwGcASADIAY6AJ4BIAMgCTYCpAEgA0GADjsBqAEgAyAGOgCqASADIAk2ArABIANBCDoAtQEgAyAKIA1qIgA7AYgBIAMgACAKaiIAOwGUASADIAAgDmoiADsBoAEgAyAAIApqIgA7AawBIAMgACAKaiIAOwG4ASADQQA6ALQBIAMgBjoAtgEgAyAJNgK8ASADIAY6AMIBIANBgBI7AcABIAMgCTYCyAEgAyAGOgDOASADQYAUOwHMASADIAk2AtQBIAMgBjoA2gEgA0GAFjsB2AEgA0EMOgDlASADIAk2AuABIAMgBjoA5gEgAyAAIApqIgA7AcQBIAMgACAKaiIAOwHQASADIAAgCmoiADsB3AEgAyAAIApqIgA7AegBIANBDToA8QEgAyAJNgLsASADQQA6AOQBIAMgACAKaiIAOwH0ASADIAY6APIBIANBDjoA/QEgAyAJNgL4ASADQQA6APABIAMgACAKaiIAOwGAAiADIAY6AP4BIANBDzoAiQIgAyAJNgKEAiADQQA6APwBIAMgACAKaiIAOwGMAiADIAY6AIoCIAMgACAKajsBmAIgA0EQOgCVAiADIAk2ApACIANBADoAiAIgAyAGOgCWAiADIAk2ApwCIANBADoAlAJBFyEGAkAgA0FAayAEKAJUIgAgACADLQBAaiAEKALUARA7DQAgBCgC1AEtAAAiAEEBa0H/AXFBiwFLDQAgBCgCPCEHQRdBACAEKAJ4IgYgESwA8gEgESwA8wEiCgJ/QQIgAEEESQ0AGkEEIABBD0kNABogAEEFbkEBdAsgACAHampqQQFrIAptbCIHSCAGIAcgBCgCOEEBdGpKciIHGyEGIAdFIRYgACEHCwJAIAMtAExFDQAgAygCRCIARQ0AIAAQIQsgBg0CIAQoAjwhAAsCf0ECIAdBBEgNABpBBCAHQQ9JDQAaIAdBBW5BAXQLIQYCQCAWBEAgACAHaiAGakEBaiAFIBEsAPMBbEgNBCAIQYAIRg0EDAELQQAhFiAIQYAIRg0ECyAIIgUgESwA8gFsQQR0IAJqIg4gBCgCeEEEdEgNAAsLIBZFDQELIAQoAmQhCiADQQA2ApwCIANBADoAlAIgA0EANgKQAiADQQA6AIgCIANBADYChAIgA0EAOgD8ASADQQA2AvgBIANBADoA8AEgA0EANgLsASADQQA6AOQBIANBADYC4AEgA0EAOgDYASADQQA2AtQBIANBADoAzAEgA0EANgLIASADQQA6AMABIANBADYCvAEgA0EAOgC0ASADQQA2ArABIANBADoAqAEgA0EANgKkASADQQA6AJwBIANBADYCmAEgA0EAOgCQASADQQA2AowBIANBADoAhAEgA0EANgKAASADQQA6AHggA0EANgJ0IANBADoAbCADQQA2AmggA0EAOgBgIANBADYCXCADQQA6AFQgAwJ/QQIgB0EESA0AGkEEIAdBD0kNABogB0EFbkEBdAsiADoAQSADIAc6AEAgA0EAOwFMIAMgCgR/QQAFIABB/gFxIgUgB0H/AXFBA2xqIAVBHGxqQQFqECchCkEBCzoATCADIAo2AkQgA0EAOwFYIAMgCjYCSCADIAk2AlwgA0EAOwFUIAMgCTYCaCADQYACOwFgIANBAzoAeSADIAk2AnQgA0GABDsBbCADIAAgB2oiCDoAViADIAg6AGIgAyAAQQF0IgA6AG4gAyAAOgB6IAMgCEH/AXEiBjsBZCADIAZBAXQiCjsBcCADIAogAEH+AXEiBWoiCjsBfCADQYAIOwGEASADIAk2AoABIANBADoAeCADIAA6AIYBIAMgCTYCjAEgA0GACjsBkAEgAyAIOgCSASADIAk2ApgBIANBgAw7AZwBIAMgADoAngEgAyAJNgKkASADQYAOOwGoASADIAA6AKoBIAMgCTYCsAEgA0EIOgC1ASADIAUgCmoiCDsBiAEgAyAFIAhqIgg7AZQBIAMgBiAIaiIIOwGgASADIAUgCGoiCDsBrAEgAyAFIAhqIgg7AbgBIANBADoAtAEgAyAAOgC2ASADIAk2ArwBIAMgADoAwgEgA0GAEjsBwAEgAyAJNgLIASADIAA6AM4BIANBgBQ7AcwBIAMgCTYC1AEgAyAAOgDaASADQYAWOwHYASADQQw6AOUBIAMgCTYC4AEgAyAAOgDmASADIAUgCGoiCDsBxAEgAyAFIAhqIgg7AdABIAMgBSAIaiIIOwHcASADIAUgCGoiCDsB6AEgA0ENOgDxASADIAk2AuwBIANBADoA5AEgAyAFIAhqIgg7AfQBIAMgADoA8gEgA0EOOgD9ASADIAk2AvgBIANBADoA8AEgAyAFIAhqIgg7AYACIAMgADoA/gEgA0EPOgCJAiADIAk2AoQCIANBADoA/AEgAyAFIAhqIgg7AYwCIAMgADoAigIgAyAFIAhqOwGYAiADQRA6AJUCIAMgCTYCkAIgA0EAOgCIAiADIAA6AJYCIAMgCTYCnAIgA0EAOgCUAiADQUBrIAQoAlQgBCgCPGoiACAAIAMtAEBqIAQoAtQBEDtFIAdBAEpxIgAEQAJAIAQtAFBFDQBBACEGIAdBAUcEQCAHQX5xIQVBACEKA0AgBCgC1AEgBmoiCCAGQT5xQbAoai0AACAILQAAczoAACAGQQFyIgggBCgC1AFqIg4gCEE/cUGwKGotAAAgDi0AAHM6AAAgBkECaiEGIApBAmoiCiAFRw0ACwsgB0EBcUUNACAEKALUASAGaiIFIAZBP3FBsChqLQAAIAUtAABzOgAACwJAQcDZACgCACIFRQ0AIBEoAuwBIQggAyAXNgI4IAMgCDYCNCADIAc2AjAgBUGxIyADQTBqEBxBwNkAKAIAIgVFDQAgAyAEKALUATYCICAFQeMkIANBIGoQHAsgBCAHNgLQASAEQQE6AKwBIAQgESgC9AE2AuQBIAQgESkC7AE3AtwBIAQgFzYC6AELAkAgAy0ATEUNACADKAJEIgdFDQAgBxAhCyAADQQLIAQgBCgCgAFBAWs2AoABIAxBAUoNAAsLIBdBAWoiF0EWRw0ACyAEQQA2AowBQcDZACgCACIABEAgAyAEKALUAS0AADYCECAAQaUkIANBEGoQHAsgBEF/NgKMASAEQX82AtABDAELIARBADYCjAELIARBADsBbCAEKAKwAUEAIAQoArQBQQJ0EBsaIARBADYCgAEgBEEANgKIAQtBACEFAkAgBC0AbEUEQANAAkAgBCAFQQxsaiIALQD1AUUNACAEKAI0IgJBAEoEQCAALgHwAbIhKSAEKAIsIQggBCoCQCEqIAQoArABIQcgBCoCMCErIAQqAiQhLCAEKgIouyEwQQAhBiACIQADQCAqIAcgCAJ/IDAgLCAplCArIAaylJK7ohA4IjGZRAAAAAAAAOBBYwRAIDGqDAELQYCAgIB4CyIMakECdGoqAgCUIScgByAMQQJ0aioCACEoAkACQCAGQQFxRQRAICcgKGANAQwCCyAnIChfRQ0BCyAAQQFrIQALIAZBAWoiBiACRw0ACyAAIAJHDQELIAQgBEHsAWoiByAFQQxsai4BBDYCdCAEIAQoAnAiAEEBajYCcCAAQQBIDQNBACEAQcDZACgCACICBEBB2yFBGSACECgLIARBAToAbCAEKALUAUEAIAQoAtgBEBsaIAQoAjghBUEAIQYDQAJAIAQgBkEMbGoiAi0A9QFFDQAgAiwA9AEiCEEBSg0AIAIsAPIBIAhsIgIgACAAIAJIGyEACyAGQQFqIgZBFkcNAAsgBxA8IQIgBEEANgJwIARBxAEgAm1BAWogAGwgBUEBdGoiADYCjAEgBCAANgJ4IAQgADYChAEMAwsgBUEBaiIFQRZHDQALIARBADYCcAwBC0EBIQICQAJAA0ACQCAEIAVBDGxqIgAtAPUBBEAgBCgCNCIHQQBMDQEgAC4B8AGyISkgBCgCLCEMIAQqAkAhKiAEKAKwASEIIAQqAjAhKyAEKgIkISwgBCoCKLshMEEAIQYgByEAA0AgKiAIIAwCfyAwICwgKZQgKyAGspSSu6IQOCIxmUQAAAAAAADgQWMEQCAxqgwBC0GAgICAeAsiCmpBAnRqKgIAlCEnIAggCkECdGoqAgAhKAJAAkAgBkEBcUUEQCAnIChfDQEMAgsgJyAoYEUNAQsgAEEBayEACyAGQQFqIgYgB0cNAAsgACAHRg0BCyAFQRVJIQIgBUEBaiIFQRZHDQEMAgsLIAINAQsgBEEANgJwDAELIAQgBCgCcCIAQQFqNgJwIABBAEgNACAEKAKMAUECSA0AIAQgBCgCeCAEKAKEASIAa0EBaiICNgJ4QcDZACgCACIHBEAgAyACNgIEIAMgADYCACAHQaAeIAMQHAsgBEEBNgKEASAEQQA2AnALIANBoAJqJAALAkAgECAEKAIMIghrIgxBAEwNACAEKAK4ASECQQAhB0EAIQAgECAIQX9zakEDTwRAIAxBfHEhBkEAIQUDQCACIABBAnRqIAIgACAIakECdGoqAgA4AgAgAiAAQQFyIgNBAnRqIAIgAyAIakECdGoqAgA4AgAgAiAAQQJyIgNBAnRqIAIgAyAIakECdGoqAgA4AgAgAiAAQQNyIgNBAnRqIAIgAyAIakECdGoqAgA4AgAgAEEEaiEAIAVBBGoiBSAGRw0ACwsgDEEDcSIFRQ0AA0AgAiAAQQJ0aiACIAAgCGpBAnRqKgIAOAIAIABBAWohACAHQQFqIgcgBUcNAAsLIB4gGmshHiAaIB1qIR0gBCAIIAxrIgA2ApABDAELCyAEIAIgEGs2ApABCyAfQRBqJAACQCADRQRAQX8hAEHA2QAoAgAiAkUNASAhIAE2AgAgAkGeHSAhEBwMAQtBACEAQczZAC0AAEUEQEHE2QBCADcCAEHM2QBBAToAAAsgBCgC0AEiAUUNACAEQQA2AtABQX8hACABQX9GDQAgBCgC1AEhAEHI2QAgATYCAEHE2QAgADYCACABQQBKBEBBsNcAIAAgARAaGgsgASEACyAhQRBqJAAgAEEASgRAIBlBsNcANgIMIBkgADYCCEG4JiAZQQhqEAYMAQsgGUGw1wA2AgwgGUEANgIIQbgmIBlBCGoQBgs2AgAgGUEQaiQAC70BAQR/IwBBIGsiAyQAIAIoAgAiBEFwSQRAAkACQCAEQQtPBEAgBEEQakFwcSIGEB0hBSADIAZBgICAgHhyNgIQIAMgBTYCCCADIAQ2AgwMAQsgAyAEOgATIANBCGohBSAERQ0BCyAFIAJBBGogBBAaGgsgBCAFakEAOgAAIANBGGogASADQQhqIAARAAAgAygCGBAKIAMoAhgiABAJIAMsABNBAEgEQCADKAIIECELIANBIGokACAADwsQNAALoQQBB38jAEEQayIIJAAgASACKAIAIAIgAi0ACyIFQRh0QRh1QQBIIgYbIAIoAgQgBSAGGyADIARBAEEBEFQhBQJAAkBBoNcALQAAQQFxDQBBoNcAECNFDQBBlNcAQgA3AgBBnNcAQQA2AgAgBQRAIAVBAEgNAkGU1wAgBRAdIgY2AgBBnNcAIAUgBmoiCTYCACAGQQAgBRAbGkGY1wAgCTYCAAtBoNcAECILAkACQCAFQZjXACgCACIHQZTXACgCACIGayIJSwRAIAUgCWsiC0Gc1wAoAgAiCiAHa00EQEGY1wAgCwR/IAdBACALEBsgC2oFIAcLNgIADAMLIAVBAEgNASAFIAogBmsiB0EBdCIKIAUgCksbQf////8HIAdB/////wNJGyIKEB0iByAJakEAIAsQGxogCUEASgRAIAcgBiAJEBoaC0Gc1wAgByAKajYCAEGY1wAgBSAHajYCAEGU1wAgBzYCACAGRQ0CIAYQIQwCCyAFIAlPDQFBmNcAIAUgBmo2AgAMAQsQNAALIAggASACKAIAIAIgAi0ACyIBQRh0QRh1QQBIIgYbIAIoAgQgASAGGyADIARBlNcAKAIAQQAQVCICNgIEIAggBTYCACMAQRBrIgEkACABIAg2AgxB8NUAQYoeIAgQQiABQRBqJAAgCEGU1wAoAgA2AgwgCCACNgIIIABBuCYgCEEIahAGNgIAIAhBEGokAA8LEDQACyIBAX4gASACrSADrUIghoQgBCAAEQsAIgVCIIinEBMgBacLGgAgACABKAIIIAUQIARAIAEgAiADIAQQNgsLNwAgACABKAIIIAUQIARAIAEgAiADIAQQNg8LIAAoAggiACABIAIgAyAEIAUgACgCACgCFBEGAAuTAgEGfyAAIAEoAgggBRAgBEAgASACIAMgBBA2DwsgAS0ANSEHIAAoAgwhBiABQQA6ADUgAS0ANCEIIAFBADoANCAAQRBqIgkgASACIAMgBCAFEDUgByABLQA1IgpyIQcgCCABLQA0IgtyIQgCQCAGQQJIDQAgCSAGQQN0aiEJIABBGGohBgNAIAEtADYNAQJAIAsEQCABKAIYQQFGDQMgAC0ACEECcQ0BDAMLIApFDQAgAC0ACEEBcUUNAgsgAUEAOwE0IAYgASACIAMgBCAFEDUgAS0ANSIKIAdyIQcgAS0ANCILIAhyIQggBkEIaiIGIAlJDQALCyABIAdB/wFxQQBHOgA1IAEgCEH/AXFBAEc6ADQLpwEAIAAgASgCCCAEECAEQAJAIAEoAgQgAkcNACABKAIcQQFGDQAgASADNgIcCw8LAkAgACABKAIAIAQQIEUNAAJAIAIgASgCEEcEQCABKAIUIAJHDQELIANBAUcNASABQQE2AiAPCyABIAI2AhQgASADNgIgIAEgASgCKEEBajYCKAJAIAEoAiRBAUcNACABKAIYQQJHDQAgAUEBOgA2CyABQQQ2AiwLC4gCACAAIAEoAgggBBAgBEACQCABKAIEIAJHDQAgASgCHEEBRg0AIAEgAzYCHAsPCwJAIAAgASgCACAEECAEQAJAIAIgASgCEEcEQCABKAIUIAJHDQELIANBAUcNAiABQQE2AiAPCyABIAM2AiACQCABKAIsQQRGDQAgAUEAOwE0IAAoAggiACABIAIgAkEBIAQgACgCACgCFBEGACABLQA1BEAgAUEDNgIsIAEtADRFDQEMAwsgAUEENgIsCyABIAI2AhQgASABKAIoQQFqNgIoIAEoAiRBAUcNASABKAIYQQJHDQEgAUEBOgA2DwsgACgCCCIAIAEgAiADIAQgACgCACgCGBEEAAsLwQEBBH8jAEEgayIFJAAgAigCACIGQXBJBEACQAJAIAZBC08EQCAGQRBqQXBxIggQHSEHIAUgCEGAgICAeHI2AhAgBSAHNgIIIAUgBjYCDAwBCyAFIAY6ABMgBUEIaiEHIAZFDQELIAcgAkEEaiAGEBoaCyAGIAdqQQA6AAAgBUEYaiABIAVBCGogAyAEIAARBAAgBSgCGBAKIAUoAhgiABAJIAUsABNBAEgEQCAFKAIIECELIAVBIGokACAADwsQNAALLQEBf0EkEB0iAEIANwMAIABBADYCICAAQgA3AxggAEIANwMQIABCADcDCCAACwu8TBsAQYAIC6IgLSsgICAwWDB4AC0wWCswWCAwWC0weCsweCAweABzYW1wbGVGb3JtYXRPdXQAc2FtcGxlUmF0ZU91dABbVV0gRmFzdGVzdABbTVRdIEZhc3Rlc3QAW0RUXSBGYXN0ZXN0AFtVXSBGYXN0AFtNVF0gRmFzdABbRFRdIEZhc3QAdW5zaWduZWQgc2hvcnQAdW5zaWduZWQgaW50AGluaXQAZmxvYXQAU2FtcGxlRm9ybWF0AHVpbnQ2NF90AGdldERlZmF1bHRQYXJhbWV0ZXJzAHZlY3RvcgB1bnNpZ25lZCBjaGFyAHNhbXBsZUZvcm1hdElucABzYW1wbGVSYXRlSW5wAF9fY3hhX2d1YXJkX2FjcXVpcmUgZGV0ZWN0ZWQgcmVjdXJzaXZlIGluaXRpYWxpemF0aW9uAG5hbgBib29sAHR4VG9nZ2xlUHJvdG9jb2wAcnhUb2dnbGVQcm90b2NvbABlbXNjcmlwdGVuOjp2YWwAW1VdIE5vcm1hbABbTVRdIE5vcm1hbABbRFRdIE5vcm1hbABwYXlsb2FkTGVuZ3RoAGRpc2FibGVMb2cAZW5hYmxlTG9nAHVuc2lnbmVkIGxvbmcAc3RkOjp3c3RyaW5nAGJhc2ljX3N0cmluZwBzdGQ6OnN0cmluZwBzdGQ6OnUxNnN0cmluZwBzdGQ6OnUzMnN0cmluZwBpbmYAc2FtcGxlUmF0ZQBzYW1wbGVzUGVyRnJhbWUAZG91YmxlAGZyZWUAZW5jb2RlAGRlY29kZQBvcGVyYXRpbmdNb2RlAHNvdW5kTWFya2VyVGhyZXNob2xkAHZvaWQAUHJvdG9jb2xJZABHR1dBVkVfT1BFUkFUSU5HX01PREVfVFgAR0dXQVZFX09QRVJBVElOR19NT0RFX1JYX0FORF9UWABHR1dBVkVfT1BFUkFUSU5HX01PREVfUlgAR0dXQVZFX1BST1RPQ09MX0RUX0ZBU1RFU1QAR0dXQVZFX1BST1RPQ09MX0FVRElCTEVfRkFTVEVTVABHR1dBVkVfUFJPVE9DT0xfVUxUUkFTT1VORF9GQVNURVNUAEdHV0FWRV9QUk9UT0NPTF9EVF9GQVNUAEdHV0FWRV9QUk9UT0NPTF9BVURJQkxFX0ZBU1QAR0dXQVZFX1BST1RPQ09MX1VMVFJBU09VTkRfRkFTVABHR1dBVkVfT1BFUkFUSU5HX01PREVfVVNFX0RTUwBHR1dBVkVfT1BFUkFUSU5HX01PREVfVFhfT05MWV9UT05FUwBOQU4AR0dXQVZFX1BST1RPQ09MX0RUX05PUk1BTABHR1dBVkVfUFJPVE9DT0xfQVVESUJMRV9OT1JNQUwAR0dXQVZFX1BST1RPQ09MX1VMVFJBU09VTkRfTk9STUFMAElORgBHR1dBVkVfU0FNUExFX0ZPUk1BVF9VTkRFRklORUQAZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8c2hvcnQ+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PHVuc2lnbmVkIHNob3J0PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxpbnQ+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PHVuc2lnbmVkIGludD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8ZmxvYXQ+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PHVpbnQ4X3Q+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PGludDhfdD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dWludDE2X3Q+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PGludDE2X3Q+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PHVpbnQzMl90PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxpbnQzMl90PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxjaGFyPgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzx1bnNpZ25lZCBjaGFyPgBzdGQ6OmJhc2ljX3N0cmluZzx1bnNpZ25lZCBjaGFyPgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxzaWduZWQgY2hhcj4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8bG9uZz4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dW5zaWduZWQgbG9uZz4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8ZG91YmxlPgBHR1dBVkVfUFJPVE9DT0xfQ1VTVE9NXzkAR0dXQVZFX1BST1RPQ09MX0NVU1RPTV84AEdHV0FWRV9TQU1QTEVfRk9STUFUX1U4AEdHV0FWRV9TQU1QTEVfRk9STUFUX0k4AEdHV0FWRV9QUk9UT0NPTF9DVVNUT01fNwBHR1dBVkVfUFJPVE9DT0xfQ1VTVE9NXzYAR0dXQVZFX1NBTVBMRV9GT1JNQVRfVTE2AEdHV0FWRV9TQU1QTEVfRk9STUFUX0kxNgBHR1dBVkVfUFJPVE9DT0xfQ1VTVE9NXzUAR0dXQVZFX1BST1RPQ09MX0NVU1RPTV80AEdHV0FWRV9QUk9UT0NPTF9DVVNUT01fMwBHR1dBVkVfUFJPVE9DT0xfQ1VTVE9NXzIAR0dXQVZFX1NBTVBMRV9GT1JNQVRfRjMyAEdHV0FWRV9QUk9UT0NPTF9DVVNUT01fMQBHR1dBVkVfUFJPVE9DT0xfQ1VTVE9NXzAALgAobnVsbCkARXJyb3I6IGNhcHR1cmUgc2FtcGxlIHJhdGUgKCVnIEh6KSBtdXN0IGJlID49ICVnIEh6CgBFcnJvcjogY2FwdHVyZSBzYW1wbGUgcmF0ZSAoJWcgSHopIG11c3QgYmUgPD0gJWcgSHoKAEVycm9yOiBmYWlsZWQgdG8gY29tcHV0ZSB0aGUgc2l6ZSBvZiB0aGUgcmVxdWlyZWQgbWVtb3J5CgBUcnVuY2F0aW5nIGRhdGEgZnJvbSAlZCB0byAlZCBieXRlcwoAQ2Fubm90IGRlY29kZSB3aGlsZSB0cmFuc21pdHRpbmcKAFR4IGlzIGRpc2FibGVkIC0gY2Fubm90IHRyYW5zbWl0IGRhdGEgd2l0aCB0aGlzIEdHV2F2ZSBpbnN0YW5jZQoAUnggaXMgZGlzYWJsZWQgLSBjYW5ub3QgcmVjZWl2ZSBkYXRhIHdpdGggdGhpcyBHR1dhdmUgaW5zdGFuY2UKAFByb3RvY29sICVkIGlzIG5vdCBlbmFibGVkIC0gbWFrZSBzdXJlIHRvIGVuYWJsZSBpdCBiZWZvcmUgY3JlYXRpbmcgdGhlIGluc3RhbmNlCgBNb25vLXRvbmUgcHJvdG9jb2xzIHdpdGggdmFyaWFibGUgbGVuZ3RoIGFyZSBub3Qgc3VwcG9ydGVkCgBGYWlsZWQgdG8gaW5pdGlhbGl6ZSBUeCB0cmFuc21pc3Npb24gZm9yIEdHV2F2ZSBpbnN0YW5jZSAlZAoASW52YWxpZCBHR1dhdmUgaW5zdGFuY2UgJWQKAEZhaWxlZCB0byBlbmNvZGUgZGF0YSAtIEdHV2F2ZSBpbnN0YW5jZSAlZAoARmFpbGVkIHRvIGRlY29kZSBkYXRhIC0gR0dXYXZlIGluc3RhbmNlICVkCgBGYWlsZWQgdG8gZnJlZSBHR1dhdmUgaW5zdGFuY2UgLSBpbnZhbGlkIEdHV2F2ZSBpbnN0YW5jZSBpZCAlZAoAbiA9ICVkLCBuQWN0dWFsID0gJWQKAFJlY2VpdmVkIGVuZCBtYXJrZXIuIEZyYW1lcyBsZWZ0ID0gJWQsIHJlY29yZGVkID0gJWQKAEVycm9yOiBmYWlsZWQgdG8gYWxsb2NhdGUgdGhlIHJlcXVpcmVkIG1lbW9yeTogJWQKAEludmFsaWQgcGF5bG9hZCBsZW5ndGg6ICVkLCBtYXg6ICVkCgBJbnZhbGlkIHNhbXBsZXMgcGVyIGZyYW1lOiAlZCwgbWF4OiAlZAoASW52YWxpZCBvciB1bnN1cHBvcnRlZCBwbGF5YmFjayBzYW1wbGUgZm9ybWF0OiAlZAoASW52YWxpZCBvciB1bnN1cHBvcnRlZCBjYXB0dXJlIHNhbXBsZSBmb3JtYXQ6ICVkCgBJbnZhbGlkIHNhbXBsZSBmb3JtYXQ6ICVkCgBOZWdhdGl2ZSBkYXRhIHNpemU6ICVkCgBFcnJvcjogZmFpbGVkIHRvIGFsbG9jYXRlIG1lbW9yeSAtIGhlYXBTaXplMDogJWQsIGhlYXBTaXplOiAlZAoASW52YWxpZCB2b2x1bWU6ICVkCgBJbnZhbGlkIHByb3RvY29sIElEOiAlZAoAUmVjZWl2aW5nIHNvdW5kIGRhdGEgLi4uCgBBbmFseXppbmcgY2FwdHVyZWQgZGF0YSAuLgoARmFpbGVkIHRvIGNyZWF0ZSBHR1dhdmUgaW5zdGFuY2UgLSByZWFjaGVkIG1heGltdW0gbnVtYmVyIG9mIGluc3RhbmNlcyAoJWQpCgBGYWlsdXJlIGR1cmluZyBjYXB0dXJlIC0gcHJvdmlkZWQgYnl0ZXMgKCVkKSBhcmUgbm90IG11bHRpcGxlIG9mIHNhbXBsZSBzaXplICglZCkKAERlY29kZWQgbGVuZ3RoID0gJWQsIHByb3RvY29sID0gJyVzJyAoJWQpCgBFcnJvcjogdG90YWwgbGVuZ3RoICVkIChwYXlsb2FkICVkICsgRUNDICVkIGJ5dGVzKSBpcyB0b28gbGFyZ2UgKCA+ICVkKQoARmFpbGVkIHRvIGNhcHR1cmUgc291bmQgZGF0YS4gUGxlYXNlIHRyeSBhZ2FpbiAobGVuZ3RoID0gJWQpCgBSZWNlaXZlZCBzb3VuZCBkYXRhIHN1Y2Nlc3NmdWxseTogJyVzJwoAMTlnZ3dhdmVfU2FtcGxlRm9ybWF0AAAAAPwoAACLEgAAMTdnZ3dhdmVfUHJvdG9jb2xJZAD8KAAArBIAADE3Z2d3YXZlX1BhcmFtZXRlcnMASCkAAMgSAABpAHZpAGlpaQB2aWlpAGZpaQB2aWlmAADcEgAAaWkAAJgoAADcEgAARCgAAJgoAAB2aWkATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJY0VFAABIKQAAGBMAAGgTAACYKAAA4BMAAMASAACYKAAATjEwZW1zY3JpcHRlbjN2YWxFAABIKQAAVBMAAE5TdDNfXzIxMmJhc2ljX3N0cmluZ0ljTlNfMTFjaGFyX3RyYWl0c0ljRUVOU185YWxsb2NhdG9ySWNFRUVFAE5TdDNfXzIyMV9fYmFzaWNfc3RyaW5nX2NvbW1vbklMYjFFRUUAAAAASCkAAK8TAADMKQAAcBMAAAAAAAABAAAA2BMAAAAAAABpaWlpaWkAAGgTAACYKAAA4BMAAGlpaWkAAAAARCgAAEQoAADAEgAAmCgAQbAoC6cilp+0rxuR3sVFdeguDzJKX7RWlct/alRqSPILe837k208d17DM0fA8XEyMyc1aEcfTqwjQl8AN6RQbUgkkXyhTgAAARkCMhrGA98z7htox0sEZOAONI3vgRzBafjICExxBYplL+EkDyE1k47a8BKCRR21wn1qJ/m5yZoJeE3kcqYGv4tiZt0w/eKYJbMQkSKINtCUzo+W273x0hNcgzhGQB5CtqPDSH5uazooVPqFuj3KXpufChV5K07U5axz86dXB3DA94yAYw1nSt7tMcX+GOOlmXcmuLR8EUSS2SMgiS43P9FblbzPzZCHl7Lc/L5h8lbTqxQqXZ6EPDlTR21Boh8tQ9i3e6R2xBdJ7H8Mb/ZsoTtSKZ1VqvtghrG7zD5ay1lfsJypoFEL9RbrenUs10+u1enm563odNb06qhQWK8BAgQIECBAgB06dOjNhxMmTJgtWrR16smPAwYMGDBgwJ0nTpwlSpQ1atS1d+7BnyNGjAUKFChQoF26adK5b96hX75hwpkvXrxlyokPHjx48P3n07tr1rF//uHfo1u2ceLZr0OGESJEiA0aNGjQvWfOgR8+fPjtx5M7duzFlzNmzIUXLly4bdqpT54hQoQVKlSoTZopUqRVqkmSOXLk1bdz5tG/Y8aRP3785deze/bx/+Pbq0uWMWLElTdu3KVXrkGCGTJkyI0HDhw4cODdp1OmUaJZsnny+e/DmytWrEWKCRIkSJA9evT19/P768uLCxYsWLB9+unPgxs2bNitR44BAgQIECBAgB06dOjNhxMmTJgtWrR16smPAwYMGDBgwJ0nTpwlSpQ1atS1d+7BnyNGjAUKFChQoF26adK5b96hX75hwpkvXrxlyokPHjx48P3n07tr1rF//uHfo1u2ceLZr0OGESJEiA0aNGjQvWfOgR8+fPjtx5M7duzFlzNmzIUXLly4bdqpT54hQoQVKlSoTZopUqRVqkmSOXLk1bdz5tG/Y8aRP3785deze/bx/+Pbq0uWMWLElTdu3KVXrkGCGTJkyI0HDhw4cODdp1OmUaJZsnny+e/DmytWrEWKCRIkSJA9evT19/P768uLCxYsWLB9+unPgxs2bNitR44BAgAAAAABAAAAAQAAAAIAAAACAAAABAAAAE5TdDNfXzIxMmJhc2ljX3N0cmluZ0loTlNfMTFjaGFyX3RyYWl0c0loRUVOU185YWxsb2NhdG9ySWhFRUVFAADMKQAAiBcAAAAAAAABAAAA2BMAAAAAAABOU3QzX18yMTJiYXNpY19zdHJpbmdJd05TXzExY2hhcl90cmFpdHNJd0VFTlNfOWFsbG9jYXRvckl3RUVFRQAAzCkAAOAXAAAAAAAAAQAAANgTAAAAAAAATlN0M19fMjEyYmFzaWNfc3RyaW5nSURzTlNfMTFjaGFyX3RyYWl0c0lEc0VFTlNfOWFsbG9jYXRvcklEc0VFRUUAAADMKQAAOBgAAAAAAAABAAAA2BMAAAAAAABOU3QzX18yMTJiYXNpY19zdHJpbmdJRGlOU18xMWNoYXJfdHJhaXRzSURpRUVOU185YWxsb2NhdG9ySURpRUVFRQAAAMwpAACUGAAAAAAAAAEAAADYEwAAAAAAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SWFFRQAASCkAAPAYAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0loRUUAAEgpAAAYGQAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJc0VFAABIKQAAQBkAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SXRFRQAASCkAAGgZAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0lpRUUAAEgpAACQGQAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJakVFAABIKQAAuBkAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SWxFRQAASCkAAOAZAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0ltRUUAAEgpAAAIGgAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJZkVFAABIKQAAMBoAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SWRFRQAASCkAAFgaAAADAAAABAAAAAQAAAAGAAAAg/miAERObgD8KRUA0VcnAN009QBi28AAPJmVAEGQQwBjUf4Au96rALdhxQA6biQA0k1CAEkG4AAJ6i4AHJLRAOsd/gApsRwA6D6nAPU1ggBEuy4AnOmEALQmcABBfl8A1pE5AFODOQCc9DkAi1+EACj5vQD4HzsA3v+XAA+YBQARL+8AClqLAG0fbQDPfjYACcsnAEZPtwCeZj8ALepfALondQDl68cAPXvxAPc5BwCSUooA+2vqAB+xXwAIXY0AMANWAHv8RgDwq2sAILzPADb0mgDjqR0AXmGRAAgb5gCFmWUAoBRfAI1AaACA2P8AJ3NNAAYGMQDKVhUAyahzAHviYABrjMAAGcRHAM1nwwAJ6NwAWYMqAIt2xACmHJYARK/dABlX0QClPgUABQf/ADN+PwDCMugAmE/eALt9MgAmPcMAHmvvAJ/4XgA1HzoAf/LKAPGHHQB8kCEAaiR8ANVu+gAwLXcAFTtDALUUxgDDGZ0ArcTCACxNQQAMAF0Ahn1GAONxLQCbxpoAM2IAALTSfAC0p5cAN1XVANc+9gCjEBgATXb8AGSdKgBw16sAY3z4AHqwVwAXFecAwElWADvW2QCnhDgAJCPLANaKdwBaVCMAAB+5APEKGwAZzt8AnzH/AGYeagCZV2EArPtHAH5/2AAiZbcAMuiJAOa/YADvxM0AbDYJAF0/1AAW3tcAWDveAN6bkgDSIigAKIboAOJYTQDGyjIACOMWAOB9ywAXwFAA8x2nABjgWwAuEzQAgxJiAINIAQD1jlsArbB/AB7p8gBISkMAEGfTAKrd2ACuX0IAamHOAAoopADTmbQABqbyAFx3fwCjwoMAYTyIAIpzeACvjFoAb9e9AC2mYwD0v8sAjYHvACbBZwBVykUAytk2ACio0gDCYY0AEsl3AAQmFAASRpsAxFnEAMjFRABNspEAABfzANRDrQApSeUA/dUQAAC+/AAelMwAcM7uABM+9QDs8YAAs+fDAMf4KACTBZQAwXE+AC4JswALRfMAiBKcAKsgewAutZ8AR5LCAHsyLwAMVW0AcqeQAGvnHwAxy5YAeRZKAEF54gD034kA6JSXAOLmhACZMZcAiO1rAF9fNgC7/Q4ASJq0AGekbABxckIAjV0yAJ8VuAC85QkAjTElAPd0OQAwBRwADQwBAEsIaAAs7lgAR6qQAHTnAgC91iQA932mAG5IcgCfFu8AjpSmALSR9gDRU1EAzwryACCYMwD1S34AsmNoAN0+XwBAXQMAhYl/AFVSKQA3ZMAAbdgQADJIMgBbTHUATnHUAEVUbgALCcEAKvVpABRm1QAnB50AXQRQALQ72wDqdsUAh/kXAElrfQAdJ7oAlmkpAMbMrACtFFQAkOJqAIjZiQAsclAABKS+AHcHlADzMHAAAPwnAOpxqABmwkkAZOA9AJfdgwCjP5cAQ5T9AA2GjAAxQd4AkjmdAN1wjAAXt+cACN87ABU3KwBcgKAAWoCTABARkgAP6NgAbICvANv/SwA4kA8AWRh2AGKlFQBhy7sAx4m5ABBAvQDS8gQASXUnAOu29gDbIrsAChSqAIkmLwBkg3YACTszAA6UGgBROqoAHaPCAK/trgBcJhIAbcJNAC16nADAVpcAAz+DAAnw9gArQIwAbTGZADm0BwAMIBUA2MNbAPWSxADGrUsATsqlAKc3zQDmqTYAq5KUAN1CaAAZY94AdozvAGiLUgD82zcArqGrAN8VMQAArqEADPvaAGRNZgDtBbcAKWUwAFdWvwBH/zoAavm5AHW+8wAok98Aq4AwAGaM9gAEyxUA+iIGANnkHQA9s6QAVxuPADbNCQBOQukAE76kADMjtQDwqhoAT2WoANLBpQALPw8AW3jNACP5dgB7iwQAiRdyAMamUwBvbuIA7+sAAJtKWADE2rcAqma6AHbPzwDRAh0AsfEtAIyZwQDDrXcAhkjaAPddoADGgPQArPAvAN3smgA/XLwA0N5tAJDHHwAq27YAoyU6AACvmgCtU5MAtlcEACkttABLgH4A2genAHaqDgB7WaEAFhIqANy3LQD65f0Aidv+AIm+/QDkdmwABqn8AD6AcACFbhUA/Yf/ACg+BwBhZzMAKhiGAE296gCz568Aj21uAJVnOQAxv1sAhNdIADDfFgDHLUMAJWE1AMlwzgAwy7gAv2z9AKQAogAFbOQAWt2gACFvRwBiEtIAuVyEAHBhSQBrVuAAmVIBAFBVNwAe1bcAM/HEABNuXwBdMOQAhS6pAB2ywwChMjYACLekAOqx1AAW9yEAj2nkACf/dwAMA4AAjUAtAE/NoAAgpZkAs6LTAC9dCgC0+UIAEdrLAH2+0ACb28EAqxe9AMqigQAIalwALlUXACcAVQB/FPAA4QeGABQLZACWQY0Ah77eANr9KgBrJbYAe4k0AAXz/gC5v54AaGpPAEoqqABPxFoALfi8ANdamAD0x5UADU2NACA6pgCkV18AFD+xAIA4lQDMIAEAcd2GAMnetgC/YPUATWURAAEHawCMsKwAssDQAFFVSAAe+w4AlXLDAKMGOwDAQDUABtx7AOBFzABOKfoA1srIAOjzQQB8ZN4Am2TYANm+MQCkl8MAd1jUAGnjxQDw2hMAujo8AEYYRgBVdV8A0r31AG6SxgCsLl0ADkTtABw+QgBhxIcAKf3pAOfW8wAifMoAb5E1AAjgxQD/140AbmriALD9xgCTCMEAfF10AGutsgDNbp0APnJ7AMYRagD3z6kAKXPfALXJugC3AFEA4rINAHS6JADlfWAAdNiKAA0VLACBGAwAfmaUAAEpFgCfenYA/f2+AFZF7wDZfjYA7NkTAIu6uQDEl/wAMagnAPFuwwCUxTYA2KhWALSotQDPzA4AEoktAG9XNAAsVokAmc7jANYguQBrXqoAPiqcABFfzAD9C0oA4fT7AI47bQDihiwA6dSEAPy0qQDv7tEALjXJAC85YQA4IUQAG9nIAIH8CgD7SmoALxzYAFO0hABOmYwAVCLMACpV3ADAxtYACxmWABpwuABplWQAJlpgAD9S7gB/EQ8A9LURAPzL9QA0vC0ANLzuAOhdzADdXmAAZ46bAJIz7wDJF7gAYVibAOFXvABRg8YA2D4QAN1xSAAtHN0ArxihACEsRgBZ89cA2XqYAJ5UwABPhvoAVgb8AOV5rgCJIjYAOK0iAGeT3ABV6KoAgiY4AMrnmwBRDaQAmTOxAKnXDgBpBUgAZbLwAH+IpwCITJcA+dE2ACGSswB7gkoAmM8hAECf3ADcR1UA4XQ6AGfrQgD+nd8AXtRfAHtnpAC6rHoAVfaiACuIIwBBulUAWW4IACEqhgA5R4MAiePmAOWe1ABJ+0AA/1bpABwPygDFWYoAlPorANPBxQAPxc8A21quAEfFhgCFQ2IAIYY7ACx5lAAQYYcAKkx7AIAsGgBDvxIAiCaQAHg8iQCoxOQA5dt7AMQ6wgAm9OoA92eKAA2SvwBloysAPZOxAL18CwCkUdwAJ91jAGnh3QCalBkAqCmVAGjOKAAJ7bQARJ8gAE6YygBwgmMAfnwjAA+5MgCn9Y4AFFbnACHxCAC1nSoAb35NAKUZUQC1+asAgt/WAJbdYQAWNgIAxDqfAIOioQBy7W0AOY16AIK4qQBrMlwARidbAAA07QDSAHcA/PRVAAFZTQDgcYAAQePKAAs/QPsh+T8AAAAALUR0PgAAAICYRvg8AAAAYFHMeDsAAACAgxvwOQAAAEAgJXo4AAAAgCKC4zYAAAAAHfNpNWAqAEGwywALQRkACgAZGRkAAAAABQAAAAAAAAkAAAAACwAAAAAAAAAAGQARChkZGQMKBwABAAkLGAAACQYLAAALAAYZAAAAGRkZAEGBzAALIQ4AAAAAAAAAABkACg0ZGRkADQAAAgAJDgAAAAkADgAADgBBu8wACwEMAEHHzAALFRMAAAAAEwAAAAAJDAAAAAAADAAADABB9cwACwEQAEGBzQALFQ8AAAAEDwAAAAAJEAAAAAAAEAAAEABBr80ACwESAEG7zQALHhEAAAAAEQAAAAAJEgAAAAAAEgAAEgAAGgAAABoaGgBB8s0ACw4aAAAAGhoaAAAAAAAACQBBo84ACwEUAEGvzgALFRcAAAAAFwAAAAAJFAAAAAAAFAAAFABB3c4ACwEWAEHpzgALzQUVAAAAABUAAAAACRYAAAAAABYAABYAADAxMjM0NTY3ODlBQkNERUZOMTBfX2N4eGFiaXYxMTZfX3NoaW1fdHlwZV9pbmZvRQAAAABwKQAAkCcAADAqAABOMTBfX2N4eGFiaXYxMTdfX2NsYXNzX3R5cGVfaW5mb0UAAABwKQAAwCcAALQnAAAAAAAANCgAACAAAAAhAAAAIgAAACMAAAAkAAAATjEwX19jeHhhYml2MTIzX19mdW5kYW1lbnRhbF90eXBlX2luZm9FAHApAAAMKAAAtCcAAHYAAAD4JwAAQCgAAGIAAAD4JwAATCgAAGMAAAD4JwAAWCgAAGgAAAD4JwAAZCgAAGEAAAD4JwAAcCgAAHMAAAD4JwAAfCgAAHQAAAD4JwAAiCgAAGkAAAD4JwAAlCgAAGoAAAD4JwAAoCgAAGwAAAD4JwAArCgAAG0AAAD4JwAAuCgAAHgAAAD4JwAAxCgAAHkAAAD4JwAA0CgAAGYAAAD4JwAA3CgAAGQAAAD4JwAA6CgAAAAAAAA0KQAAIAAAACUAAAAiAAAAIwAAACYAAABOMTBfX2N4eGFiaXYxMTZfX2VudW1fdHlwZV9pbmZvRQAAAABwKQAAECkAALQnAAAAAAAA5CcAACAAAAAnAAAAIgAAACMAAAAoAAAAKQAAACoAAAArAAAAAAAAALgpAAAgAAAALAAAACIAAAAjAAAAKAAAAC0AAAAuAAAALwAAAE4xMF9fY3h4YWJpdjEyMF9fc2lfY2xhc3NfdHlwZV9pbmZvRQAAAABwKQAAkCkAAOQnAAAAAAAAFCoAACAAAAAwAAAAIgAAACMAAAAoAAAAMQAAADIAAAAzAAAATjEwX19jeHhhYml2MTIxX192bWlfY2xhc3NfdHlwZV9pbmZvRQAAAHApAADsKQAA5CcAAFN0OXR5cGVfaW5mbwAAAABIKQAAICoAQbjUAAsp/////wCAO0cAgDtHAIA7RwAEAAAAAEBABQAAAAUAAAAGAAAAAAAAAAUAQezUAAsBGgBBhNUACwobAAAAHAAAAPkvAEGc1QALAQIAQazVAAsI//////////8AQfDVAAsBBQBB/NUACwEdAEGU1gALDhsAAAAeAAAACDAAAAAEAEGs1gALAQEAQbzWAAsF/////woAQYDXAAsDsDZQ";
        if (!isDataURI(wasmBinaryFile)) {
          wasmBinaryFile = locateFile(wasmBinaryFile);
        }
        function getBinary(file) {
          try {
            if (file == wasmBinaryFile && wasmBinary) {
              return new Uint8Array(wasmBinary);
            }
            var binary = tryParseAsDataURI(file);
            if (binary) {
              return binary;
            }
            if (readBinary) {
              return readBinary(file);
            } else {
              throw "both async and sync fetching of the wasm failed";
            }
          } catch (err2) {
            abort(err2);
          }
        }
        function getBinaryPromise() {
          if (!wasmBinary && (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER)) {
            if (typeof fetch === "function" && !isFileURI(wasmBinaryFile)) {
              return fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
                if (!response["ok"]) {
                  throw "failed to load wasm binary file at '" + wasmBinaryFile + "'";
                }
                return response["arrayBuffer"]();
              }).catch(function() {
                return getBinary(wasmBinaryFile);
              });
            } else {
              if (readAsync) {
                return new Promise(function(resolve, reject) {
                  readAsync(wasmBinaryFile, function(response) {
                    resolve(new Uint8Array(response));
                  }, reject);
                });
              }
            }
          }
          return Promise.resolve().then(function() {
            return getBinary(wasmBinaryFile);
          });
        }
        function createWasm() {
          var info = { "a": asmLibraryArg };
          function receiveInstance(instance, module2) {
            var exports3 = instance.exports;
            Module["asm"] = exports3;
            wasmMemory = Module["asm"]["A"];
            updateGlobalBufferAndViews(wasmMemory.buffer);
            wasmTable = Module["asm"]["C"];
            addOnInit(Module["asm"]["B"]);
            removeRunDependency("wasm-instantiate");
          }
          addRunDependency("wasm-instantiate");
          function receiveInstantiationResult(result) {
            receiveInstance(result["instance"]);
          }
          function instantiateArrayBuffer(receiver) {
            return getBinaryPromise().then(function(binary) {
              return WebAssembly.instantiate(binary, info);
            }).then(function(instance) {
              return instance;
            }).then(receiver, function(reason) {
              err("failed to asynchronously prepare wasm: " + reason);
              abort(reason);
            });
          }
          function instantiateAsync() {
            if (!wasmBinary && typeof WebAssembly.instantiateStreaming === "function" && !isDataURI(wasmBinaryFile) && !isFileURI(wasmBinaryFile) && typeof fetch === "function") {
              return fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
                var result = WebAssembly.instantiateStreaming(response, info);
                return result.then(receiveInstantiationResult, function(reason) {
                  err("wasm streaming compile failed: " + reason);
                  err("falling back to ArrayBuffer instantiation");
                  return instantiateArrayBuffer(receiveInstantiationResult);
                });
              });
            } else {
              return instantiateArrayBuffer(receiveInstantiationResult);
            }
          }
          if (Module["instantiateWasm"]) {
            try {
              var exports2 = Module["instantiateWasm"](info, receiveInstance);
              return exports2;
            } catch (e) {
              err("Module.instantiateWasm callback failed with error: " + e);
              return false;
            }
          }
          instantiateAsync().catch(readyPromiseReject);
          return {};
        }
        function callRuntimeCallbacks(callbacks) {
          while (callbacks.length > 0) {
            var callback = callbacks.shift();
            if (typeof callback == "function") {
              callback(Module);
              continue;
            }
            var func = callback.func;
            if (typeof func === "number") {
              if (callback.arg === void 0) {
                getWasmTableEntry(func)();
              } else {
                getWasmTableEntry(func)(callback.arg);
              }
            } else {
              func(callback.arg === void 0 ? null : callback.arg);
            }
          }
        }
        var wasmTableMirror = [];
        function getWasmTableEntry(funcPtr) {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        }
        var structRegistrations = {};
        function runDestructors(destructors) {
          while (destructors.length) {
            var ptr = destructors.pop();
            var del = destructors.pop();
            del(ptr);
          }
        }
        function simpleReadValueFromPointer(pointer) {
          return this["fromWireType"](HEAPU32[pointer >> 2]);
        }
        var awaitingDependencies = {};
        var registeredTypes = {};
        var typeDependencies = {};
        var char_0 = 48;
        var char_9 = 57;
        function makeLegalFunctionName(name) {
          if (void 0 === name) {
            return "_unknown";
          }
          name = name.replace(/[^a-zA-Z0-9_]/g, "$");
          var f = name.charCodeAt(0);
          if (f >= char_0 && f <= char_9) {
            return "_" + name;
          } else {
            return name;
          }
        }
        function createNamedFunction(name, body) {
          name = makeLegalFunctionName(name);
          return new Function("body", "return function " + name + '() {\n    "use strict";    return body.apply(this, arguments);\n};\n')(body);
        }
        function extendError(baseErrorType, errorName) {
          var errorClass = createNamedFunction(errorName, function(message) {
            this.name = errorName;
            this.message = message;
            var stack = new Error(message).stack;
            if (stack !== void 0) {
              this.stack = this.toString() + "\n" + stack.replace(/^Error(:[^\n]*)?\n/, "");
            }
          });
          errorClass.prototype = Object.create(baseErrorType.prototype);
          errorClass.prototype.constructor = errorClass;
          errorClass.prototype.toString = function() {
            if (this.message === void 0) {
              return this.name;
            } else {
              return this.name + ": " + this.message;
            }
          };
          return errorClass;
        }
        var InternalError = void 0;
        function throwInternalError(message) {
          throw new InternalError(message);
        }
        function whenDependentTypesAreResolved(myTypes, dependentTypes, getTypeConverters) {
          myTypes.forEach(function(type) {
            typeDependencies[type] = dependentTypes;
          });
          function onComplete(typeConverters2) {
            var myTypeConverters = getTypeConverters(typeConverters2);
            if (myTypeConverters.length !== myTypes.length) {
              throwInternalError("Mismatched type converter count");
            }
            for (var i = 0; i < myTypes.length; ++i) {
              registerType(myTypes[i], myTypeConverters[i]);
            }
          }
          var typeConverters = new Array(dependentTypes.length);
          var unregisteredTypes = [];
          var registered = 0;
          dependentTypes.forEach(function(dt, i) {
            if (registeredTypes.hasOwnProperty(dt)) {
              typeConverters[i] = registeredTypes[dt];
            } else {
              unregisteredTypes.push(dt);
              if (!awaitingDependencies.hasOwnProperty(dt)) {
                awaitingDependencies[dt] = [];
              }
              awaitingDependencies[dt].push(function() {
                typeConverters[i] = registeredTypes[dt];
                ++registered;
                if (registered === unregisteredTypes.length) {
                  onComplete(typeConverters);
                }
              });
            }
          });
          if (0 === unregisteredTypes.length) {
            onComplete(typeConverters);
          }
        }
        function __embind_finalize_value_object(structType) {
          var reg = structRegistrations[structType];
          delete structRegistrations[structType];
          var rawConstructor = reg.rawConstructor;
          var rawDestructor = reg.rawDestructor;
          var fieldRecords = reg.fields;
          var fieldTypes = fieldRecords.map(function(field) {
            return field.getterReturnType;
          }).concat(fieldRecords.map(function(field) {
            return field.setterArgumentType;
          }));
          whenDependentTypesAreResolved([structType], fieldTypes, function(fieldTypes2) {
            var fields = {};
            fieldRecords.forEach(function(field, i) {
              var fieldName = field.fieldName;
              var getterReturnType = fieldTypes2[i];
              var getter = field.getter;
              var getterContext = field.getterContext;
              var setterArgumentType = fieldTypes2[i + fieldRecords.length];
              var setter = field.setter;
              var setterContext = field.setterContext;
              fields[fieldName] = { read: function(ptr) {
                return getterReturnType["fromWireType"](getter(getterContext, ptr));
              }, write: function(ptr, o) {
                var destructors = [];
                setter(setterContext, ptr, setterArgumentType["toWireType"](destructors, o));
                runDestructors(destructors);
              } };
            });
            return [{ name: reg.name, "fromWireType": function(ptr) {
              var rv = {};
              for (var i in fields) {
                rv[i] = fields[i].read(ptr);
              }
              rawDestructor(ptr);
              return rv;
            }, "toWireType": function(destructors, o) {
              for (var fieldName in fields) {
                if (!(fieldName in o)) {
                  throw new TypeError('Missing field:  "' + fieldName + '"');
                }
              }
              var ptr = rawConstructor();
              for (fieldName in fields) {
                fields[fieldName].write(ptr, o[fieldName]);
              }
              if (destructors !== null) {
                destructors.push(rawDestructor, ptr);
              }
              return ptr;
            }, "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: rawDestructor }];
          });
        }
        function __embind_register_bigint(primitiveType, name, size, minRange, maxRange) {
        }
        function getShiftFromSize(size) {
          switch (size) {
            case 1:
              return 0;
            case 2:
              return 1;
            case 4:
              return 2;
            case 8:
              return 3;
            default:
              throw new TypeError("Unknown type size: " + size);
          }
        }
        function embind_init_charCodes() {
          var codes = new Array(256);
          for (var i = 0; i < 256; ++i) {
            codes[i] = String.fromCharCode(i);
          }
          embind_charCodes = codes;
        }
        var embind_charCodes = void 0;
        function readLatin1String(ptr) {
          var ret = "";
          var c = ptr;
          while (HEAPU8[c]) {
            ret += embind_charCodes[HEAPU8[c++]];
          }
          return ret;
        }
        var BindingError = void 0;
        function throwBindingError(message) {
          throw new BindingError(message);
        }
        function registerType(rawType, registeredInstance, options = {}) {
          if (!("argPackAdvance" in registeredInstance)) {
            throw new TypeError("registerType registeredInstance requires argPackAdvance");
          }
          var name = registeredInstance.name;
          if (!rawType) {
            throwBindingError('type "' + name + '" must have a positive integer typeid pointer');
          }
          if (registeredTypes.hasOwnProperty(rawType)) {
            if (options.ignoreDuplicateRegistrations) {
              return;
            } else {
              throwBindingError("Cannot register type '" + name + "' twice");
            }
          }
          registeredTypes[rawType] = registeredInstance;
          delete typeDependencies[rawType];
          if (awaitingDependencies.hasOwnProperty(rawType)) {
            var callbacks = awaitingDependencies[rawType];
            delete awaitingDependencies[rawType];
            callbacks.forEach(function(cb) {
              cb();
            });
          }
        }
        function __embind_register_bool(rawType, name, size, trueValue, falseValue) {
          var shift = getShiftFromSize(size);
          name = readLatin1String(name);
          registerType(rawType, { name, "fromWireType": function(wt) {
            return !!wt;
          }, "toWireType": function(destructors, o) {
            return o ? trueValue : falseValue;
          }, "argPackAdvance": 8, "readValueFromPointer": function(pointer) {
            var heap;
            if (size === 1) {
              heap = HEAP8;
            } else if (size === 2) {
              heap = HEAP16;
            } else if (size === 4) {
              heap = HEAP32;
            } else {
              throw new TypeError("Unknown boolean type size: " + name);
            }
            return this["fromWireType"](heap[pointer >> shift]);
          }, destructorFunction: null });
        }
        function __embind_register_constant(name, type, value) {
          name = readLatin1String(name);
          whenDependentTypesAreResolved([], [type], function(type2) {
            type2 = type2[0];
            Module[name] = type2["fromWireType"](value);
            return [];
          });
        }
        var emval_free_list = [];
        var emval_handle_array = [{}, { value: void 0 }, { value: null }, { value: true }, { value: false }];
        function __emval_decref(handle) {
          if (handle > 4 && 0 === --emval_handle_array[handle].refcount) {
            emval_handle_array[handle] = void 0;
            emval_free_list.push(handle);
          }
        }
        function count_emval_handles() {
          var count = 0;
          for (var i = 5; i < emval_handle_array.length; ++i) {
            if (emval_handle_array[i] !== void 0) {
              ++count;
            }
          }
          return count;
        }
        function get_first_emval() {
          for (var i = 5; i < emval_handle_array.length; ++i) {
            if (emval_handle_array[i] !== void 0) {
              return emval_handle_array[i];
            }
          }
          return null;
        }
        function init_emval() {
          Module["count_emval_handles"] = count_emval_handles;
          Module["get_first_emval"] = get_first_emval;
        }
        var Emval = { toValue: function(handle) {
          if (!handle) {
            throwBindingError("Cannot use deleted val. handle = " + handle);
          }
          return emval_handle_array[handle].value;
        }, toHandle: function(value) {
          switch (value) {
            case void 0: {
              return 1;
            }
            case null: {
              return 2;
            }
            case true: {
              return 3;
            }
            case false: {
              return 4;
            }
            default: {
              var handle = emval_free_list.length ? emval_free_list.pop() : emval_handle_array.length;
              emval_handle_array[handle] = { refcount: 1, value };
              return handle;
            }
          }
        } };
        function __embind_register_emval(rawType, name) {
          name = readLatin1String(name);
          registerType(rawType, { name, "fromWireType": function(handle) {
            var rv = Emval.toValue(handle);
            __emval_decref(handle);
            return rv;
          }, "toWireType": function(destructors, value) {
            return Emval.toHandle(value);
          }, "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: null });
        }
        function ensureOverloadTable(proto, methodName, humanName) {
          if (void 0 === proto[methodName].overloadTable) {
            var prevFunc = proto[methodName];
            proto[methodName] = function() {
              if (!proto[methodName].overloadTable.hasOwnProperty(arguments.length)) {
                throwBindingError("Function '" + humanName + "' called with an invalid number of arguments (" + arguments.length + ") - expects one of (" + proto[methodName].overloadTable + ")!");
              }
              return proto[methodName].overloadTable[arguments.length].apply(this, arguments);
            };
            proto[methodName].overloadTable = [];
            proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
          }
        }
        function exposePublicSymbol(name, value, numArguments) {
          if (Module.hasOwnProperty(name)) {
            if (void 0 === numArguments || void 0 !== Module[name].overloadTable && void 0 !== Module[name].overloadTable[numArguments]) {
              throwBindingError("Cannot register public name '" + name + "' twice");
            }
            ensureOverloadTable(Module, name, name);
            if (Module.hasOwnProperty(numArguments)) {
              throwBindingError("Cannot register multiple overloads of a function with the same number of arguments (" + numArguments + ")!");
            }
            Module[name].overloadTable[numArguments] = value;
          } else {
            Module[name] = value;
            if (void 0 !== numArguments) {
              Module[name].numArguments = numArguments;
            }
          }
        }
        function enumReadValueFromPointer(name, shift, signed) {
          switch (shift) {
            case 0:
              return function(pointer) {
                var heap = signed ? HEAP8 : HEAPU8;
                return this["fromWireType"](heap[pointer]);
              };
            case 1:
              return function(pointer) {
                var heap = signed ? HEAP16 : HEAPU16;
                return this["fromWireType"](heap[pointer >> 1]);
              };
            case 2:
              return function(pointer) {
                var heap = signed ? HEAP32 : HEAPU32;
                return this["fromWireType"](heap[pointer >> 2]);
              };
            default:
              throw new TypeError("Unknown integer type: " + name);
          }
        }
        function __embind_register_enum(rawType, name, size, isSigned) {
          var shift = getShiftFromSize(size);
          name = readLatin1String(name);
          function ctor() {
          }
          ctor.values = {};
          registerType(rawType, { name, constructor: ctor, "fromWireType": function(c) {
            return this.constructor.values[c];
          }, "toWireType": function(destructors, c) {
            return c.value;
          }, "argPackAdvance": 8, "readValueFromPointer": enumReadValueFromPointer(name, shift, isSigned), destructorFunction: null });
          exposePublicSymbol(name, ctor);
        }
        function getTypeName(type) {
          var ptr = ___getTypeName(type);
          var rv = readLatin1String(ptr);
          _free(ptr);
          return rv;
        }
        function requireRegisteredType(rawType, humanName) {
          var impl = registeredTypes[rawType];
          if (void 0 === impl) {
            throwBindingError(humanName + " has unknown type " + getTypeName(rawType));
          }
          return impl;
        }
        function __embind_register_enum_value(rawEnumType, name, enumValue) {
          var enumType = requireRegisteredType(rawEnumType, "enum");
          name = readLatin1String(name);
          var Enum = enumType.constructor;
          var Value = Object.create(enumType.constructor.prototype, { value: { value: enumValue }, constructor: { value: createNamedFunction(enumType.name + "_" + name, function() {
          }) } });
          Enum.values[enumValue] = Value;
          Enum[name] = Value;
        }
        function floatReadValueFromPointer(name, shift) {
          switch (shift) {
            case 2:
              return function(pointer) {
                return this["fromWireType"](HEAPF32[pointer >> 2]);
              };
            case 3:
              return function(pointer) {
                return this["fromWireType"](HEAPF64[pointer >> 3]);
              };
            default:
              throw new TypeError("Unknown float type: " + name);
          }
        }
        function __embind_register_float(rawType, name, size) {
          var shift = getShiftFromSize(size);
          name = readLatin1String(name);
          registerType(rawType, { name, "fromWireType": function(value) {
            return value;
          }, "toWireType": function(destructors, value) {
            return value;
          }, "argPackAdvance": 8, "readValueFromPointer": floatReadValueFromPointer(name, shift), destructorFunction: null });
        }
        function new_(constructor, argumentList) {
          if (!(constructor instanceof Function)) {
            throw new TypeError("new_ called with constructor type " + typeof constructor + " which is not a function");
          }
          var dummy = createNamedFunction(constructor.name || "unknownFunctionName", function() {
          });
          dummy.prototype = constructor.prototype;
          var obj = new dummy();
          var r = constructor.apply(obj, argumentList);
          return r instanceof Object ? r : obj;
        }
        function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc) {
          var argCount = argTypes.length;
          if (argCount < 2) {
            throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
          }
          var isClassMethodFunc = argTypes[1] !== null && classType !== null;
          var needsDestructorStack = false;
          for (var i = 1; i < argTypes.length; ++i) {
            if (argTypes[i] !== null && argTypes[i].destructorFunction === void 0) {
              needsDestructorStack = true;
              break;
            }
          }
          var returns = argTypes[0].name !== "void";
          var argsList = "";
          var argsListWired = "";
          for (var i = 0; i < argCount - 2; ++i) {
            argsList += (i !== 0 ? ", " : "") + "arg" + i;
            argsListWired += (i !== 0 ? ", " : "") + "arg" + i + "Wired";
          }
          var invokerFnBody = "return function " + makeLegalFunctionName(humanName) + "(" + argsList + ") {\nif (arguments.length !== " + (argCount - 2) + ") {\nthrowBindingError('function " + humanName + " called with ' + arguments.length + ' arguments, expected " + (argCount - 2) + " args!');\n}\n";
          if (needsDestructorStack) {
            invokerFnBody += "var destructors = [];\n";
          }
          var dtorStack = needsDestructorStack ? "destructors" : "null";
          var args1 = ["throwBindingError", "invoker", "fn", "runDestructors", "retType", "classParam"];
          var args2 = [throwBindingError, cppInvokerFunc, cppTargetFunc, runDestructors, argTypes[0], argTypes[1]];
          if (isClassMethodFunc) {
            invokerFnBody += "var thisWired = classParam.toWireType(" + dtorStack + ", this);\n";
          }
          for (var i = 0; i < argCount - 2; ++i) {
            invokerFnBody += "var arg" + i + "Wired = argType" + i + ".toWireType(" + dtorStack + ", arg" + i + "); // " + argTypes[i + 2].name + "\n";
            args1.push("argType" + i);
            args2.push(argTypes[i + 2]);
          }
          if (isClassMethodFunc) {
            argsListWired = "thisWired" + (argsListWired.length > 0 ? ", " : "") + argsListWired;
          }
          invokerFnBody += (returns ? "var rv = " : "") + "invoker(fn" + (argsListWired.length > 0 ? ", " : "") + argsListWired + ");\n";
          if (needsDestructorStack) {
            invokerFnBody += "runDestructors(destructors);\n";
          } else {
            for (var i = isClassMethodFunc ? 1 : 2; i < argTypes.length; ++i) {
              var paramName = i === 1 ? "thisWired" : "arg" + (i - 2) + "Wired";
              if (argTypes[i].destructorFunction !== null) {
                invokerFnBody += paramName + "_dtor(" + paramName + "); // " + argTypes[i].name + "\n";
                args1.push(paramName + "_dtor");
                args2.push(argTypes[i].destructorFunction);
              }
            }
          }
          if (returns) {
            invokerFnBody += "var ret = retType.fromWireType(rv);\nreturn ret;\n";
          } else {
          }
          invokerFnBody += "}\n";
          args1.push(invokerFnBody);
          var invokerFunction = new_(Function, args1).apply(null, args2);
          return invokerFunction;
        }
        function heap32VectorToArray(count, firstElement) {
          var array = [];
          for (var i = 0; i < count; i++) {
            array.push(HEAP32[(firstElement >> 2) + i]);
          }
          return array;
        }
        function replacePublicSymbol(name, value, numArguments) {
          if (!Module.hasOwnProperty(name)) {
            throwInternalError("Replacing nonexistant public symbol");
          }
          if (void 0 !== Module[name].overloadTable && void 0 !== numArguments) {
            Module[name].overloadTable[numArguments] = value;
          } else {
            Module[name] = value;
            Module[name].argCount = numArguments;
          }
        }
        function dynCallLegacy(sig, ptr, args) {
          var f = Module["dynCall_" + sig];
          return args && args.length ? f.apply(null, [ptr].concat(args)) : f.call(null, ptr);
        }
        function dynCall(sig, ptr, args) {
          if (sig.includes("j")) {
            return dynCallLegacy(sig, ptr, args);
          }
          return getWasmTableEntry(ptr).apply(null, args);
        }
        function getDynCaller(sig, ptr) {
          var argCache = [];
          return function() {
            argCache.length = arguments.length;
            for (var i = 0; i < arguments.length; i++) {
              argCache[i] = arguments[i];
            }
            return dynCall(sig, ptr, argCache);
          };
        }
        function embind__requireFunction(signature, rawFunction) {
          signature = readLatin1String(signature);
          function makeDynCaller() {
            if (signature.includes("j")) {
              return getDynCaller(signature, rawFunction);
            }
            return getWasmTableEntry(rawFunction);
          }
          var fp = makeDynCaller();
          if (typeof fp !== "function") {
            throwBindingError("unknown function pointer with signature " + signature + ": " + rawFunction);
          }
          return fp;
        }
        var UnboundTypeError = void 0;
        function throwUnboundTypeError(message, types) {
          var unboundTypes = [];
          var seen = {};
          function visit(type) {
            if (seen[type]) {
              return;
            }
            if (registeredTypes[type]) {
              return;
            }
            if (typeDependencies[type]) {
              typeDependencies[type].forEach(visit);
              return;
            }
            unboundTypes.push(type);
            seen[type] = true;
          }
          types.forEach(visit);
          throw new UnboundTypeError(message + ": " + unboundTypes.map(getTypeName).join([", "]));
        }
        function __embind_register_function(name, argCount, rawArgTypesAddr, signature, rawInvoker, fn) {
          var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
          name = readLatin1String(name);
          rawInvoker = embind__requireFunction(signature, rawInvoker);
          exposePublicSymbol(name, function() {
            throwUnboundTypeError("Cannot call " + name + " due to unbound types", argTypes);
          }, argCount - 1);
          whenDependentTypesAreResolved([], argTypes, function(argTypes2) {
            var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
            replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn), argCount - 1);
            return [];
          });
        }
        function integerReadValueFromPointer(name, shift, signed) {
          switch (shift) {
            case 0:
              return signed ? function readS8FromPointer(pointer) {
                return HEAP8[pointer];
              } : function readU8FromPointer(pointer) {
                return HEAPU8[pointer];
              };
            case 1:
              return signed ? function readS16FromPointer(pointer) {
                return HEAP16[pointer >> 1];
              } : function readU16FromPointer(pointer) {
                return HEAPU16[pointer >> 1];
              };
            case 2:
              return signed ? function readS32FromPointer(pointer) {
                return HEAP32[pointer >> 2];
              } : function readU32FromPointer(pointer) {
                return HEAPU32[pointer >> 2];
              };
            default:
              throw new TypeError("Unknown integer type: " + name);
          }
        }
        function __embind_register_integer(primitiveType, name, size, minRange, maxRange) {
          name = readLatin1String(name);
          if (maxRange === -1) {
            maxRange = 4294967295;
          }
          var shift = getShiftFromSize(size);
          var fromWireType = (value) => value;
          if (minRange === 0) {
            var bitshift = 32 - 8 * size;
            fromWireType = ((value) => value << bitshift >>> bitshift);
          }
          var isUnsignedType = name.includes("unsigned");
          var checkAssertions = (value, toTypeName) => {
          };
          var toWireType;
          if (isUnsignedType) {
            toWireType = function(destructors, value) {
              checkAssertions(value, this.name);
              return value >>> 0;
            };
          } else {
            toWireType = function(destructors, value) {
              checkAssertions(value, this.name);
              return value;
            };
          }
          registerType(primitiveType, { name, "fromWireType": fromWireType, "toWireType": toWireType, "argPackAdvance": 8, "readValueFromPointer": integerReadValueFromPointer(name, shift, minRange !== 0), destructorFunction: null });
        }
        function __embind_register_memory_view(rawType, dataTypeIndex, name) {
          var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
          var TA = typeMapping[dataTypeIndex];
          function decodeMemoryView(handle) {
            handle = handle >> 2;
            var heap = HEAPU32;
            var size = heap[handle];
            var data = heap[handle + 1];
            return new TA(buffer, data, size);
          }
          name = readLatin1String(name);
          registerType(rawType, { name, "fromWireType": decodeMemoryView, "argPackAdvance": 8, "readValueFromPointer": decodeMemoryView }, { ignoreDuplicateRegistrations: true });
        }
        function __embind_register_std_string(rawType, name) {
          name = readLatin1String(name);
          var stdStringIsUTF8 = name === "std::string";
          registerType(rawType, { name, "fromWireType": function(value) {
            var length = HEAPU32[value >> 2];
            var str;
            if (stdStringIsUTF8) {
              var decodeStartPtr = value + 4;
              for (var i = 0; i <= length; ++i) {
                var currentBytePtr = value + 4 + i;
                if (i == length || HEAPU8[currentBytePtr] == 0) {
                  var maxRead = currentBytePtr - decodeStartPtr;
                  var stringSegment = UTF8ToString(decodeStartPtr, maxRead);
                  if (str === void 0) {
                    str = stringSegment;
                  } else {
                    str += String.fromCharCode(0);
                    str += stringSegment;
                  }
                  decodeStartPtr = currentBytePtr + 1;
                }
              }
            } else {
              var a = new Array(length);
              for (var i = 0; i < length; ++i) {
                a[i] = String.fromCharCode(HEAPU8[value + 4 + i]);
              }
              str = a.join("");
            }
            _free(value);
            return str;
          }, "toWireType": function(destructors, value) {
            if (value instanceof ArrayBuffer) {
              value = new Uint8Array(value);
            }
            var getLength;
            var valueIsOfTypeString = typeof value === "string";
            if (!(valueIsOfTypeString || value instanceof Uint8Array || value instanceof Uint8ClampedArray || value instanceof Int8Array)) {
              throwBindingError("Cannot pass non-string to std::string");
            }
            if (stdStringIsUTF8 && valueIsOfTypeString) {
              getLength = (() => lengthBytesUTF8(value));
            } else {
              getLength = (() => value.length);
            }
            var length = getLength();
            var ptr = _malloc(4 + length + 1);
            HEAPU32[ptr >> 2] = length;
            if (stdStringIsUTF8 && valueIsOfTypeString) {
              stringToUTF8(value, ptr + 4, length + 1);
            } else {
              if (valueIsOfTypeString) {
                for (var i = 0; i < length; ++i) {
                  var charCode = value.charCodeAt(i);
                  if (charCode > 255) {
                    _free(ptr);
                    throwBindingError("String has UTF-16 code units that do not fit in 8 bits");
                  }
                  HEAPU8[ptr + 4 + i] = charCode;
                }
              } else {
                for (var i = 0; i < length; ++i) {
                  HEAPU8[ptr + 4 + i] = value[i];
                }
              }
            }
            if (destructors !== null) {
              destructors.push(_free, ptr);
            }
            return ptr;
          }, "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: function(ptr) {
            _free(ptr);
          } });
        }
        function __embind_register_std_wstring(rawType, charSize, name) {
          name = readLatin1String(name);
          var decodeString, encodeString, getHeap, lengthBytesUTF, shift;
          if (charSize === 2) {
            decodeString = UTF16ToString;
            encodeString = stringToUTF16;
            lengthBytesUTF = lengthBytesUTF16;
            getHeap = (() => HEAPU16);
            shift = 1;
          } else if (charSize === 4) {
            decodeString = UTF32ToString;
            encodeString = stringToUTF32;
            lengthBytesUTF = lengthBytesUTF32;
            getHeap = (() => HEAPU32);
            shift = 2;
          }
          registerType(rawType, { name, "fromWireType": function(value) {
            var length = HEAPU32[value >> 2];
            var HEAP = getHeap();
            var str;
            var decodeStartPtr = value + 4;
            for (var i = 0; i <= length; ++i) {
              var currentBytePtr = value + 4 + i * charSize;
              if (i == length || HEAP[currentBytePtr >> shift] == 0) {
                var maxReadBytes = currentBytePtr - decodeStartPtr;
                var stringSegment = decodeString(decodeStartPtr, maxReadBytes);
                if (str === void 0) {
                  str = stringSegment;
                } else {
                  str += String.fromCharCode(0);
                  str += stringSegment;
                }
                decodeStartPtr = currentBytePtr + charSize;
              }
            }
            _free(value);
            return str;
          }, "toWireType": function(destructors, value) {
            if (!(typeof value === "string")) {
              throwBindingError("Cannot pass non-string to C++ string type " + name);
            }
            var length = lengthBytesUTF(value);
            var ptr = _malloc(4 + length + charSize);
            HEAPU32[ptr >> 2] = length >> shift;
            encodeString(value, ptr + 4, length + charSize);
            if (destructors !== null) {
              destructors.push(_free, ptr);
            }
            return ptr;
          }, "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: function(ptr) {
            _free(ptr);
          } });
        }
        function __embind_register_value_object(rawType, name, constructorSignature, rawConstructor, destructorSignature, rawDestructor) {
          structRegistrations[rawType] = { name: readLatin1String(name), rawConstructor: embind__requireFunction(constructorSignature, rawConstructor), rawDestructor: embind__requireFunction(destructorSignature, rawDestructor), fields: [] };
        }
        function __embind_register_value_object_field(structType, fieldName, getterReturnType, getterSignature, getter, getterContext, setterArgumentType, setterSignature, setter, setterContext) {
          structRegistrations[structType].fields.push({ fieldName: readLatin1String(fieldName), getterReturnType, getter: embind__requireFunction(getterSignature, getter), getterContext, setterArgumentType, setter: embind__requireFunction(setterSignature, setter), setterContext });
        }
        function __embind_register_void(rawType, name) {
          name = readLatin1String(name);
          registerType(rawType, { isVoid: true, name, "argPackAdvance": 0, "fromWireType": function() {
            return void 0;
          }, "toWireType": function(destructors, o) {
            return void 0;
          } });
        }
        function __emval_incref(handle) {
          if (handle > 4) {
            emval_handle_array[handle].refcount += 1;
          }
        }
        function __emval_take_value(type, argv) {
          type = requireRegisteredType(type, "_emval_take_value");
          var v = type["readValueFromPointer"](argv);
          return Emval.toHandle(v);
        }
        function _abort() {
          abort("");
        }
        function _emscripten_memcpy_big(dest, src, num) {
          HEAPU8.copyWithin(dest, src, src + num);
        }
        function emscripten_realloc_buffer(size) {
          try {
            wasmMemory.grow(size - buffer.byteLength + 65535 >>> 16);
            updateGlobalBufferAndViews(wasmMemory.buffer);
            return 1;
          } catch (e) {
          }
        }
        function _emscripten_resize_heap(requestedSize) {
          var oldSize = HEAPU8.length;
          requestedSize = requestedSize >>> 0;
          var maxHeapSize = 2147483648;
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignUp(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = emscripten_realloc_buffer(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        }
        var SYSCALLS = { mappings: {}, buffers: [null, [], []], printChar: function(stream, curr) {
          var buffer2 = SYSCALLS.buffers[stream];
          if (curr === 0 || curr === 10) {
            (stream === 1 ? out : err)(UTF8ArrayToString(buffer2, 0));
            buffer2.length = 0;
          } else {
            buffer2.push(curr);
          }
        }, varargs: void 0, get: function() {
          SYSCALLS.varargs += 4;
          var ret = HEAP32[SYSCALLS.varargs - 4 >> 2];
          return ret;
        }, getStr: function(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        }, get64: function(low, high) {
          return low;
        } };
        function _fd_close(fd) {
          return 0;
        }
        function _fd_seek(fd, offset_low, offset_high, whence, newOffset) {
        }
        function _fd_write(fd, iov, iovcnt, pnum) {
          var num = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAP32[iov >> 2];
            var len = HEAP32[iov + 4 >> 2];
            iov += 8;
            for (var j = 0; j < len; j++) {
              SYSCALLS.printChar(fd, HEAPU8[ptr + j]);
            }
            num += len;
          }
          HEAP32[pnum >> 2] = num;
          return 0;
        }
        function _setTempRet0(val) {
          setTempRet0(val);
        }
        InternalError = Module["InternalError"] = extendError(Error, "InternalError");
        embind_init_charCodes();
        BindingError = Module["BindingError"] = extendError(Error, "BindingError");
        init_emval();
        UnboundTypeError = Module["UnboundTypeError"] = extendError(Error, "UnboundTypeError");
        var ASSERTIONS = false;
        function intArrayToString(array) {
          var ret = [];
          for (var i = 0; i < array.length; i++) {
            var chr = array[i];
            if (chr > 255) {
              if (ASSERTIONS) {
                assert(false, "Character code " + chr + " (" + String.fromCharCode(chr) + ")  at offset " + i + " not in 0x00-0xFF.");
              }
              chr &= 255;
            }
            ret.push(String.fromCharCode(chr));
          }
          return ret.join("");
        }
        var decodeBase64 = typeof atob === "function" ? atob : function(input) {
          var keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
          var output = "";
          var chr1, chr2, chr3;
          var enc1, enc2, enc3, enc4;
          var i = 0;
          input = input.replace(/[^A-Za-z0-9\+\/\=]/g, "");
          do {
            enc1 = keyStr.indexOf(input.charAt(i++));
            enc2 = keyStr.indexOf(input.charAt(i++));
            enc3 = keyStr.indexOf(input.charAt(i++));
            enc4 = keyStr.indexOf(input.charAt(i++));
            chr1 = enc1 << 2 | enc2 >> 4;
            chr2 = (enc2 & 15) << 4 | enc3 >> 2;
            chr3 = (enc3 & 3) << 6 | enc4;
            output = output + String.fromCharCode(chr1);
            if (enc3 !== 64) {
              output = output + String.fromCharCode(chr2);
            }
            if (enc4 !== 64) {
              output = output + String.fromCharCode(chr3);
            }
          } while (i < input.length);
          return output;
        };
        function intArrayFromBase64(s) {
          if (typeof ENVIRONMENT_IS_NODE === "boolean" && ENVIRONMENT_IS_NODE) {
            var buf = Buffer.from(s, "base64");
            return new Uint8Array(buf["buffer"], buf["byteOffset"], buf["byteLength"]);
          }
          try {
            var decoded = decodeBase64(s);
            var bytes = new Uint8Array(decoded.length);
            for (var i = 0; i < decoded.length; ++i) {
              bytes[i] = decoded.charCodeAt(i);
            }
            return bytes;
          } catch (_) {
            throw new Error("Converting base64 string to bytes failed.");
          }
        }
        function tryParseAsDataURI(filename) {
          if (!isDataURI(filename)) {
            return;
          }
          return intArrayFromBase64(filename.slice(dataURIPrefix.length));
        }
        var asmLibraryArg = { "p": __embind_finalize_value_object, "s": __embind_register_bigint, "y": __embind_register_bool, "f": __embind_register_constant, "x": __embind_register_emval, "o": __embind_register_enum, "a": __embind_register_enum_value, "n": __embind_register_float, "c": __embind_register_function, "e": __embind_register_integer, "b": __embind_register_memory_view, "m": __embind_register_std_string, "i": __embind_register_std_wstring, "q": __embind_register_value_object, "d": __embind_register_value_object_field, "z": __embind_register_void, "j": __emval_decref, "k": __emval_incref, "g": __emval_take_value, "h": _abort, "w": _emscripten_memcpy_big, "u": _emscripten_resize_heap, "v": _fd_close, "r": _fd_seek, "l": _fd_write, "t": _setTempRet0 };
        var asm = createWasm();
        var ___wasm_call_ctors = Module["___wasm_call_ctors"] = function() {
          return (___wasm_call_ctors = Module["___wasm_call_ctors"] = Module["asm"]["B"]).apply(null, arguments);
        };
        var _free = Module["_free"] = function() {
          return (_free = Module["_free"] = Module["asm"]["D"]).apply(null, arguments);
        };
        var _malloc = Module["_malloc"] = function() {
          return (_malloc = Module["_malloc"] = Module["asm"]["E"]).apply(null, arguments);
        };
        var ___getTypeName = Module["___getTypeName"] = function() {
          return (___getTypeName = Module["___getTypeName"] = Module["asm"]["F"]).apply(null, arguments);
        };
        var ___embind_register_native_and_builtin_types = Module["___embind_register_native_and_builtin_types"] = function() {
          return (___embind_register_native_and_builtin_types = Module["___embind_register_native_and_builtin_types"] = Module["asm"]["G"]).apply(null, arguments);
        };
        var dynCall_jiji = Module["dynCall_jiji"] = function() {
          return (dynCall_jiji = Module["dynCall_jiji"] = Module["asm"]["H"]).apply(null, arguments);
        };
        var calledRun;
        function ExitStatus(status) {
          this.name = "ExitStatus";
          this.message = "Program terminated with exit(" + status + ")";
          this.status = status;
        }
        dependenciesFulfilled = function runCaller() {
          if (!calledRun) run();
          if (!calledRun) dependenciesFulfilled = runCaller;
        };
        function run(args) {
          args = args || arguments_;
          if (runDependencies > 0) {
            return;
          }
          preRun();
          if (runDependencies > 0) {
            return;
          }
          function doRun() {
            if (calledRun) return;
            calledRun = true;
            Module["calledRun"] = true;
            if (ABORT) return;
            initRuntime();
            readyPromiseResolve(Module);
            if (Module["onRuntimeInitialized"]) Module["onRuntimeInitialized"]();
            postRun();
          }
          if (Module["setStatus"]) {
            Module["setStatus"]("Running...");
            setTimeout(function() {
              setTimeout(function() {
                Module["setStatus"]("");
              }, 1);
              doRun();
            }, 1);
          } else {
            doRun();
          }
        }
        Module["run"] = run;
        if (Module["preInit"]) {
          if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
          while (Module["preInit"].length > 0) {
            Module["preInit"].pop()();
          }
        }
        run();
        return ggwave_factory2.ready;
      });
    })();
    if (typeof exports === "object" && typeof module === "object")
      module.exports = ggwave_factory;
    else if (typeof define === "function" && define["amd"])
      define([], function() {
        return ggwave_factory;
      });
    else if (typeof exports === "object")
      exports["ggwave_factory"] = ggwave_factory;
  }
});
export default require_ggwave();
