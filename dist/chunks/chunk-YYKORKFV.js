import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// node_modules/codec-parser/src/constants.js
var symbol = Symbol;
var mappingJoin = ", ";
var channelMappings = (() => {
  const front = "front";
  const side = "side";
  const rear = "rear";
  const left = "left";
  const center = "center";
  const right = "right";
  return ["", front + " ", side + " ", rear + " "].map(
    (x) => [
      [left, right],
      [left, right, center],
      [left, center, right],
      [center, left, right],
      [center]
    ].flatMap((y) => y.map((z) => x + z).join(mappingJoin))
  );
})();
var lfe = "LFE";
var monophonic = "monophonic (mono)";
var stereo = "stereo";
var surround = "surround";
var getChannelMapping = (channelCount, ...mappings) => `${[
  monophonic,
  stereo,
  `linear ${surround}`,
  "quadraphonic",
  `5.0 ${surround}`,
  `5.1 ${surround}`,
  `6.1 ${surround}`,
  `7.1 ${surround}`
][channelCount - 1]} (${mappings.join(mappingJoin)})`;
var vorbisOpusChannelMapping = [
  monophonic,
  getChannelMapping(2, channelMappings[0][0]),
  getChannelMapping(3, channelMappings[0][2]),
  getChannelMapping(4, channelMappings[1][0], channelMappings[3][0]),
  getChannelMapping(5, channelMappings[1][2], channelMappings[3][0]),
  getChannelMapping(6, channelMappings[1][2], channelMappings[3][0], lfe),
  getChannelMapping(7, channelMappings[1][2], channelMappings[2][0], channelMappings[3][4], lfe),
  getChannelMapping(8, channelMappings[1][2], channelMappings[2][0], channelMappings[3][0], lfe)
];
var rate192000 = 192e3;
var rate176400 = 176400;
var rate96000 = 96e3;
var rate88200 = 88200;
var rate64000 = 64e3;
var rate48000 = 48e3;
var rate44100 = 44100;
var rate32000 = 32e3;
var rate24000 = 24e3;
var rate22050 = 22050;
var rate16000 = 16e3;
var rate12000 = 12e3;
var rate11025 = 11025;
var rate8000 = 8e3;
var rate7350 = 7350;
var absoluteGranulePosition = "absoluteGranulePosition";
var bandwidth = "bandwidth";
var bitDepth = "bitDepth";
var bitrate = "bitrate";
var bitrateMaximum = bitrate + "Maximum";
var bitrateMinimum = bitrate + "Minimum";
var bitrateNominal = bitrate + "Nominal";
var buffer = "buffer";
var bufferFullness = buffer + "Fullness";
var codec = "codec";
var codecFrames = codec + "Frames";
var coupledStreamCount = "coupledStreamCount";
var crc = "crc";
var crc16 = crc + "16";
var crc32 = crc + "32";
var data = "data";
var description = "description";
var duration = "duration";
var emphasis = "emphasis";
var hasOpusPadding = "hasOpusPadding";
var header = "header";
var isContinuedPacket = "isContinuedPacket";
var isCopyrighted = "isCopyrighted";
var isFirstPage = "isFirstPage";
var isHome = "isHome";
var isLastPage = "isLastPage";
var isOriginal = "isOriginal";
var isPrivate = "isPrivate";
var isVbr = "isVbr";
var layer = "layer";
var length = "length";
var mode = "mode";
var modeExtension = mode + "Extension";
var mpeg = "mpeg";
var mpegVersion = mpeg + "Version";
var numberAACFrames = "numberAACFrames";
var outputGain = "outputGain";
var preSkip = "preSkip";
var profile = "profile";
var profileBits = symbol();
var protection = "protection";
var rawData = "rawData";
var segments = "segments";
var subarray = "subarray";
var version = "version";
var vorbis = "vorbis";
var vorbisComments = vorbis + "Comments";
var vorbisSetup = vorbis + "Setup";
var block = "block";
var blockingStrategy = block + "ingStrategy";
var blockingStrategyBits = symbol();
var blockSize = block + "Size";
var blocksize0 = block + "size0";
var blocksize1 = block + "size1";
var blockSizeBits = symbol();
var channel = "channel";
var channelMappingFamily = channel + "MappingFamily";
var channelMappingTable = channel + "MappingTable";
var channelMode = channel + "Mode";
var channelModeBits = symbol();
var channels = channel + "s";
var copyright = "copyright";
var copyrightId = copyright + "Id";
var copyrightIdStart = copyright + "IdStart";
var frame = "frame";
var frameCount = frame + "Count";
var frameLength = frame + "Length";
var Number2 = "Number";
var frameNumber = frame + Number2;
var framePadding = frame + "Padding";
var frameSize = frame + "Size";
var Rate = "Rate";
var inputSampleRate = "inputSample" + Rate;
var page = "page";
var pageChecksum = page + "Checksum";
var pageSegmentBytes = symbol();
var pageSegmentTable = page + "SegmentTable";
var pageSequenceNumber = page + "Sequence" + Number2;
var sample = "sample";
var sampleNumber = sample + Number2;
var sampleRate = sample + Rate;
var sampleRateBits = symbol();
var samples = sample + "s";
var stream = "stream";
var streamCount = stream + "Count";
var streamInfo = stream + "Info";
var streamSerialNumber = stream + "Serial" + Number2;
var streamStructureVersion = stream + "StructureVersion";
var total = "total";
var totalBytesOut = total + "BytesOut";
var totalDuration = total + "Duration";
var totalSamples = total + "Samples";
var readRawData = symbol();
var incrementRawData = symbol();
var mapCodecFrameStats = symbol();
var mapFrameStats = symbol();
var logWarning = symbol();
var logError2 = symbol();
var syncFrame = symbol();
var fixedLengthFrameSync = symbol();
var getHeader = symbol();
var setHeader = symbol();
var getFrame = symbol();
var parseFrame = symbol();
var parseOggPage = symbol();
var checkCodecUpdate = symbol();
var reset = symbol();
var enable = symbol();
var getHeaderFromUint8Array = symbol();
var checkFrameFooterCrc16 = symbol();
var uint8Array = Uint8Array;
var dataView = DataView;
var reserved = "reserved";
var bad = "bad";
var free = "free";
var none = "none";
var sixteenBitCRC = "16bit CRC";

// node_modules/codec-parser/src/utilities.js
var getCrcTable = (crcTable, crcInitialValueFunction, crcFunction) => {
  for (let byte = 0; byte < crcTable[length]; byte++) {
    let crc2 = crcInitialValueFunction(byte);
    for (let bit = 8; bit > 0; bit--) crc2 = crcFunction(crc2);
    crcTable[byte] = crc2;
  }
  return crcTable;
};
var crc8Table = getCrcTable(
  new uint8Array(256),
  (b) => b,
  (crc2) => crc2 & 128 ? 7 ^ crc2 << 1 : crc2 << 1
);
var flacCrc16Table = [
  getCrcTable(
    new Uint16Array(256),
    (b) => b << 8,
    (crc2) => crc2 << 1 ^ (crc2 & 1 << 15 ? 32773 : 0)
  )
];
var crc32Table = [
  getCrcTable(
    new Uint32Array(256),
    (b) => b,
    (crc2) => crc2 >>> 1 ^ (crc2 & 1) * 3988292384
  )
];
for (let i = 0; i < 15; i++) {
  flacCrc16Table.push(new Uint16Array(256));
  crc32Table.push(new Uint32Array(256));
  for (let j = 0; j <= 255; j++) {
    flacCrc16Table[i + 1][j] = flacCrc16Table[0][flacCrc16Table[i][j] >>> 8] ^ flacCrc16Table[i][j] << 8;
    crc32Table[i + 1][j] = crc32Table[i][j] >>> 8 ^ crc32Table[0][crc32Table[i][j] & 255];
  }
}
var crc8 = (data3) => {
  let crc2 = 0;
  const dataLength = data3[length];
  for (let i = 0; i !== dataLength; i++) crc2 = crc8Table[crc2 ^ data3[i]];
  return crc2;
};
var flacCrc16 = (data3) => {
  const dataLength = data3[length];
  const crcChunkSize = dataLength - 16;
  let crc2 = 0;
  let i = 0;
  while (i <= crcChunkSize) {
    crc2 ^= data3[i++] << 8 | data3[i++];
    crc2 = flacCrc16Table[15][crc2 >> 8] ^ flacCrc16Table[14][crc2 & 255] ^ flacCrc16Table[13][data3[i++]] ^ flacCrc16Table[12][data3[i++]] ^ flacCrc16Table[11][data3[i++]] ^ flacCrc16Table[10][data3[i++]] ^ flacCrc16Table[9][data3[i++]] ^ flacCrc16Table[8][data3[i++]] ^ flacCrc16Table[7][data3[i++]] ^ flacCrc16Table[6][data3[i++]] ^ flacCrc16Table[5][data3[i++]] ^ flacCrc16Table[4][data3[i++]] ^ flacCrc16Table[3][data3[i++]] ^ flacCrc16Table[2][data3[i++]] ^ flacCrc16Table[1][data3[i++]] ^ flacCrc16Table[0][data3[i++]];
  }
  while (i !== dataLength)
    crc2 = (crc2 & 255) << 8 ^ flacCrc16Table[0][crc2 >> 8 ^ data3[i++]];
  return crc2;
};
var crc32Function = (data3) => {
  const dataLength = data3[length];
  const crcChunkSize = dataLength - 16;
  let crc2 = 0;
  let i = 0;
  while (i <= crcChunkSize)
    crc2 = crc32Table[15][(data3[i++] ^ crc2) & 255] ^ crc32Table[14][(data3[i++] ^ crc2 >>> 8) & 255] ^ crc32Table[13][(data3[i++] ^ crc2 >>> 16) & 255] ^ crc32Table[12][data3[i++] ^ crc2 >>> 24] ^ crc32Table[11][data3[i++]] ^ crc32Table[10][data3[i++]] ^ crc32Table[9][data3[i++]] ^ crc32Table[8][data3[i++]] ^ crc32Table[7][data3[i++]] ^ crc32Table[6][data3[i++]] ^ crc32Table[5][data3[i++]] ^ crc32Table[4][data3[i++]] ^ crc32Table[3][data3[i++]] ^ crc32Table[2][data3[i++]] ^ crc32Table[1][data3[i++]] ^ crc32Table[0][data3[i++]];
  while (i !== dataLength)
    crc2 = crc32Table[0][(crc2 ^ data3[i++]) & 255] ^ crc2 >>> 8;
  return crc2 ^ -1;
};
var concatBuffers = (...buffers) => {
  const buffer2 = new uint8Array(
    buffers.reduce((acc, buf) => acc + buf[length], 0)
  );
  buffers.reduce((offset, buf) => {
    buffer2.set(buf, offset);
    return offset + buf[length];
  }, 0);
  return buffer2;
};
var bytesToString = (bytes) => String.fromCharCode(...bytes);
var reverseTable = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
var reverse = (val) => reverseTable[val & 15] << 4 | reverseTable[val >> 4];
var BitReader = class {
  constructor(data3) {
    this._data = data3;
    this._pos = data3[length] * 8;
  }
  set position(position) {
    this._pos = position;
  }
  get position() {
    return this._pos;
  }
  read(bits) {
    const byte = Math.floor(this._pos / 8);
    const bit = this._pos % 8;
    this._pos -= bits;
    const window = (reverse(this._data[byte - 1]) << 8) + reverse(this._data[byte]);
    return window >> 7 - bit & 255;
  }
};
var readInt64le = (view, offset) => {
  try {
    return view.getBigInt64(offset, true);
  } catch {
    const sign = view.getUint8(offset + 7) & 128 ? -1 : 1;
    let firstPart = view.getUint32(offset, true);
    let secondPart = view.getUint32(offset + 4, true);
    if (sign === -1) {
      firstPart = ~firstPart + 1;
      secondPart = ~secondPart + 1;
    }
    if (secondPart > 1048575) {
      console.warn("This platform does not support BigInt");
    }
    return sign * (firstPart + secondPart * 2 ** 32);
  }
};

