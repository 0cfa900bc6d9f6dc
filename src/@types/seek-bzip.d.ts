declare module 'seek-bzip' {
  interface Bunzip {
    decode(input: Uint8Array | { readByte(): number; eof(): boolean; [k: string]: unknown }, output: { writeByte(b: number): void }, multistream?: boolean): void;
  }
  const bunzip: Bunzip;
  export default bunzip;
}
