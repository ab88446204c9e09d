/**
 * Force layout for the entity network, run to rest synchronously with a fixed tick count. d3-force places
 * nodes on a phyllotaxis spiral and uses a seeded random source, so the same graph always lays out the same.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Network, NetNode } from './network.js';

export interface Positioned extends NetNode {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

const TICKS = 300;

export function layoutNetwork(network: Network, width: number, height: number): Positioned[] {
  const simNodes: SimNode[] = network.nodes.map((n) => ({ id: n.id }));
  const simLinks = network.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const simulation = forceSimulation(simNodes)
    .randomSource(lcg(1))
    .force('charge', forceManyBody().strength(-220))
    .force(
      'link',
      forceLink<SimNode, (typeof simLinks)[number]>(simLinks)
        .id((d) => d.id)
        .distance(90)
        .strength((l) => Math.min(1, 0.1 + l.weight * 0.05)),
    )
    .force('collide', forceCollide(26))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  simulation.tick(TICKS);
  const margin = 30;
  return network.nodes.map((n, i) => {
    const sim = simNodes[i]!;
    return {
      ...n,
      x: Math.max(margin, Math.min(width - margin, sim.x ?? width / 2)),
      y: Math.max(margin, Math.min(height - margin, sim.y ?? height / 2)),
    };
  });
}

/** A small linear congruential generator in [0, 1): deterministic jiggle. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}