// node_modules/codec-parser/src/codecs/HeaderCache.js
var HeaderCache = class {
  constructor(onCodecHeader, onCodecUpdate) {
    this._onCodecHeader = onCodecHeader;
    this._onCodecUpdate = onCodecUpdate;
    this[reset]();
  }
  [enable]() {
    this._isEnabled = true;
  }
  [reset]() {
    this._headerCache = /* @__PURE__ */ new Map();
    this._codecUpdateData = /* @__PURE__ */ new WeakMap();
    this._codecHeaderSent = false;
    this._codecShouldUpdate = false;
    this._bitrate = null;
    this._isEnabled = false;
  }
  [checkCodecUpdate](bitrate2, totalDuration2) {
    if (this._onCodecUpdate) {
      if (this._bitrate !== bitrate2) {
        this._bitrate = bitrate2;
        this._codecShouldUpdate = true;
      }
      const codecData = this._codecUpdateData.get(
        this._headerCache.get(this._currentHeader)
      );
      if (this._codecShouldUpdate && codecData) {
        this._onCodecUpdate(
          {
            bitrate: bitrate2,
            ...codecData
          },
          totalDuration2
        );
      }
      this._codecShouldUpdate = false;
    }
  }
  [getHeader](key) {
    const header3 = this._headerCache.get(key);
    if (header3) {
      this._updateCurrentHeader(key);
    }
    return header3;
  }
  [setHeader](key, header3, codecUpdateFields) {
    if (this._isEnabled) {
      if (!this._codecHeaderSent) {
        this._onCodecHeader({ ...header3 });
        this._codecHeaderSent = true;
      }
      this._updateCurrentHeader(key);
      this._headerCache.set(key, header3);
      this._codecUpdateData.set(header3, codecUpdateFields);
    }
  }
  _updateCurrentHeader(key) {
    if (this._onCodecUpdate && key !== this._currentHeader) {
      this._codecShouldUpdate = true;
      this._currentHeader = key;
    }
  }
};

// node_modules/codec-parser/src/globals.js
var headerStore = /* @__PURE__ */ new WeakMap();
var frameStore = /* @__PURE__ */ new WeakMap();

// node_modules/codec-parser/src/codecs/Parser.js
var Parser = class {
  constructor(codecParser, headerCache) {
    this._codecParser = codecParser;
    this._headerCache = headerCache;
  }
  *[syncFrame]() {
    let frameData;
    do {
      frameData = yield* this.Frame[getFrame](
        this._codecParser,
        this._headerCache,
        0
      );
      if (frameData) return frameData;
      this._codecParser[incrementRawData](1);
    } while (true);
  }
  /**
   * @description Searches for Frames within bytes containing a sequence of known codec frames.
   * @param {boolean} ignoreNextFrame Set to true to return frames even if the next frame may not exist at the expected location
   * @returns {Frame}
   */
  *[fixedLengthFrameSync](ignoreNextFrame) {
    let frameData = yield* this[syncFrame]();
    const frameLength2 = frameStore.get(frameData)[length];
    if (ignoreNextFrame || this._codecParser._flushing || // check if there is a frame right after this one
    (yield* this.Header[getHeader](
      this._codecParser,
      this._headerCache,
      frameLength2
    ))) {
      this._headerCache[enable]();
      this._codecParser[incrementRawData](frameLength2);
      this._codecParser[mapFrameStats](frameData);
      return frameData;
    }
    this._codecParser[logWarning](
      `Missing ${frame} at ${frameLength2} bytes from current position.`,
      `Dropping current ${frame} and trying again.`
    );
    this._headerCache[reset]();
    this._codecParser[incrementRawData](1);
  }
};

// node_modules/codec-parser/src/containers/Frame.js
var Frame = class {
  constructor(headerValue, dataValue) {
    frameStore.set(this, { [header]: headerValue });
    this[data] = dataValue;
  }
};

// node_modules/codec-parser/src/codecs/CodecFrame.js
var CodecFrame = class extends Frame {
  static *[getFrame](Header, Frame2, codecParser, headerCache, readOffset) {
    const headerValue = yield* Header[getHeader](
      codecParser,
      headerCache,
      readOffset
    );
    if (headerValue) {
      const frameLengthValue = headerStore.get(headerValue)[frameLength];
      const samplesValue = headerStore.get(headerValue)[samples];
      const frame2 = (yield* codecParser[readRawData](
        frameLengthValue,
        readOffset
      ))[subarray](0, frameLengthValue);
      return new Frame2(headerValue, frame2, samplesValue);
    } else {
      return null;
    }
  }
  constructor(headerValue, dataValue, samplesValue) {
    super(headerValue, dataValue);
    this[header] = headerValue;
    this[samples] = samplesValue;
    this[duration] = samplesValue / headerValue[sampleRate] * 1e3;
    this[frameNumber] = null;
    this[totalBytesOut] = null;
    this[totalSamples] = null;
    this[totalDuration] = null;
    frameStore.get(this)[length] = dataValue[length];
  }
};

// node_modules/codec-parser/src/metadata/ID3v2.js
var unsynchronizationFlag = "unsynchronizationFlag";
var extendedHeaderFlag = "extendedHeaderFlag";
var experimentalFlag = "experimentalFlag";
var footerPresent = "footerPresent";
var ID3v2 = class _ID3v2 {
  static *getID3v2Header(codecParser, headerCache, readOffset) {
    const headerLength = 10;
    const header3 = {};
    let data3 = yield* codecParser[readRawData](3, readOffset);
    if (data3[0] !== 73 || data3[1] !== 68 || data3[2] !== 51) return null;
    data3 = yield* codecParser[readRawData](headerLength, readOffset);
    header3[version] = `id3v2.${data3[3]}.${data3[4]}`;
    if (data3[5] & 15) return null;
    header3[unsynchronizationFlag] = !!(data3[5] & 128);
    header3[extendedHeaderFlag] = !!(data3[5] & 64);
    header3[experimentalFlag] = !!(data3[5] & 32);
    header3[footerPresent] = !!(data3[5] & 16);
    if (data3[6] & 128 || data3[7] & 128 || data3[8] & 128 || data3[9] & 128)
      return null;
    const dataLength = data3[6] << 21 | data3[7] << 14 | data3[8] << 7 | data3[9];
    header3[length] = headerLength + dataLength;
    return new _ID3v2(header3);
  }
  constructor(header3) {
    this[version] = header3[version];
    this[unsynchronizationFlag] = header3[unsynchronizationFlag];
    this[extendedHeaderFlag] = header3[extendedHeaderFlag];
    this[experimentalFlag] = header3[experimentalFlag];
    this[footerPresent] = header3[footerPresent];
    this[length] = header3[length];
  }
};

// node_modules/codec-parser/src/codecs/CodecHeader.js
var CodecHeader = class {
  /**
   * @private
   */
  constructor(header3) {
    headerStore.set(this, header3);
    this[bitDepth] = header3[bitDepth];
    this[bitrate] = null;
    this[channels] = header3[channels];
    this[channelMode] = header3[channelMode];
    this[sampleRate] = header3[sampleRate];
  }
};

// node_modules/codec-parser/src/codecs/mpeg/MPEGHeader.js
var bitrateMatrix = {
  // bits | V1,L1 | V1,L2 | V1,L3 | V2,L1 | V2,L2 & L3
  0: [free, free, free, free, free],
  16: [32, 32, 32, 32, 8],
  // 0b00100000: [64,   48,  40,  48,  16,],
  // 0b00110000: [96,   56,  48,  56,  24,],
  // 0b01000000: [128,  64,  56,  64,  32,],
  // 0b01010000: [160,  80,  64,  80,  40,],
  // 0b01100000: [192,  96,  80,  96,  48,],
  // 0b01110000: [224, 112,  96, 112,  56,],
  // 0b10000000: [256, 128, 112, 128,  64,],
  // 0b10010000: [288, 160, 128, 144,  80,],
  // 0b10100000: [320, 192, 160, 160,  96,],
  // 0b10110000: [352, 224, 192, 176, 112,],
  // 0b11000000: [384, 256, 224, 192, 128,],
  // 0b11010000: [416, 320, 256, 224, 144,],
  // 0b11100000: [448, 384, 320, 256, 160,],
  240: [bad, bad, bad, bad, bad]
};
var calcBitrate = (idx, interval, intervalOffset) => 8 * ((idx + intervalOffset) % interval + interval) * (1 << (idx + intervalOffset) / interval) - 8 * interval * (interval / 8 | 0);
for (let i = 2; i < 15; i++)
  bitrateMatrix[i << 4] = [
    i * 32,
    //                V1,L1
    calcBitrate(i, 4, 0),
    //  V1,L2
    calcBitrate(i, 4, -1),
    // V1,L3
    calcBitrate(i, 8, 4),
    //  V2,L1
    calcBitrate(i, 8, 0)
    //  V2,L2 & L3
  ];
