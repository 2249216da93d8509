import type { LoadReport } from './synthetic/loadSynthetic.ts';
import type { ContenderName, Targets } from './operations.ts';

export interface ContenderFigures {
  /** Single client: median over rounds of each round's p50 and p99, in ms. */
  p50: number;
  p99: number;
  /** 32 connections: median over rounds of requests per second and of p99 (ms). */
  throughput: number;
  p99At32: number;
  /** 32 connections: failed requests over all rounds (absent in results written before it was counted). */
  failures?: number;
  roundTrips: number;
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
}

export interface OperationResult {
  name: string;
  description: string;
  nested: boolean;
  point: boolean;
  contenders: Record<ContenderName, ContenderFigures>;
}

export interface ScaleResult {
  scale: string;
  load: LoadReport;
  targets: Targets;
  /** Machine load (1, 5, 15 min averages) when the size's measurements started and ended. */
  loadAverage: { before: number[]; after: number[] };
  measuredAt: string;
  operations: OperationResult[];
}

export interface BenchResults {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    neo4j: string;
    platform: string;
  };
  settings: {
    quick: boolean;
    rounds: number;
    singleSeconds: number;
    loadSeconds: number;
    connections: number;
  };
  scales: ScaleResult[];
}
