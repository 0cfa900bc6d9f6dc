/** Scan options and their defaults. Every bound on attacker-controlled input lives here. */
import buffer from 'node:buffer';

export interface Limits {
  /** Total uncompressed bytes read out of one artifact, all nesting levels together. */
  maxTotalBytes: number;
  /** Uncompressed bytes of one member. */
  maxMemberBytes: number;
  /** Members in one artifact, all nesting levels together. */
  maxMembers: number;
  /** Uncompressed/compressed ratio of one member above which it is treated as a bomb. */
  maxRatio: number;
  /** Archives inside archives: 0 = do not open nested archives. */
  maxDepth: number;
  /** Largest artifact file read at all. */
  maxArtifactBytes: number;
}

export interface ScanOptions {
  threshold: number;
  /** An artifact not fully scanned fails the run (fail closed). */
  failOnIncomplete: boolean;
  limits: Limits;
}

export const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxTotalBytes: 8192 * MiB,
  maxMemberBytes: 2047 * MiB,
  maxMembers: 100_000,
  maxRatio: 200,
  maxDepth: 3,
  maxArtifactBytes: 2048 * MiB,
};

export const DEFAULT_THRESHOLD = 7;

/** The largest buffer this Node can allocate: a member limit above it could never be honoured. */
const MAX_BUFFER = buffer.constants.MAX_LENGTH;

export function defaultOptions(overrides: Partial<Omit<ScanOptions, 'limits'>> & { limits?: Partial<Limits> } = {}): ScanOptions {
  return {
    threshold: overrides.threshold ?? DEFAULT_THRESHOLD,
    failOnIncomplete: overrides.failOnIncomplete ?? true,
    limits: clampLimits({ ...DEFAULT_LIMITS, ...(overrides.limits ?? {}) }),
  };
}

function clampLimits(l: Limits): Limits {
  return { ...l, maxMemberBytes: Math.min(l.maxMemberBytes, MAX_BUFFER), maxArtifactBytes: Math.min(l.maxArtifactBytes, MAX_BUFFER) };
}