var v1Layer1 = 0;
var v1Layer2 = 1;
var v1Layer3 = 2;
var v2Layer1 = 3;
var v2Layer23 = 4;
var bands = "bands ";
var to31 = " to 31";
var layer12ModeExtensions = {
  0: bands + 4 + to31,
  16: bands + 8 + to31,
  32: bands + 12 + to31,
  48: bands + 16 + to31
};
var bitrateIndex = "bitrateIndex";
var v2 = "v2";
var v1 = "v1";
var intensityStereo = "Intensity stereo ";
var msStereo = ", MS stereo ";
var on = "on";
var off = "off";
var layer3ModeExtensions = {
  0: intensityStereo + off + msStereo + off,
  16: intensityStereo + on + msStereo + off,
  32: intensityStereo + off + msStereo + on,
  48: intensityStereo + on + msStereo + on
};
var layersValues = {
  0: { [description]: reserved },
  2: {
    [description]: "Layer III",
    [framePadding]: 1,
    [modeExtension]: layer3ModeExtensions,
    [v1]: {
      [bitrateIndex]: v1Layer3,
      [samples]: 1152
    },
    [v2]: {
      [bitrateIndex]: v2Layer23,
      [samples]: 576
    }
  },
  4: {
    [description]: "Layer II",
    [framePadding]: 1,
    [modeExtension]: layer12ModeExtensions,
    [samples]: 1152,
    [v1]: {
      [bitrateIndex]: v1Layer2
    },
    [v2]: {
      [bitrateIndex]: v2Layer23
    }
  },
  6: {
    [description]: "Layer I",
    [framePadding]: 4,
    [modeExtension]: layer12ModeExtensions,
    [samples]: 384,
    [v1]: {
      [bitrateIndex]: v1Layer1
    },
    [v2]: {
      [bitrateIndex]: v2Layer1
    }
  }
};
var mpegVersionDescription = "MPEG Version ";
var isoIec = "ISO/IEC ";
var mpegVersions = {
  0: {
    [description]: `${mpegVersionDescription}2.5 (later extension of MPEG 2)`,
    [layer]: v2,
    [sampleRate]: {
      0: rate11025,
      4: rate12000,
      8: rate8000,
      12: reserved
    }
  },
  8: { [description]: reserved },
  16: {
    [description]: `${mpegVersionDescription}2 (${isoIec}13818-3)`,
    [layer]: v2,
    [sampleRate]: {
      0: rate22050,
      4: rate24000,
      8: rate16000,
      12: reserved
    }
  },
  24: {
    [description]: `${mpegVersionDescription}1 (${isoIec}11172-3)`,
    [layer]: v1,
    [sampleRate]: {
      0: rate44100,
      4: rate48000,
      8: rate32000,
      12: reserved
    }
  },
  length
};
var protectionValues = {
  0: sixteenBitCRC,
  1: none
};
var emphasisValues = {
  0: none,
  1: "50/15 ms",
  2: reserved,
  3: "CCIT J.17"
};
var channelModes = {
  0: { [channels]: 2, [description]: stereo },
  64: { [channels]: 2, [description]: "joint " + stereo },
  128: { [channels]: 2, [description]: "dual channel" },
  192: { [channels]: 1, [description]: monophonic }
};
var MPEGHeader = class _MPEGHeader extends CodecHeader {
  static *[getHeader](codecParser, headerCache, readOffset) {
    const header3 = {};
    const id3v2Header = yield* ID3v2.getID3v2Header(
      codecParser,
      headerCache,
      readOffset
    );
    if (id3v2Header) {
      yield* codecParser[readRawData](id3v2Header[length], readOffset);
      codecParser[incrementRawData](id3v2Header[length]);
    }
    const data3 = yield* codecParser[readRawData](4, readOffset);
    const key = bytesToString(data3[subarray](0, 4));
    const cachedHeader = headerCache[getHeader](key);
    if (cachedHeader) return new _MPEGHeader(cachedHeader);
    if (data3[0] !== 255 || data3[1] < 224) return null;
    const mpegVersionValues2 = mpegVersions[data3[1] & 24];
    if (mpegVersionValues2[description] === reserved) return null;
    const layerBits = data3[1] & 6;
    if (layersValues[layerBits][description] === reserved) return null;
    const layerValues2 = {
      ...layersValues[layerBits],
      ...layersValues[layerBits][mpegVersionValues2[layer]]
    };
    header3[mpegVersion] = mpegVersionValues2[description];
    header3[layer] = layerValues2[description];
    header3[samples] = layerValues2[samples];
    header3[protection] = protectionValues[data3[1] & 1];
    header3[length] = 4;
    header3[bitrate] = bitrateMatrix[data3[2] & 240][layerValues2[bitrateIndex]];
    if (header3[bitrate] === bad) return null;
    header3[sampleRate] = mpegVersionValues2[sampleRate][data3[2] & 12];
    if (header3[sampleRate] === reserved) return null;
    header3[framePadding] = data3[2] & 2 && layerValues2[framePadding];
    header3[isPrivate] = !!(data3[2] & 1);
    header3[frameLength] = Math.floor(
      125 * header3[bitrate] * header3[samples] / header3[sampleRate] + header3[framePadding]
    );
    if (!header3[frameLength]) return null;
    const channelModeBits2 = data3[3] & 192;
    header3[channelMode] = channelModes[channelModeBits2][description];
    header3[channels] = channelModes[channelModeBits2][channels];
    header3[modeExtension] = layerValues2[modeExtension][data3[3] & 48];
    header3[isCopyrighted] = !!(data3[3] & 8);
    header3[isOriginal] = !!(data3[3] & 4);
    header3[emphasis] = emphasisValues[data3[3] & 3];
    if (header3[emphasis] === reserved) return null;
    header3[bitDepth] = 16;
    {
      const { length: length2, frameLength: frameLength2, samples: samples2, ...codecUpdateFields } = header3;
      headerCache[setHeader](key, header3, codecUpdateFields);
    }
    return new _MPEGHeader(header3);
  }
  /**
   * @private
   * Call MPEGHeader.getHeader(Array<Uint8>) to get instance
   */
  constructor(header3) {
    super(header3);
    this[bitrate] = header3[bitrate];
    this[emphasis] = header3[emphasis];
    this[framePadding] = header3[framePadding];
    this[isCopyrighted] = header3[isCopyrighted];
    this[isOriginal] = header3[isOriginal];
    this[isPrivate] = header3[isPrivate];
    this[layer] = header3[layer];
    this[modeExtension] = header3[modeExtension];
    this[mpegVersion] = header3[mpegVersion];
    this[protection] = header3[protection];
  }
};

// node_modules/codec-parser/src/codecs/mpeg/MPEGFrame.js
var MPEGFrame = class _MPEGFrame extends CodecFrame {
  static *[getFrame](codecParser, headerCache, readOffset) {
    return yield* super[getFrame](
      MPEGHeader,
      _MPEGFrame,
      codecParser,
      headerCache,
      readOffset
    );
  }
  constructor(header3, frame2, samples2) {
    super(header3, frame2, samples2);
  }
};

// node_modules/codec-parser/src/codecs/mpeg/MPEGParser.js
var MPEGParser = class extends Parser {
  constructor(codecParser, headerCache, onCodec) {
    super(codecParser, headerCache);
    this.Frame = MPEGFrame;
    this.Header = MPEGHeader;
    onCodec(this[codec]);
  }
  get [codec]() {
    return mpeg;
  }
  *[parseFrame]() {
    return yield* this[fixedLengthFrameSync]();
  }
};

