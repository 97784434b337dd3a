import { DioniceKernel } from '@qdash/kernel';

/**
 * Runs the DioniceKernel's first worked example in-process and compares it with the known
 * answer, so "dioniceOS ready" means the kernel computed something correct, not just loaded.
 */
export function kernelSelfCheck(): { ok: boolean; detail: string } {
  try {
    const result = new DioniceKernel().step({ psi: 0.85, rho: 0.9, omega: 0.75, algorithm: 'VQE' });
    const ok =
      result.notes === 'Exploration: 1 new patterns discovered' &&
      result.resonance_score === 0.85 &&
      !result.regime_change_suggested;

    return { ok, detail: ok ? 'worked example A reproduced' : 'worked example A differs' };
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
}
