import type { CouplingTickResult } from './coupling-tick';
import { formatRustFixed } from './rust-format';
import { decodeAlgorithm, State4D } from './state-mapping';

/**
 * The kernel's advice for one step, with the original's snake_case keys in its order.
 * `new_config` keys are in alphabetical order; notes are joined with "; " (possibly empty).
 */
export interface DioniceSuggestion {
  new_config: DioniceConfigSuggestion;
  notes: string;
  resonance_score: number;
  regime_change_suggested: boolean;
}

/** The configuration hints a step may carry; only those that apply are present. */
export interface DioniceConfigSuggestion {
  quality_direction?: 'improving' | 'degrading';
  suggested_algorithm?: 'VQE' | 'QAOA' | 'VQC';
  suggested_efficiency_target?: number;
  suggested_stability_target?: number;
}

const STABILITY_DELTA = 0.1;
const QUALITY_DEGRADATION = -0.05;
const EFFICIENCY_DELTA = 0.1;
const REGIME_DELTA = 0.5;

/**
 * Compares the current state with the funnel's next state and turns the differences into notes
 * and configuration hints, in the original's order: stability, quality, efficiency, regime,
 * exploration, consolidation.
 */
export function analyzeTick(
  current: State4D,
  next: State4D,
  tick: Pick<CouplingTickResult, 'nodesCreated' | 'nodesMerged'>,
): DioniceSuggestion {
  const config: DioniceConfigSuggestion = {};
  const notes: string[] = [];
  const deltaX = next.x - current.x;
  const deltaY = next.y - current.y;
  const deltaZ = next.z - current.z;
  const deltaPsi = next.psi - current.psi;

  if (Math.abs(deltaX) > STABILITY_DELTA) {
    config.suggested_stability_target = next.x / 2 + 0.5;
    notes.push(
      deltaX > 0
        ? 'Increase stability: Consider more random starts or larger ensemble'
        : 'Decrease emphasis on stability: Optimize for quality/efficiency',
    );
  }

  if (deltaPsi > 0) {
    config.quality_direction = 'improving';
    notes.push(`Quality improvement detected: Δψ = ${formatRustFixed(deltaPsi, 4)}`);
  } else if (deltaPsi < QUALITY_DEGRADATION) {
    config.quality_direction = 'degrading';
    notes.push('Quality degradation: Consider reverting recent changes');
  }

  if (deltaZ > EFFICIENCY_DELTA) {
    config.suggested_efficiency_target = next.z / 2 + 0.5;
    notes.push('Efficiency gain: Consider reducing ansatz depth or iterations');
  } else if (deltaZ < -EFFICIENCY_DELTA) {
    notes.push('Efficiency loss: May need to increase computational budget');
  }

  const regimeChange = Math.abs(deltaY) > REGIME_DELTA;
  if (regimeChange) {
    config.suggested_algorithm = decodeAlgorithm(next.y);
    notes.push(`Regime change suggested: Consider switching to ${config.suggested_algorithm}`);
  }

  if (tick.nodesCreated > 0) {
    notes.push(`Exploration: ${tick.nodesCreated} new patterns discovered`);
  }
  if (tick.nodesMerged > 0) {
    notes.push(`Consolidation: ${tick.nodesMerged} patterns merged`);
  }

  return {
    new_config: sortKeys(config),
    notes: notes.join('; '),
    resonance_score: clampUnit(next.psi),
    regime_change_suggested: regimeChange,
  };
}

/** Rebuilds the object with its keys in alphabetical order, as serde's BTreeMap serialises. */
function sortKeys(config: DioniceConfigSuggestion): DioniceConfigSuggestion {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(config).sort()) {
    sorted[key] = config[key as keyof DioniceConfigSuggestion];
  }

  return sorted;
}

/** clamp(ψ, 0, 1); NaN stays NaN as in the original. */
function clampUnit(value: number): number {
  if (Number.isNaN(value)) {
    return value;
  }

  return Math.min(1, Math.max(0, value));
}