// node_modules/codec-parser/src/codecs/aac/AACHeader.js
var mpegVersionValues = {
  0: "MPEG-4",
  8: "MPEG-2"
};
var layerValues = {
  0: "valid",
  2: bad,
  4: bad,
  6: bad
};
var protectionValues2 = {
  0: sixteenBitCRC,
  1: none
};
var profileValues = {
  0: "AAC Main",
  64: "AAC LC (Low Complexity)",
  128: "AAC SSR (Scalable Sample Rate)",
  192: "AAC LTP (Long Term Prediction)"
};
var sampleRates = {
  0: rate96000,
  4: rate88200,
  8: rate64000,
  12: rate48000,
  16: rate44100,
  20: rate32000,
  24: rate24000,
  28: rate22050,
  32: rate16000,
  36: rate12000,
  40: rate11025,
  44: rate8000,
  48: rate7350,
  52: reserved,
  56: reserved,
  60: "frequency is written explicitly"
};
var channelModeValues = {
  0: { [channels]: 0, [description]: "Defined in AOT Specific Config" },
  /*
  'monophonic (mono)'
  'stereo (left, right)'
  'linear surround (front center, front left, front right)'
  'quadraphonic (front center, front left, front right, rear center)'
  '5.0 surround (front center, front left, front right, rear left, rear right)'
  '5.1 surround (front center, front left, front right, rear left, rear right, LFE)'
  '7.1 surround (front center, front left, front right, side left, side right, rear left, rear right, LFE)'
  */
  64: { [channels]: 1, [description]: monophonic },
  128: { [channels]: 2, [description]: getChannelMapping(2, channelMappings[0][0]) },
  192: { [channels]: 3, [description]: getChannelMapping(3, channelMappings[1][3]) },
  256: { [channels]: 4, [description]: getChannelMapping(4, channelMappings[1][3], channelMappings[3][4]) },
  320: { [channels]: 5, [description]: getChannelMapping(5, channelMappings[1][3], channelMappings[3][0]) },
  384: { [channels]: 6, [description]: getChannelMapping(6, channelMappings[1][3], channelMappings[3][0], lfe) },
  448: { [channels]: 8, [description]: getChannelMapping(8, channelMappings[1][3], channelMappings[2][0], channelMappings[3][0], lfe) }
};
var AACHeader = class _AACHeader extends CodecHeader {
  static *[getHeader](codecParser, headerCache, readOffset) {
    const header3 = {};
    const data3 = yield* codecParser[readRawData](7, readOffset);
    const key = bytesToString([
      data3[0],
      data3[1],
      data3[2],
      data3[3] & 252 | data3[6] & 3
      // frame length, buffer fullness varies so don't cache it
    ]);
    const cachedHeader = headerCache[getHeader](key);
    if (!cachedHeader) {
      if (data3[0] !== 255 || data3[1] < 240) return null;
      header3[mpegVersion] = mpegVersionValues[data3[1] & 8];
      header3[layer] = layerValues[data3[1] & 6];
      if (header3[layer] === bad) return null;
      const protectionBit = data3[1] & 1;
      header3[protection] = protectionValues2[protectionBit];
      header3[length] = protectionBit ? 7 : 9;
      header3[profileBits] = data3[2] & 192;
      header3[sampleRateBits] = data3[2] & 60;
      const privateBit = data3[2] & 2;
      header3[profile] = profileValues[header3[profileBits]];
      header3[sampleRate] = sampleRates[header3[sampleRateBits]];
      if (header3[sampleRate] === reserved) return null;
      header3[isPrivate] = !!privateBit;
      header3[channelModeBits] = (data3[2] << 8 | data3[3]) & 448;
      header3[channelMode] = channelModeValues[header3[channelModeBits]][description];
      header3[channels] = channelModeValues[header3[channelModeBits]][channels];
      header3[isOriginal] = !!(data3[3] & 32);
      header3[isHome] = !!(data3[3] & 8);
      header3[copyrightId] = !!(data3[3] & 8);
      header3[copyrightIdStart] = !!(data3[3] & 4);
      header3[bitDepth] = 16;
      header3[samples] = 1024;
      header3[numberAACFrames] = data3[6] & 3;
      {
        const {
          length: length2,
          channelModeBits: channelModeBits2,
          profileBits: profileBits2,
          sampleRateBits: sampleRateBits2,
          frameLength: frameLength2,
          samples: samples2,
          numberAACFrames: numberAACFrames2,
          ...codecUpdateFields
        } = header3;
        headerCache[setHeader](key, header3, codecUpdateFields);
      }
    } else {
      Object.assign(header3, cachedHeader);
    }
    header3[frameLength] = (data3[3] << 11 | data3[4] << 3 | data3[5] >> 5) & 8191;
    if (!header3[frameLength]) return null;
    const bufferFullnessBits = (data3[5] << 6 | data3[6] >> 2) & 2047;
    header3[bufferFullness] = bufferFullnessBits === 2047 ? "VBR" : bufferFullnessBits;
    return new _AACHeader(header3);
  }
  /**
   * @private
   * Call AACHeader.getHeader(Array<Uint8>) to get instance
   */
  constructor(header3) {
    super(header3);
    this[copyrightId] = header3[copyrightId];
    this[copyrightIdStart] = header3[copyrightIdStart];
    this[bufferFullness] = header3[bufferFullness];
    this[isHome] = header3[isHome];
    this[isOriginal] = header3[isOriginal];
    this[isPrivate] = header3[isPrivate];
    this[layer] = header3[layer];
    this[length] = header3[length];
    this[mpegVersion] = header3[mpegVersion];
    this[numberAACFrames] = header3[numberAACFrames];
    this[profile] = header3[profile];
    this[protection] = header3[protection];
  }
  get audioSpecificConfig() {
    const header3 = headerStore.get(this);
    const audioSpecificConfig = header3[profileBits] + 64 << 5 | header3[sampleRateBits] << 5 | header3[channelModeBits] >> 3;
    const bytes = new uint8Array(2);
    new dataView(bytes[buffer]).setUint16(0, audioSpecificConfig, false);
    return bytes;
  }
};

// node_modules/codec-parser/src/codecs/aac/AACFrame.js
var AACFrame = class _AACFrame extends CodecFrame {
  static *[getFrame](codecParser, headerCache, readOffset) {
    return yield* super[getFrame](
      AACHeader,
      _AACFrame,
      codecParser,
      headerCache,
      readOffset
    );
  }
  constructor(header3, frame2, samples2) {
    super(header3, frame2, samples2);
  }
};

// node_modules/codec-parser/src/codecs/aac/AACParser.js
var AACParser = class extends Parser {
  constructor(codecParser, headerCache, onCodec) {
    super(codecParser, headerCache);
    this.Frame = AACFrame;
    this.Header = AACHeader;
    onCodec(this[codec]);
  }
  get [codec]() {
    return "aac";
  }
  *[parseFrame]() {
    return yield* this[fixedLengthFrameSync]();
  }
};

// node_modules/codec-parser/src/codecs/flac/FLACFrame.js
var FLACFrame = class _FLACFrame extends CodecFrame {
  static _getFrameFooterCrc16(data3) {
    return (data3[data3[length] - 2] << 8) + data3[data3[length] - 1];
  }
  // check frame footer crc
  // https://xiph.org/flac/format.html#frame_footer
  static [checkFrameFooterCrc16](data3) {
    const expectedCrc16 = _FLACFrame._getFrameFooterCrc16(data3);
    const actualCrc16 = flacCrc16(data3[subarray](0, -2));
    return expectedCrc16 === actualCrc16;
  }
  constructor(data3, header3, streamInfoValue) {
    header3[streamInfo] = streamInfoValue;
    header3[crc16] = _FLACFrame._getFrameFooterCrc16(data3);
    super(header3, data3, headerStore.get(header3)[samples]);
  }
};

// node_modules/codec-parser/src/codecs/flac/FLACHeader.js
var getFromStreamInfo = "get from STREAMINFO metadata block";
var blockingStrategyValues = {
  0: "Fixed",
  1: "Variable"
};
var blockSizeValues = {
  0: reserved,
  16: 192
  // 0b00100000: 576,
  // 0b00110000: 1152,
  // 0b01000000: 2304,
  // 0b01010000: 4608,
  // 0b01100000: "8-bit (blocksize-1) from end of header",
  // 0b01110000: "16-bit (blocksize-1) from end of header",
  // 0b10000000: 256,
  // 0b10010000: 512,
  // 0b10100000: 1024,
  // 0b10110000: 2048,
  // 0b11000000: 4096,
  // 0b11010000: 8192,
  // 0b11100000: 16384,
  // 0b11110000: 32768,
};
for (let i = 2; i < 16; i++)
  blockSizeValues[i << 4] = i < 6 ? 576 * 2 ** (i - 2) : 2 ** i;
var sampleRateValues = {
  0: getFromStreamInfo,
  1: rate88200,
  2: rate176400,
  3: rate192000,
  4: rate8000,
  5: rate16000,
  6: rate22050,
  7: rate24000,
  8: rate32000,
  9: rate44100,
  10: rate48000,
  11: rate96000,
  // 0b00001100: "8-bit sample rate (in kHz) from end of header",
  // 0b00001101: "16-bit sample rate (in Hz) from end of header",
  // 0b00001110: "16-bit sample rate (in tens of Hz) from end of header",
  15: bad
};
var channelAssignments = {
  /*'
  'monophonic (mono)'
  'stereo (left, right)'
  'linear surround (left, right, center)'
  'quadraphonic (front left, front right, rear left, rear right)'
  '5.0 surround (front left, front right, front center, rear left, rear right)'
  '5.1 surround (front left, front right, front center, LFE, rear left, rear right)'
  '6.1 surround (front left, front right, front center, LFE, rear center, side left, side right)'
  '7.1 surround (front left, front right, front center, LFE, rear left, rear right, side left, side right)'
  */
  0: { [channels]: 1, [description]: monophonic },
  16: { [channels]: 2, [description]: getChannelMapping(2, channelMappings[0][0]) },
  32: { [channels]: 3, [description]: getChannelMapping(3, channelMappings[0][1]) },
  48: { [channels]: 4, [description]: getChannelMapping(4, channelMappings[1][0], channelMappings[3][0]) },
  64: { [channels]: 5, [description]: getChannelMapping(5, channelMappings[1][1], channelMappings[3][0]) },
  80: { [channels]: 6, [description]: getChannelMapping(6, channelMappings[1][1], lfe, channelMappings[3][0]) },
  96: { [channels]: 7, [description]: getChannelMapping(7, channelMappings[1][1], lfe, channelMappings[3][4], channelMappings[2][0]) },
  112: { [channels]: 8, [description]: getChannelMapping(8, channelMappings[1][1], lfe, channelMappings[3][0], channelMappings[2][0]) },
  128: { [channels]: 2, [description]: `${stereo} (left, diff)` },
  144: { [channels]: 2, [description]: `${stereo} (diff, right)` },
  160: { [channels]: 2, [description]: `${stereo} (avg, diff)` },
  176: reserved,
  192: reserved,
  208: reserved,
  224: reserved,
  240: reserved
};
var bitDepthValues = {
  0: getFromStreamInfo,
  2: 8,
  4: 12,
  6: reserved,
  8: 16,
  10: 20,
  12: 24,
  14: reserved
};
var FLACHeader = class _FLACHeader extends CodecHeader {
  // https://datatracker.ietf.org/doc/html/rfc3629#section-3
  //    Char. number range  |        UTF-8 octet sequence
  //    (hexadecimal)    |              (binary)
  // --------------------+---------------------------------------------
  // 0000 0000-0000 007F | 0xxxxxxx
  // 0000 0080-0000 07FF | 110xxxxx 10xxxxxx
  // 0000 0800-0000 FFFF | 1110xxxx 10xxxxxx 10xxxxxx
  // 0001 0000-0010 FFFF | 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx
  static _decodeUTF8Int(data3) {
    if (data3[0] > 254) {
      return null;
    }
    if (data3[0] < 128) return { value: data3[0], length: 1 };
    let length2 = 1;
    for (let zeroMask = 64; zeroMask & data3[0]; zeroMask >>= 1) length2++;
    let idx = length2 - 1, value = 0, shift = 0;
    for (; idx > 0; shift += 6, idx--) {
      if ((data3[idx] & 192) !== 128) {
        return null;
      }
      value |= (data3[idx] & 63) << shift;
    }
    value |= (data3[idx] & 127 >> length2) << shift;
    return { value, length: length2 };
  }
  static [getHeaderFromUint8Array](data3, headerCache) {
    const codecParserStub = {
      [readRawData]: function* () {
        return data3;
      }
    };
    return _FLACHeader[getHeader](codecParserStub, headerCache, 0).next().value;
  }
  static *[getHeader](codecParser, headerCache, readOffset) {
    let data3 = yield* codecParser[readRawData](6, readOffset);
    if (data3[0] !== 255 || !(data3[1] === 248 || data3[1] === 249)) {
      return null;
    }
    const header3 = {};
    const key = bytesToString(data3[subarray](0, 4));
    const cachedHeader = headerCache[getHeader](key);
    if (!cachedHeader) {
      header3[blockingStrategyBits] = data3[1] & 1;
      header3[blockingStrategy] = blockingStrategyValues[header3[blockingStrategyBits]];
      header3[blockSizeBits] = data3[2] & 240;
      header3[sampleRateBits] = data3[2] & 15;
      header3[blockSize] = blockSizeValues[header3[blockSizeBits]];
      if (header3[blockSize] === reserved) {
        return null;
      }
      header3[sampleRate] = sampleRateValues[header3[sampleRateBits]];
      if (header3[sampleRate] === bad) {
        return null;
      }
      if (data3[3] & 1) {
        return null;
      }
      const channelAssignment = channelAssignments[data3[3] & 240];
      if (channelAssignment === reserved) {
        return null;
      }
      header3[channels] = channelAssignment[channels];
      header3[channelMode] = channelAssignment[description];
      header3[bitDepth] = bitDepthValues[data3[3] & 14];
      if (header3[bitDepth] === reserved) {
        return null;
      }
    } else {
      Object.assign(header3, cachedHeader);
    }
    header3[length] = 5;
    data3 = yield* codecParser[readRawData](header3[length] + 8, readOffset);
    const decodedUtf8 = _FLACHeader._decodeUTF8Int(data3[subarray](4));
    if (!decodedUtf8) {
      return null;
    }
    if (header3[blockingStrategyBits]) {
      header3[sampleNumber] = decodedUtf8.value;
    } else {
      header3[frameNumber] = decodedUtf8.value;
    }
    header3[length] += decodedUtf8[length];
    if (header3[blockSizeBits] === 96) {
      if (data3[length] < header3[length])
        data3 = yield* codecParser[readRawData](header3[length], readOffset);
      header3[blockSize] = data3[header3[length] - 1] + 1;
      header3[length] += 1;
    } else if (header3[blockSizeBits] === 112) {
      if (data3[length] < header3[length])
        data3 = yield* codecParser[readRawData](header3[length], readOffset);
      header3[blockSize] = (data3[header3[length] - 1] << 8) + data3[header3[length]] + 1;
      header3[length] += 2;
    }
    header3[samples] = header3[blockSize];
    if (header3[sampleRateBits] === 12) {
      if (data3[length] < header3[length])
        data3 = yield* codecParser[readRawData](header3[length], readOffset);
      header3[sampleRate] = data3[header3[length] - 1] * 1e3;
      header3[length] += 1;
    } else if (header3[sampleRateBits] === 13) {
      if (data3[length] < header3[length])
        data3 = yield* codecParser[readRawData](header3[length], readOffset);
      header3[sampleRate] = (data3[header3[length] - 1] << 8) + data3[header3[length]];
      header3[length] += 2;
    } else if (header3[sampleRateBits] === 14) {
      if (data3[length] < header3[length])
        data3 = yield* codecParser[readRawData](header3[length], readOffset);
      header3[sampleRate] = ((data3[header3[length] - 1] << 8) + data3[header3[length]]) * 10;
      header3[length] += 2;
    }
    if (data3[length] < header3[length])
      data3 = yield* codecParser[readRawData](header3[length], readOffset);
    header3[crc] = data3[header3[length] - 1];
    if (header3[crc] !== crc8(data3[subarray](0, header3[length] - 1))) {
      return null;
    }
    {
      if (!cachedHeader) {
        const {
          blockingStrategyBits: blockingStrategyBits2,
          frameNumber: frameNumber2,
          sampleNumber: sampleNumber2,
          samples: samples2,
          sampleRateBits: sampleRateBits2,
          blockSizeBits: blockSizeBits2,
          crc: crc2,
          length: length2,
          ...codecUpdateFields
        } = header3;
        headerCache[setHeader](key, header3, codecUpdateFields);
      }
    }
    return new _FLACHeader(header3);
  }
  /**
   * @private
   * Call FLACHeader.getHeader(Array<Uint8>) to get instance
   */
  constructor(header3) {
    super(header3);
    this[crc16] = null;
    this[blockingStrategy] = header3[blockingStrategy];
    this[blockSize] = header3[blockSize];
    this[frameNumber] = header3[frameNumber];
    this[sampleNumber] = header3[sampleNumber];
    this[streamInfo] = null;
  }
};

