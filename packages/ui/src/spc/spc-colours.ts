import type { SpcPointType } from '@recordroom/kpi';

/**
 * Making Data Count colours (NHSRplotthedots `ptd_spc_colours()` v0.2.2, standardised with the MDC
 * Power BI team; ../shared/domain/spc-making-data-count.md §3). Points: grey common cause, blue
 * improvement, orange concern, purple neutral. Lines: black mean, grey limits, red target.
 */
export const SPC_POINT_COLOURS: Readonly<Record<SpcPointType, string>> = {
  'common-cause': '#a6a6a6',
  'special-cause-improvement': '#00b0f0',
  'special-cause-concern': '#e46c0a',
  'special-cause-neutral-high': '#490092',
  'special-cause-neutral-low': '#490092',
};

export const SPC_LINE_COLOURS = {
  // The data line is a darker grey than common-cause points so it meets 3:1 contrast on white.
  data: '#768692',
  mean: '#212b32',
  limit: '#768692',
  target: '#de1b1b',
} as const;

/**
 * The icon text colours of the MDC icon files (NHSRplotthedots inst/icons/*.svg; domain note §4):
 * blue #0072C6 improvement / pass, orange #FF6600 concern / fail, purple #8000C0 neutral, grey
 * #7F7F7F common cause / inconsistent.
 */
export const SPC_ICON_COLOURS = {
  improvement: '#0072c6',
  concern: '#ff6600',
  neutral: '#8000c0',
  common: '#7f7f7f',
} as const;
