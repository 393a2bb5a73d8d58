import { type SicknessExclusion } from './sickness-episode.js';

/** A reason for sickness absence, from a category list; `exclusion` leaves it out of triggers. */
export interface SicknessReason {
  code: string;
  label: string;
  /** Absence for this reason is reviewed apart from attendance triggers (see BradfordSettings). */
  exclusion?: SicknessExclusion;
}

/**
 * The ESR-style sickness absence reasons NHS England's sickness statistics are broken down by
 * (../shared/domain/absence.md §2 names the breakdown, [V], but not the list). The codes and
 * labels are those of ESR as widely published; not verified in a stored copy, so a configurable
 * default: a trust passes its own list wherever reasons are checked. Pregnancy-related disorders
 * are marked for exclusion from triggers (absence.md §1).
 */
export const DEFAULT_SICKNESS_REASONS: readonly SicknessReason[] = [
  { code: 'S10', label: 'Anxiety/stress/depression/other psychiatric illnesses' },
  { code: 'S11', label: 'Back problems' },
  { code: 'S12', label: 'Other musculoskeletal problems' },
  { code: 'S13', label: 'Cold, cough, flu - influenza' },
  { code: 'S14', label: 'Asthma' },
  { code: 'S15', label: 'Chest and respiratory problems' },
  { code: 'S16', label: 'Headache/migraine' },
  { code: 'S17', label: 'Benign and malignant tumours, cancers' },
  { code: 'S18', label: 'Blood disorders' },
  { code: 'S19', label: 'Heart, cardiac and circulatory problems' },
  { code: 'S20', label: 'Burns, poisoning, frostbite, hypothermia' },
  { code: 'S21', label: 'Ear, nose, throat (ENT)' },
  { code: 'S22', label: 'Dental and oral problems' },
  { code: 'S23', label: 'Eye problems' },
  { code: 'S24', label: 'Endocrine/glandular problems' },
  { code: 'S25', label: 'Gastrointestinal problems' },
  { code: 'S26', label: 'Genitourinary and gynaecological disorders' },
  { code: 'S27', label: 'Infectious diseases' },
  { code: 'S28', label: 'Injury, fracture' },
  { code: 'S29', label: 'Nervous system disorders' },
  { code: 'S30', label: 'Pregnancy related disorders', exclusion: 'pregnancy-related' },
  { code: 'S31', label: 'Skin disorders' },
  { code: 'S32', label: 'Substance abuse' },
  { code: 'S98', label: 'Other known causes - not elsewhere classified' },
  { code: 'S99', label: 'Unknown causes/not specified' },
];

/**
 * The reason with this code, or undefined.
 *
 * @example sicknessReason('S11')?.label // 'Back problems'
 */
export function sicknessReason(code: string, reasons: readonly SicknessReason[] = DEFAULT_SICKNESS_REASONS): SicknessReason | undefined {
  return reasons.find((r) => r.code === code);
}
