interface ChartKeyItem {
  label: string;
  colour: string;
  /** A line's pattern, or a filled box for a bar. */
  line?: 'solid' | 'dashed' | 'dotted';
}

/** The legend of a chart as a list, so it is read with the chart and printed with it. */
export function ChartKey({ items }: { items: ChartKeyItem[] }) {
  return (
    <ul className="nhsuk-list nhsuk-body-s" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
      {items.map((item) => (
        <li key={item.label} className="nhsuk-u-margin-bottom-0">
          <span
            aria-hidden="true"
            style={
              item.line
                ? { display: 'inline-block', width: 20, borderTop: `3px ${item.line} ${item.colour}`, marginRight: 6, verticalAlign: 'middle' }
                : { display: 'inline-block', width: 16, height: 10, background: item.colour, marginRight: 6 }
            }
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