// node_modules/codec-parser/src/codecs/flac/FLACParser.js
var MIN_FLAC_FRAME_SIZE = 2;
var MAX_FLAC_FRAME_SIZE = 512 * 1024;
var FLACParser = class extends Parser {
  constructor(codecParser, headerCache, onCodec) {
    super(codecParser, headerCache);
    this.Frame = FLACFrame;
    this.Header = FLACHeader;
    onCodec(this[codec]);
  }
  get [codec]() {
    return "flac";
  }
  *_getNextFrameSyncOffset(offset) {
    const data3 = yield* this._codecParser[readRawData](2, 0);
    const dataLength = data3[length] - 2;
    while (offset < dataLength) {
      const firstByte = data3[offset];
      if (firstByte === 255) {
        const secondByte = data3[offset + 1];
        if (secondByte === 248 || secondByte === 249) break;
        if (secondByte !== 255) offset++;
      }
      offset++;
    }
    return offset;
  }
  *[parseFrame]() {
    do {
      const header3 = yield* FLACHeader[getHeader](
        this._codecParser,
        this._headerCache,
        0
      );
      if (header3) {
        let nextHeaderOffset = headerStore.get(header3)[length] + MIN_FLAC_FRAME_SIZE;
        while (nextHeaderOffset <= MAX_FLAC_FRAME_SIZE) {
          if (this._codecParser._flushing || (yield* FLACHeader[getHeader](
            this._codecParser,
            this._headerCache,
            nextHeaderOffset
          ))) {
            let frameData = yield* this._codecParser[readRawData](nextHeaderOffset);
            if (!this._codecParser._flushing)
              frameData = frameData[subarray](0, nextHeaderOffset);
            if (FLACFrame[checkFrameFooterCrc16](frameData)) {
              const frame2 = new FLACFrame(frameData, header3);
              this._headerCache[enable]();
              this._codecParser[incrementRawData](nextHeaderOffset);
              this._codecParser[mapFrameStats](frame2);
              return frame2;
            }
          }
          nextHeaderOffset = yield* this._getNextFrameSyncOffset(
            nextHeaderOffset + 1
          );
        }
        this._codecParser[logWarning](
          `Unable to sync FLAC frame after searching ${nextHeaderOffset} bytes.`
        );
        this._codecParser[incrementRawData](nextHeaderOffset);
      } else {
        this._codecParser[incrementRawData](
          yield* this._getNextFrameSyncOffset(1)
        );
      }
    } while (true);
  }
  [parseOggPage](oggPage) {
    if (oggPage[pageSequenceNumber] === 0) {
      this._headerCache[enable]();
      this._streamInfo = oggPage[data][subarray](13);
    } else if (oggPage[pageSequenceNumber] === 1) {
    } else {
      oggPage[codecFrames] = frameStore.get(oggPage)[segments].map((segment) => {
        const header3 = FLACHeader[getHeaderFromUint8Array](
          segment,
          this._headerCache
        );
        if (header3) {
          return new FLACFrame(segment, header3, this._streamInfo);
        } else {
          this._codecParser[logWarning](
            "Failed to parse Ogg FLAC frame",
            "Skipping invalid FLAC frame"
          );
        }
      }).filter((frame2) => !!frame2);
    }
    return oggPage;
  }
};

// node_modules/codec-parser/src/containers/ogg/OggPageHeader.js
var OggPageHeader = class _OggPageHeader {
  static *[getHeader](codecParser, headerCache, readOffset) {
    const header3 = {};
    let data3 = yield* codecParser[readRawData](28, readOffset);
    if (data3[0] !== 79 || // O
    data3[1] !== 103 || // g
    data3[2] !== 103 || // g
    data3[3] !== 83) {
      return null;
    }
    header3[streamStructureVersion] = data3[4];
    const zeros = data3[5] & 248;
    if (zeros) return null;
    header3[isLastPage] = !!(data3[5] & 4);
    header3[isFirstPage] = !!(data3[5] & 2);
    header3[isContinuedPacket] = !!(data3[5] & 1);
    const view = new dataView(uint8Array.from(data3[subarray](0, 28))[buffer]);
    header3[absoluteGranulePosition] = readInt64le(view, 6);
    header3[streamSerialNumber] = view.getInt32(14, true);
    header3[pageSequenceNumber] = view.getInt32(18, true);
    header3[pageChecksum] = view.getInt32(22, true);
    const pageSegmentTableLength = data3[26];
    header3[length] = pageSegmentTableLength + 27;
    data3 = yield* codecParser[readRawData](header3[length], readOffset);
    header3[frameLength] = 0;
    header3[pageSegmentTable] = [];
    header3[pageSegmentBytes] = uint8Array.from(
      data3[subarray](27, header3[length])
    );
    for (let i = 0, segmentLength = 0; i < pageSegmentTableLength; i++) {
      const segmentByte = header3[pageSegmentBytes][i];
      header3[frameLength] += segmentByte;
      segmentLength += segmentByte;
      if (segmentByte !== 255 || i === pageSegmentTableLength - 1) {
        header3[pageSegmentTable].push(segmentLength);
        segmentLength = 0;
      }
    }
    return new _OggPageHeader(header3);
  }
  /**
   * @private
   * Call OggPageHeader.getHeader(Array<Uint8>) to get instance
   */
  constructor(header3) {
    headerStore.set(this, header3);
    this[absoluteGranulePosition] = header3[absoluteGranulePosition];
    this[isContinuedPacket] = header3[isContinuedPacket];
    this[isFirstPage] = header3[isFirstPage];
    this[isLastPage] = header3[isLastPage];
    this[pageSegmentTable] = header3[pageSegmentTable];
    this[pageSequenceNumber] = header3[pageSequenceNumber];
    this[pageChecksum] = header3[pageChecksum];
    this[streamSerialNumber] = header3[streamSerialNumber];
  }
};

