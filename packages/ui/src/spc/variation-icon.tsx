import type { VariationIcon as VariationIconKind } from '@recordroom/kpi';
import { VARIATION_ICON_DESCRIPTIONS } from './icon-descriptions.js';
import { SPC_ICON_COLOURS } from './spc-colours.js';

export interface VariationIconProps {
  icon: VariationIconKind;
  /** Width and height in pixels; 40 in a table, larger beside a chart. */
  size?: number;
  /** Overrides the text alternative (by default the MDC meaning, e.g. "Special cause variation – improving (high)"). */
  label?: string;
}

type Trend = 'flat' | 'up' | 'down';

/** Colour, letter and the little run of dots drawn inside the circle, as on the MDC icons. */
function design(icon: VariationIconKind): { colour: string; letter: string | null; trend: Trend } {
  switch (icon) {
    case 'common-cause':
      return { colour: SPC_ICON_COLOURS.common, letter: null, trend: 'flat' };
    case 'improvement-high':
      return { colour: SPC_ICON_COLOURS.improvement, letter: 'H', trend: 'up' };
    case 'improvement-low':
      return { colour: SPC_ICON_COLOURS.improvement, letter: 'L', trend: 'down' };
    case 'concern-high':
      return { colour: SPC_ICON_COLOURS.concern, letter: 'H', trend: 'up' };
    case 'concern-low':
      return { colour: SPC_ICON_COLOURS.concern, letter: 'L', trend: 'down' };
    case 'neutral-high':
      return { colour: SPC_ICON_COLOURS.neutral, letter: 'H', trend: 'up' };
    case 'neutral-low':
      return { colour: SPC_ICON_COLOURS.neutral, letter: 'L', trend: 'down' };
  }
}

// Dot heights (in a 100 × 100 box) of the seven-point runs drawn on the icons.
// A signal's run sits away from its letter: low in the circle under an H, high above an L.
const RUNS: Record<Trend, number[]> = {
  flat: [56, 46, 60, 48, 58, 44, 52],
  up: [74, 70, 72, 68, 62, 57, 52],
  down: [26, 30, 28, 32, 38, 43, 48],
};

/**
 * A Making Data Count variation icon: a circle in the colour of the latest point's variation
 * (grey common cause, blue improvement, orange concern, purple neutral), a run of dots, and H or L
 * for a signal through higher or lower values. The MDC meaning is its text alternative.
 */
export function VariationIcon({ icon, size = 40, label }: VariationIconProps) {
  const { colour, letter, trend } = design(icon);
  const text = label ?? VARIATION_ICON_DESCRIPTIONS[icon];
  const run = RUNS[trend];
  // The last three dots of a signal take the signal's colour; on common cause every dot is grey.
  const dotColour = (index: number) => (letter !== null && index >= 4 ? colour : SPC_ICON_COLOURS.common);
  return (
    <svg
      className="recordroom-spc-icon"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 100 100"
      width={size}
      height={size}
      role="img"
      aria-label={text}
      data-icon={icon}
      focusable="false"
    >
      <title>{text}</title>
      <circle cx="50" cy="50" r="45" fill="#ffffff" stroke={colour} strokeWidth="7" />
      <polyline
        points={run.map((y, index) => `${22 + index * 9.3},${y}`).join(' ')}
        fill="none"
        stroke={SPC_ICON_COLOURS.common}
        strokeWidth="2"
      />
      {run.map((y, index) => (
        <circle key={index} cx={22 + index * 9.3} cy={y} r="4.5" fill={dotColour(index)} />
      ))}
      {letter !== null && (
        <text
          x="50"
          y={trend === 'up' ? 42 : 86}
          textAnchor="middle"
          fontFamily="Frutiger W01, Arial, sans-serif"
          fontSize="34"
          fontWeight="700"
          fill={colour}
        >
          {letter}
        </text>
      )}
    </svg>
  );
}
