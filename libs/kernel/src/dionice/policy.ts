import { readOneOfIgnoringCase } from './json-reader';

/** The funnel policies of the 4D-Trichter. Explore is the kernel's default. */
export const POLICY_NAMES = ['explore', 'exploit', 'homeostasis'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** The constants that steer the funnel's Hebbian update, split, merge and prune. */
export interface PolicyParams {
  /** Hebbian learning rate α_hebb. */
  alphaHebb: number;
  /** Edge weight decay per tick. */
  decay: number;
  /** A node heavier than this (and wide enough) splits. */
  thetaSplit: number;
  /** Two nodes both lighter than this (and close enough) merge. */
  thetaMerge: number;
  /** Edges lighter than this are pruned. */
  thetaPrune: number;
  /** Declared by the Exploit policy; nothing reads it, as in the original. */
  strictPhaseLock: boolean;
  /** Target node density for adaptation; only Homeostasis has one. */
  targetDensity: number | null;
}

const POLICY_TABLE: Record<PolicyName, PolicyParams> = {
  explore: {
    alphaHebb: 0.5,
    decay: 0.05,
    thetaSplit: 10,
    thetaMerge: 0.5,
    thetaPrune: 0.01,
    strictPhaseLock: false,
    targetDensity: null,
  },
  exploit: {
    alphaHebb: 0.2,
    decay: 0.01,
    thetaSplit: 20,
    thetaMerge: 2.0,
    thetaPrune: 0.1,
    strictPhaseLock: true,
    targetDensity: null,
  },
  homeostasis: {
    alphaHebb: 0.3,
    decay: 0.03,
    thetaSplit: 15,
    thetaMerge: 1.0,
    thetaPrune: 0.05,
    strictPhaseLock: false,
    targetDensity: 1.0,
  },
};

/** A fresh copy of the policy's constants; the kernel rebuilds them every step. */
export function policyParams(policy: PolicyName): PolicyParams {
  return { ...POLICY_TABLE[policy] };
}

/** A policy name, matched case-insensitively (`Exploit` → `exploit`). */
export function parsePolicy(value: unknown, field = 'policy'): PolicyName {
  return readOneOfIgnoringCase(value, field, POLICY_NAMES);
}

/**
 * Homeostatic adaptation of the constants to the funnel density. The kernel never calls it (as
 * in the original); it is kept so the rule is documented and tested. A policy without a target
 * density is returned unchanged.
 */
export function adaptToDensity(params: PolicyParams, density: number): PolicyParams {
  if (params.targetDensity === null) {
    return { ...params };
  }

  const ratio = density / params.targetDensity;
  const adapted = { ...params };
  if (ratio > 1.2) {
    adapted.decay *= 1.1;
    adapted.alphaHebb *= 0.9;
    adapted.thetaPrune *= 1.1;
  } else if (ratio < 0.8) {
    adapted.decay *= 0.9;
    adapted.alphaHebb *= 1.1;
    adapted.thetaPrune *= 0.9;
  }

  adapted.decay = clamp(adapted.decay, 0.001, 0.2);
  adapted.alphaHebb = clamp(adapted.alphaHebb, 0.05, 0.8);
  adapted.thetaPrune = clamp(adapted.thetaPrune, 0.001, 0.3);

  return adapted;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