// node_modules/codec-parser/src/containers/ogg/OggPage.js
var OggPage = class _OggPage extends Frame {
  static *[getFrame](codecParser, headerCache, readOffset) {
    const header3 = yield* OggPageHeader[getHeader](
      codecParser,
      headerCache,
      readOffset
    );
    if (header3) {
      const frameLengthValue = headerStore.get(header3)[frameLength];
      const headerLength = headerStore.get(header3)[length];
      const totalLength = headerLength + frameLengthValue;
      const rawDataValue = (yield* codecParser[readRawData](totalLength, 0))[subarray](0, totalLength);
      const frame2 = rawDataValue[subarray](headerLength, totalLength);
      return new _OggPage(header3, frame2, rawDataValue);
    } else {
      return null;
    }
  }
  constructor(header3, frame2, rawDataValue) {
    super(header3, frame2);
    frameStore.get(this)[length] = rawDataValue[length];
    this[codecFrames] = [];
    this[rawData] = rawDataValue;
    this[absoluteGranulePosition] = header3[absoluteGranulePosition];
    this[crc32] = header3[pageChecksum];
    this[duration] = 0;
    this[isContinuedPacket] = header3[isContinuedPacket];
    this[isFirstPage] = header3[isFirstPage];
    this[isLastPage] = header3[isLastPage];
    this[pageSequenceNumber] = header3[pageSequenceNumber];
    this[samples] = 0;
    this[streamSerialNumber] = header3[streamSerialNumber];
  }
};

// node_modules/codec-parser/src/codecs/opus/OpusFrame.js
var OpusFrame = class extends CodecFrame {
  constructor(data3, header3, samples2) {
    super(header3, data3, samples2);
  }
};

// node_modules/codec-parser/src/codecs/opus/OpusHeader.js
var channelMappingFamilies = {
  0: vorbisOpusChannelMapping.slice(0, 2),
  /*
  0: "monophonic (mono)"
  1: "stereo (left, right)"
  */
  1: vorbisOpusChannelMapping
  /*
  0: "monophonic (mono)"
  1: "stereo (left, right)"
  2: "linear surround (left, center, right)"
  3: "quadraphonic (front left, front right, rear left, rear right)"
  4: "5.0 surround (front left, front center, front right, rear left, rear right)"
  5: "5.1 surround (front left, front center, front right, rear left, rear right, LFE)"
  6: "6.1 surround (front left, front center, front right, side left, side right, rear center, LFE)"
  7: "7.1 surround (front left, front center, front right, side left, side right, rear left, rear right, LFE)"
  */
  // additional channel mappings are user defined
};
var silkOnly = "SILK-only";
var celtOnly = "CELT-only";
var hybrid = "Hybrid";
var narrowBand = "narrowband";
var mediumBand = "medium-band";
var wideBand = "wideband";
var superWideBand = "super-wideband";
var fullBand = "fullband";
var configTable = {
  0: { [mode]: silkOnly, [bandwidth]: narrowBand, [frameSize]: 10 },
  8: { [mode]: silkOnly, [bandwidth]: narrowBand, [frameSize]: 20 },
  16: { [mode]: silkOnly, [bandwidth]: narrowBand, [frameSize]: 40 },
  24: { [mode]: silkOnly, [bandwidth]: narrowBand, [frameSize]: 60 },
  32: { [mode]: silkOnly, [bandwidth]: mediumBand, [frameSize]: 10 },
  40: { [mode]: silkOnly, [bandwidth]: mediumBand, [frameSize]: 20 },
  48: { [mode]: silkOnly, [bandwidth]: mediumBand, [frameSize]: 40 },
  56: { [mode]: silkOnly, [bandwidth]: mediumBand, [frameSize]: 60 },
  64: { [mode]: silkOnly, [bandwidth]: wideBand, [frameSize]: 10 },
  72: { [mode]: silkOnly, [bandwidth]: wideBand, [frameSize]: 20 },
  80: { [mode]: silkOnly, [bandwidth]: wideBand, [frameSize]: 40 },
  88: { [mode]: silkOnly, [bandwidth]: wideBand, [frameSize]: 60 },
  96: { [mode]: hybrid, [bandwidth]: superWideBand, [frameSize]: 10 },
  104: { [mode]: hybrid, [bandwidth]: superWideBand, [frameSize]: 20 },
  112: { [mode]: hybrid, [bandwidth]: fullBand, [frameSize]: 10 },
  120: { [mode]: hybrid, [bandwidth]: fullBand, [frameSize]: 20 },
  128: { [mode]: celtOnly, [bandwidth]: narrowBand, [frameSize]: 2.5 },
  136: { [mode]: celtOnly, [bandwidth]: narrowBand, [frameSize]: 5 },
  144: { [mode]: celtOnly, [bandwidth]: narrowBand, [frameSize]: 10 },
  152: { [mode]: celtOnly, [bandwidth]: narrowBand, [frameSize]: 20 },
  160: { [mode]: celtOnly, [bandwidth]: wideBand, [frameSize]: 2.5 },
  168: { [mode]: celtOnly, [bandwidth]: wideBand, [frameSize]: 5 },
  176: { [mode]: celtOnly, [bandwidth]: wideBand, [frameSize]: 10 },
  184: { [mode]: celtOnly, [bandwidth]: wideBand, [frameSize]: 20 },
  192: { [mode]: celtOnly, [bandwidth]: superWideBand, [frameSize]: 2.5 },
  200: { [mode]: celtOnly, [bandwidth]: superWideBand, [frameSize]: 5 },
  208: { [mode]: celtOnly, [bandwidth]: superWideBand, [frameSize]: 10 },
  216: { [mode]: celtOnly, [bandwidth]: superWideBand, [frameSize]: 20 },
  224: { [mode]: celtOnly, [bandwidth]: fullBand, [frameSize]: 2.5 },
  232: { [mode]: celtOnly, [bandwidth]: fullBand, [frameSize]: 5 },
  240: { [mode]: celtOnly, [bandwidth]: fullBand, [frameSize]: 10 },
  248: { [mode]: celtOnly, [bandwidth]: fullBand, [frameSize]: 20 }
};
var OpusHeader = class _OpusHeader extends CodecHeader {
  static [getHeaderFromUint8Array](dataValue, packetData, headerCache) {
    const header3 = {};
    header3[channels] = dataValue[9];
    header3[channelMappingFamily] = dataValue[18];
    header3[length] = header3[channelMappingFamily] !== 0 ? 21 + header3[channels] : 19;
    if (dataValue[length] < header3[length])
      throw new Error("Out of data while inside an Ogg Page");
    const packetMode = packetData[0] & 3;
    const packetLength = packetMode === 3 ? 2 : 1;
    const key = bytesToString(dataValue[subarray](0, header3[length])) + bytesToString(packetData[subarray](0, packetLength));
    const cachedHeader = headerCache[getHeader](key);
    if (cachedHeader) return new _OpusHeader(cachedHeader);
    if (key.substr(0, 8) !== "OpusHead") {
      return null;
    }
    if (dataValue[8] !== 1) return null;
    header3[data] = uint8Array.from(dataValue[subarray](0, header3[length]));
    const view = new dataView(header3[data][buffer]);
    header3[bitDepth] = 16;
    header3[preSkip] = view.getUint16(10, true);
    header3[inputSampleRate] = view.getUint32(12, true);
    header3[sampleRate] = rate48000;
    header3[outputGain] = view.getInt16(16, true);
    if (header3[channelMappingFamily] in channelMappingFamilies) {
      header3[channelMode] = channelMappingFamilies[header3[channelMappingFamily]][header3[channels] - 1];
      if (!header3[channelMode]) return null;
    }
    if (header3[channelMappingFamily] !== 0) {
      header3[streamCount] = dataValue[19];
      header3[coupledStreamCount] = dataValue[20];
      header3[channelMappingTable] = [
        ...dataValue[subarray](21, header3[channels] + 21)
      ];
    }
    const packetConfig = configTable[248 & packetData[0]];
    header3[mode] = packetConfig[mode];
    header3[bandwidth] = packetConfig[bandwidth];
    header3[frameSize] = packetConfig[frameSize];
    switch (packetMode) {
      case 0:
        header3[frameCount] = 1;
        break;
      case 1:
      // 1: 2 frames in the packet, each with equal compressed size
      case 2:
        header3[frameCount] = 2;
        break;
      case 3:
        header3[isVbr] = !!(128 & packetData[1]);
        header3[hasOpusPadding] = !!(64 & packetData[1]);
        header3[frameCount] = 63 & packetData[1];
        break;
      default:
        return null;
    }
    {
      const {
        length: length2,
        data: headerData,
        channelMappingFamily: channelMappingFamily2,
        ...codecUpdateFields
      } = header3;
      headerCache[setHeader](key, header3, codecUpdateFields);
    }
    return new _OpusHeader(header3);
  }
  /**
   * @private
   * Call OpusHeader.getHeader(Array<Uint8>) to get instance
   */
  constructor(header3) {
    super(header3);
    this[data] = header3[data];
    this[bandwidth] = header3[bandwidth];
    this[channelMappingFamily] = header3[channelMappingFamily];
    this[channelMappingTable] = header3[channelMappingTable];
    this[coupledStreamCount] = header3[coupledStreamCount];
    this[frameCount] = header3[frameCount];
    this[frameSize] = header3[frameSize];
    this[hasOpusPadding] = header3[hasOpusPadding];
    this[inputSampleRate] = header3[inputSampleRate];
    this[isVbr] = header3[isVbr];
    this[mode] = header3[mode];
    this[outputGain] = header3[outputGain];
    this[preSkip] = header3[preSkip];
    this[streamCount] = header3[streamCount];
  }
};

// node_modules/codec-parser/src/codecs/opus/OpusParser.js
var OpusParser = class extends Parser {
  constructor(codecParser, headerCache, onCodec) {
    super(codecParser, headerCache);
    this.Frame = OpusFrame;
    this.Header = OpusHeader;
    onCodec(this[codec]);
    this._identificationHeader = null;
    this._preSkipRemaining = null;
  }
  get [codec]() {
    return "opus";
  }
  /**
   * @todo implement continued page support
   */
  [parseOggPage](oggPage) {
    if (oggPage[pageSequenceNumber] === 0) {
      this._headerCache[enable]();
      this._identificationHeader = oggPage[data];
    } else if (oggPage[pageSequenceNumber] === 1) {
    } else {
      oggPage[codecFrames] = frameStore.get(oggPage)[segments].map((segment) => {
        const header3 = OpusHeader[getHeaderFromUint8Array](
          this._identificationHeader,
          segment,
          this._headerCache
        );
        if (header3) {
          if (this._preSkipRemaining === null)
            this._preSkipRemaining = header3[preSkip];
          let samples2 = header3[frameSize] * header3[frameCount] / 1e3 * header3[sampleRate];
          if (this._preSkipRemaining > 0) {
            this._preSkipRemaining -= samples2;
            samples2 = this._preSkipRemaining < 0 ? -this._preSkipRemaining : 0;
          }
          return new OpusFrame(segment, header3, samples2);
        }
        this._codecParser[logError2](
          "Failed to parse Ogg Opus Header",
          "Not a valid Ogg Opus file"
        );
      });
    }
    return oggPage;
  }
};

