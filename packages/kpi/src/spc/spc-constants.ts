// Every figure here is NHSRplotthedots v0.2.2 (NHS-R Community, commit 050b07d, 29 Sep 2025), the
// reference implementation of NHS England's Making Data Count (first guide May 2018); see
// ../shared/domain/spc-making-data-count.md §§1-5.

/**
 * Process limits at mean ± 2.66 × mean moving range (3 sigma; 2.66 = 3 / d2, d2 = 1.128):
 * R/ptd_spc_standard.R `limit <- 2.66` (v0.2.2, 29 Sep 2025).
 */
export const PROCESS_LIMIT_FACTOR = 2.66;

/** Near ("2 sigma") limits: R/ptd_spc_standard.R `limitclose <- 2 * (limit / 3)` (v0.2.2, 29 Sep 2025). */
export const NEAR_LIMIT_FACTOR = 2 * (PROCESS_LIMIT_FACTOR / 3);

/** One-sigma band, for drawing only (no rule uses it): limit / 3 [D]. */
export const ONE_SIGMA_FACTOR = PROCESS_LIMIT_FACTOR / 3;

/**
 * Moving ranges ≥ 3.267 × the mean moving range (D4) are screened out:
 * R/ptd_spc_standard.R `mr < 3.267 * amr` (v0.2.2, 29 Sep 2025).
 */
export const MOVING_RANGE_SCREEN_FACTOR = 3.267;

/**
 * Shift: 7 consecutive points on one side of the mean:
 * R/ptd_calculate_point_type.R `ptd_seven_point_one_side_mean` (v0.2.2, 29 Sep 2025).
 */
export const SHIFT_LENGTH = 7;

/**
 * Trend: 7 consecutive points all rising or all falling:
 * R/ptd_calculate_point_type.R `ptd_seven_point_trend` (v0.2.2, 29 Sep 2025).
 */
export const TREND_LENGTH = 7;

/** `fix_after_n_points` must be at least 12: R/ptd_spc_options.R (v0.2.2, 29 Sep 2025). */
export const MIN_FIX_AFTER_N_POINTS = 12;

/**
 * A segment with fewer points than this has trial limits: R/ptd_add_short_group_warnings.R
 * `getOption("ptd_spc.warning_threshold", 13)` (v0.2.2, 29 Sep 2025; its message says "n < 12",
 * the code warns at n ≤ 12).
 */
export const DEFAULT_SHORT_SEGMENT_THRESHOLD = 13;
