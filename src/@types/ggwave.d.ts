/** ggwave 0.4.0 (emscripten build, CommonJS): only what src/audio/ggwave.ts uses. */
declare module 'ggwave' {
  interface GgwaveEnumValue {
    value: number;
  }
  interface GgwaveParameters {
    payloadLength: number;
    sampleRateInp: number;
    sampleRateOut: number;
    sampleRate: number;
    samplesPerFrame: number;
    soundMarkerThreshold: number;
    sampleFormatInp: GgwaveEnumValue;
    sampleFormatOut: GgwaveEnumValue;
    operatingMode: number;
  }
  export interface GgwaveModule {
    getDefaultParameters(): GgwaveParameters;
    init(p: GgwaveParameters): number;
    free(instance: number): void;
    encode(instance: number, data: string, protocol: GgwaveEnumValue, volume: number): Int8Array;
    decode(instance: number, data: Int8Array): Int8Array | null;
    disableLog(): void;
    ProtocolId: Record<string, GgwaveEnumValue>;
    SampleFormat: Record<string, GgwaveEnumValue>;
    GGWAVE_OPERATING_MODE_RX: number;
    GGWAVE_OPERATING_MODE_TX: number;
  }
  const factory: (options?: { print?: (s: string) => void; printErr?: (s: string) => void }) => Promise<GgwaveModule>;
  export default factory;
}