// node_modules/codec-parser/src/codecs/vorbis/VorbisFrame.js
var VorbisFrame = class extends CodecFrame {
  constructor(data3, header3, samples2) {
    super(header3, data3, samples2);
  }
};

// node_modules/codec-parser/src/codecs/vorbis/VorbisHeader.js
var blockSizes = {
  // 0b0110: 64,
  // 0b0111: 128,
  // 0b1000: 256,
  // 0b1001: 512,
  // 0b1010: 1024,
  // 0b1011: 2048,
  // 0b1100: 4096,
  // 0b1101: 8192
};
for (let i = 0; i < 8; i++) blockSizes[i + 6] = 2 ** (6 + i);
var VorbisHeader = class _VorbisHeader extends CodecHeader {
  static [getHeaderFromUint8Array](dataValue, headerCache, vorbisCommentsData, vorbisSetupData) {
    if (dataValue[length] < 30)
      throw new Error("Out of data while inside an Ogg Page");
    const key = bytesToString(dataValue[subarray](0, 30));
    const cachedHeader = headerCache[getHeader](key);
    if (cachedHeader) return new _VorbisHeader(cachedHeader);
    const header3 = { [length]: 30 };
    if (key.substr(0, 7) !== "vorbis") {
      return null;
    }
    header3[data] = uint8Array.from(dataValue[subarray](0, 30));
    const view = new dataView(header3[data][buffer]);
    header3[version] = view.getUint32(7, true);
    if (header3[version] !== 0) return null;
    header3[channels] = dataValue[11];
    header3[channelMode] = vorbisOpusChannelMapping[header3[channels] - 1] || "application defined";
    header3[sampleRate] = view.getUint32(12, true);
    header3[bitrateMaximum] = view.getInt32(16, true);
    header3[bitrateNominal] = view.getInt32(20, true);
    header3[bitrateMinimum] = view.getInt32(24, true);
    header3[blocksize1] = blockSizes[(dataValue[28] & 240) >> 4];
    header3[blocksize0] = blockSizes[dataValue[28] & 15];
    if (header3[blocksize0] > header3[blocksize1]) return null;
    if (dataValue[29] !== 1) return null;
    header3[bitDepth] = 32;
    header3[vorbisSetup] = vorbisSetupData;
    header3[vorbisComments] = vorbisCommentsData;
    {
      const {
        length: length2,
        data: data3,
        version: version2,
        vorbisSetup: vorbisSetup3,
        vorbisComments: vorbisComments2,
        ...codecUpdateFields
      } = header3;
      headerCache[setHeader](key, header3, codecUpdateFields);
    }
    return new _VorbisHeader(header3);
  }
  /**
   * @private
   * Call VorbisHeader.getHeader(Array<Uint8>) to get instance
   */
  constructor(header3) {
    super(header3);
    this[bitrateMaximum] = header3[bitrateMaximum];
    this[bitrateMinimum] = header3[bitrateMinimum];
    this[bitrateNominal] = header3[bitrateNominal];
    this[blocksize0] = header3[blocksize0];
    this[blocksize1] = header3[blocksize1];
    this[data] = header3[data];
    this[vorbisComments] = header3[vorbisComments];
    this[vorbisSetup] = header3[vorbisSetup];
  }
};

// node_modules/codec-parser/src/codecs/vorbis/VorbisParser.js
var VorbisParser = class extends Parser {
  constructor(codecParser, headerCache, onCodec) {
    super(codecParser, headerCache);
    this.Frame = VorbisFrame;
    onCodec(this[codec]);
    this._identificationHeader = null;
    this._setupComplete = false;
    this._prevBlockSize = null;
  }
  get [codec]() {
    return vorbis;
  }
  [parseOggPage](oggPage) {
    oggPage[codecFrames] = [];
    for (const oggPageSegment of frameStore.get(oggPage)[segments]) {
      if (oggPageSegment[0] === 1) {
        this._headerCache[enable]();
        this._identificationHeader = oggPage[data];
        this._setupComplete = false;
      } else if (oggPageSegment[0] === 3) {
        this._vorbisComments = oggPageSegment;
      } else if (oggPageSegment[0] === 5) {
        this._vorbisSetup = oggPageSegment;
        this._mode = this._parseSetupHeader(oggPageSegment);
        this._setupComplete = true;
      } else if (this._setupComplete) {
        const header3 = VorbisHeader[getHeaderFromUint8Array](
          this._identificationHeader,
          this._headerCache,
          this._vorbisComments,
          this._vorbisSetup
        );
        if (header3) {
          oggPage[codecFrames].push(
            new VorbisFrame(
              oggPageSegment,
              header3,
              this._getSamples(oggPageSegment, header3)
            )
          );
        } else {
          this._codecParser[logError](
            "Failed to parse Ogg Vorbis Header",
            "Not a valid Ogg Vorbis file"
          );
        }
      }
    }
    return oggPage;
  }
  _getSamples(segment, header3) {
    const blockFlag = this._mode.blockFlags[segment[0] >> 1 & this._mode.mask];
    const currentBlockSize = blockFlag ? header3[blocksize1] : header3[blocksize0];
    const samplesValue = this._prevBlockSize === null ? 0 : (this._prevBlockSize + currentBlockSize) / 4;
    this._prevBlockSize = currentBlockSize;
    return samplesValue;
  }
  // https://gitlab.xiph.org/xiph/liboggz/-/blob/master/src/liboggz/oggz_auto.c#L911
  // https://github.com/FFmpeg/FFmpeg/blob/master/libavcodec/vorbis_parser.c
  /*
   * This is the format of the mode data at the end of the packet for all
   * Vorbis Version 1 :
   *
   * [ 6:number_of_modes ]
   * [ 1:size | 16:window_type(0) | 16:transform_type(0) | 8:mapping ]
   * [ 1:size | 16:window_type(0) | 16:transform_type(0) | 8:mapping ]
   * [ 1:size | 16:window_type(0) | 16:transform_type(0) | 8:mapping ]
   * [ 1:framing(1) ]
   *
   * e.g.:
   *
   * MsB         LsB
   *              <-
   * 0 0 0 0 0 1 0 0
   * 0 0 1 0 0 0 0 0
   * 0 0 1 0 0 0 0 0
   * 0 0 1|0 0 0 0 0
   * 0 0 0 0|0|0 0 0
   * 0 0 0 0 0 0 0 0
   * 0 0 0 0|0 0 0 0
   * 0 0 0 0 0 0 0 0
   * 0 0 0 0|0 0 0 0
   * 0 0 0|1|0 0 0 0 |
   * 0 0 0 0 0 0 0 0 V
   * 0 0 0|0 0 0 0 0
   * 0 0 0 0 0 0 0 0
   * 0 0|1 0 0 0 0 0
   *
   * The simplest way to approach this is to start at the end
   * and read backwards to determine the mode configuration.
   *
   * liboggz and ffmpeg both use this method.
   */
  _parseSetupHeader(setup) {
    const bitReader = new BitReader(setup);
    const mode2 = {
      count: 0,
      blockFlags: []
    };
    while ((bitReader.read(1) & 1) !== 1) {
    }
    let modeBits;
    while (mode2.count < 64 && bitReader.position > 0) {
      reverse(bitReader.read(8));
      let currentByte = 0;
      while (bitReader.read(8) === 0 && currentByte++ < 3) {
      }
      if (currentByte === 4) {
        modeBits = bitReader.read(7);
        mode2.blockFlags.unshift(modeBits & 1);
        bitReader.position += 6;
        mode2.count++;
      } else {
        if (((reverse(modeBits) & 126) >> 1) + 1 !== mode2.count) {
          this._codecParser[logWarning](
            "vorbis derived mode count did not match actual mode count"
          );
        }
        break;
      }
    }
    mode2.mask = (1 << Math.log2(mode2.count)) - 1;
    return mode2;
  }
};

// node_modules/codec-parser/src/containers/ogg/OggParser.js
var OggStream = class {
  constructor(codecParser, headerCache, onCodec) {
    this._codecParser = codecParser;
    this._headerCache = headerCache;
    this._onCodec = onCodec;
    this._continuedPacket = new uint8Array();
    this._codec = null;
    this._isSupported = null;
    this._previousAbsoluteGranulePosition = null;
  }
  get [codec]() {
    return this._codec || "";
  }
  _updateCodec(codec2, Parser2) {
    if (this._codec !== codec2) {
      this._headerCache[reset]();
      this._parser = new Parser2(
        this._codecParser,
        this._headerCache,
        this._onCodec
      );
      this._codec = codec2;
    }
  }
  _checkCodecSupport({ data: data3 }) {
    const idString = bytesToString(data3[subarray](0, 8));
    switch (idString) {
      case "fishead\0":
        return false;
      // ignore ogg skeleton packets
      case "OpusHead":
        this._updateCodec("opus", OpusParser);
        return true;
      case (/^\x7fFLAC/.test(idString) && idString):
        this._updateCodec("flac", FLACParser);
        return true;
      case (/^\x01vorbis/.test(idString) && idString):
        this._updateCodec(vorbis, VorbisParser);
        return true;
      default:
        return false;
    }
  }
  _checkPageSequenceNumber(oggPage) {
    if (oggPage[pageSequenceNumber] !== this._pageSequenceNumber + 1 && this._pageSequenceNumber > 1 && oggPage[pageSequenceNumber] > 1) {
      this._codecParser[logWarning](
        "Unexpected gap in Ogg Page Sequence Number.",
        `Expected: ${this._pageSequenceNumber + 1}, Got: ${oggPage[pageSequenceNumber]}`
      );
    }
    this._pageSequenceNumber = oggPage[pageSequenceNumber];
  }
  _parsePage(oggPage) {
    if (this._isSupported === null) {
      this._pageSequenceNumber = oggPage[pageSequenceNumber];
      this._isSupported = this._checkCodecSupport(oggPage);
    }
    this._checkPageSequenceNumber(oggPage);
    const oggPageStore = frameStore.get(oggPage);
    const headerData = headerStore.get(oggPageStore[header]);
    let offset = 0;
    oggPageStore[segments] = headerData[pageSegmentTable].map(
      (segmentLength) => oggPage[data][subarray](offset, offset += segmentLength)
    );
    if (this._continuedPacket[length]) {
      oggPageStore[segments][0] = concatBuffers(
        this._continuedPacket,
        oggPageStore[segments][0]
      );
      this._continuedPacket = new uint8Array();
    }
    if (headerData[pageSegmentBytes][headerData[pageSegmentBytes][length] - 1] === 255) {
      this._continuedPacket = concatBuffers(
        this._continuedPacket,
        oggPageStore[segments].pop()
      );
    }
    if (this._previousAbsoluteGranulePosition !== null) {
      oggPage[samples] = Number(
        oggPage[absoluteGranulePosition] - this._previousAbsoluteGranulePosition
      );
    }
    this._previousAbsoluteGranulePosition = oggPage[absoluteGranulePosition];
    if (this._isSupported) {
      const frame2 = this._parser[parseOggPage](oggPage);
      this._codecParser[mapFrameStats](frame2);
      return frame2;
    } else {
      return oggPage;
    }
  }
};
var OggParser = class extends Parser {
  constructor(codecParser, headerCache, onCodec) {
    super(codecParser, headerCache);
    this._onCodec = onCodec;
    this.Frame = OggPage;
    this.Header = OggPageHeader;
    this._streams = /* @__PURE__ */ new Map();
    this._currentSerialNumber = null;
  }
  get [codec]() {
    const oggStream = this._streams.get(this._currentSerialNumber);
    return oggStream ? oggStream.codec : "";
  }
  *[parseFrame]() {
    const oggPage = yield* this[fixedLengthFrameSync](true);
    this._currentSerialNumber = oggPage[streamSerialNumber];
    let oggStream = this._streams.get(this._currentSerialNumber);
    if (!oggStream) {
      oggStream = new OggStream(
        this._codecParser,
        this._headerCache,
        this._onCodec
      );
      this._streams.set(this._currentSerialNumber, oggStream);
    }
    if (oggPage[isLastPage]) this._streams.delete(this._currentSerialNumber);
    return oggStream._parsePage(oggPage);
  }
};

