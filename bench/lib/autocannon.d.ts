// The part of autocannon's API that bench/lib/load.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    headers?: Record<string, string>;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
  }
  function autocannon<R>(options: Options, callback: (error: Error | null, result: R) => void): unknown;
  export default autocannon;
}