// node_modules/codec-parser/src/CodecParser.js
var noOp = () => {
};
var CodecParser = class {
  constructor(mimeType2, {
    onCodec,
    onCodecHeader,
    onCodecUpdate,
    enableLogging = false,
    enableFrameCRC32 = true
  } = {}) {
    this._inputMimeType = mimeType2;
    this._onCodec = onCodec || noOp;
    this._onCodecHeader = onCodecHeader || noOp;
    this._onCodecUpdate = onCodecUpdate;
    this._enableLogging = enableLogging;
    this._crc32 = enableFrameCRC32 ? crc32Function : noOp;
    this[reset]();
  }
  /**
   * @public
   * @returns The detected codec
   */
  get [codec]() {
    return this._parser ? this._parser[codec] : "";
  }
  [reset]() {
    this._headerCache = new HeaderCache(
      this._onCodecHeader,
      this._onCodecUpdate
    );
    this._generator = this._getGenerator();
    this._generator.next();
  }
  /**
   * @public
   * @description Generator function that yields any buffered CodecFrames and resets the CodecParser
   * @returns {Iterable<CodecFrame|OggPage>} Iterator that operates over the codec data.
   * @yields {CodecFrame|OggPage} Parsed codec or ogg page data
   */
  *flush() {
    this._flushing = true;
    for (let i = this._generator.next(); i.value; i = this._generator.next()) {
      yield i.value;
    }
    this._flushing = false;
    this[reset]();
  }
  /**
   * @public
   * @description Generator function takes in a Uint8Array of data and returns a CodecFrame from the data for each iteration
   * @param {Uint8Array} chunk Next chunk of codec data to read
   * @returns {Iterable<CodecFrame|OggPage>} Iterator that operates over the codec data.
   * @yields {CodecFrame|OggPage} Parsed codec or ogg page data
   */
  *parseChunk(chunk) {
    for (let i = this._generator.next(chunk); i.value; i = this._generator.next()) {
      yield i.value;
    }
  }
  /**
   * @public
   * @description Parses an entire file and returns all of the contained frames.
   * @param {Uint8Array} fileData Coded data to read
   * @returns {Array<CodecFrame|OggPage>} CodecFrames
   */
  parseAll(fileData) {
    return [...this.parseChunk(fileData), ...this.flush()];
  }
  /**
   * @private
   */
  *_getGenerator() {
    if (this._inputMimeType.match(/aac/)) {
      this._parser = new AACParser(this, this._headerCache, this._onCodec);
    } else if (this._inputMimeType.match(/mpeg/)) {
      this._parser = new MPEGParser(this, this._headerCache, this._onCodec);
    } else if (this._inputMimeType.match(/flac/)) {
      this._parser = new FLACParser(this, this._headerCache, this._onCodec);
    } else if (this._inputMimeType.match(/ogg/)) {
      this._parser = new OggParser(this, this._headerCache, this._onCodec);
    } else {
      throw new Error(`Unsupported Codec ${mimeType}`);
    }
    this._frameNumber = 0;
    this._currentReadPosition = 0;
    this._totalBytesIn = 0;
    this._totalBytesOut = 0;
    this._totalSamples = 0;
    this._sampleRate = void 0;
    this._rawData = new Uint8Array(0);
    while (true) {
      const frame2 = yield* this._parser[parseFrame]();
      if (frame2) yield frame2;
    }
  }
  /**
   * @protected
   * @param {number} minSize Minimum bytes to have present in buffer
   * @returns {Uint8Array} rawData
   */
  *[readRawData](minSize = 0, readOffset = 0) {
    let rawData2;
    while (this._rawData[length] <= minSize + readOffset) {
      rawData2 = yield;
      if (this._flushing) return this._rawData[subarray](readOffset);
      if (rawData2) {
        this._totalBytesIn += rawData2[length];
        this._rawData = concatBuffers(this._rawData, rawData2);
      }
    }
    return this._rawData[subarray](readOffset);
  }
  /**
   * @protected
   * @param {number} increment Bytes to increment codec data
   */
  [incrementRawData](increment) {
    this._currentReadPosition += increment;
    this._rawData = this._rawData[subarray](increment);
  }
  /**
   * @protected
   */
  [mapCodecFrameStats](frame2) {
    this._sampleRate = frame2[header][sampleRate];
    frame2[header][bitrate] = frame2[duration] > 0 ? Math.round(frame2[data][length] / frame2[duration]) * 8 : 0;
    frame2[frameNumber] = this._frameNumber++;
    frame2[totalBytesOut] = this._totalBytesOut;
    frame2[totalSamples] = this._totalSamples;
    frame2[totalDuration] = this._totalSamples / this._sampleRate * 1e3;
    frame2[crc32] = this._crc32(frame2[data]);
    this._headerCache[checkCodecUpdate](
      frame2[header][bitrate],
      frame2[totalDuration]
    );
    this._totalBytesOut += frame2[data][length];
    this._totalSamples += frame2[samples];
  }
  /**
   * @protected
   */
  [mapFrameStats](frame2) {
    if (frame2[codecFrames]) {
      if (frame2[isLastPage]) {
        let absoluteGranulePositionSamples = frame2[samples];
        frame2[codecFrames].forEach((codecFrame) => {
          const untrimmedCodecSamples = codecFrame[samples];
          if (absoluteGranulePositionSamples < untrimmedCodecSamples) {
            codecFrame[samples] = absoluteGranulePositionSamples > 0 ? absoluteGranulePositionSamples : 0;
            codecFrame[duration] = codecFrame[samples] / codecFrame[header][sampleRate] * 1e3;
          }
          absoluteGranulePositionSamples -= untrimmedCodecSamples;
          this[mapCodecFrameStats](codecFrame);
        });
      } else {
        frame2[samples] = 0;
        frame2[codecFrames].forEach((codecFrame) => {
          frame2[samples] += codecFrame[samples];
          this[mapCodecFrameStats](codecFrame);
        });
      }
      frame2[duration] = frame2[samples] / this._sampleRate * 1e3 || 0;
      frame2[totalSamples] = this._totalSamples;
      frame2[totalDuration] = this._totalSamples / this._sampleRate * 1e3 || 0;
      frame2[totalBytesOut] = this._totalBytesOut;
    } else {
      this[mapCodecFrameStats](frame2);
    }
  }
  /**
   * @private
   */
  _log(logger, messages) {
    if (this._enableLogging) {
      const stats = [
        `${codec}:         ${this[codec]}`,
        `inputMimeType: ${this._inputMimeType}`,
        `readPosition:  ${this._currentReadPosition}`,
        `totalBytesIn:  ${this._totalBytesIn}`,
        `${totalBytesOut}: ${this._totalBytesOut}`
      ];
      const width = Math.max(...stats.map((s) => s[length]));
      messages.push(
        `--stats--${"-".repeat(width - 9)}`,
        ...stats,
        "-".repeat(width)
      );
      logger(
        "codec-parser",
        messages.reduce((acc, message) => acc + "\n  " + message, "")
      );
    }
  }
  /**
   * @protected
   */
  [logWarning](...messages) {
    this._log(console.warn, messages);
  }
  /**
   * @protected
   */
  [logError2](...messages) {
    this._log(console.error, messages);
  }
};

// node_modules/codec-parser/index.js
var codec_parser_default = CodecParser;
var absoluteGranulePosition2 = absoluteGranulePosition;
var codecFrames2 = codecFrames;
var coupledStreamCount2 = coupledStreamCount;
var data2 = data;
var header2 = header;
var isLastPage2 = isLastPage;
var preSkip2 = preSkip;
var vorbisSetup2 = vorbisSetup;
var channelMappingTable2 = channelMappingTable;
var channels2 = channels;
var streamCount2 = streamCount;
var totalSamples2 = totalSamples;

export {
  codec_parser_default,
  absoluteGranulePosition2 as absoluteGranulePosition,
  codecFrames2 as codecFrames,
  coupledStreamCount2 as coupledStreamCount,
  data2 as data,
  header2 as header,
  isLastPage2 as isLastPage,
  preSkip2 as preSkip,
  vorbisSetup2 as vorbisSetup,
  channelMappingTable2 as channelMappingTable,
  channels2 as channels,
  streamCount2 as streamCount,
  totalSamples2 as totalSamples
};
