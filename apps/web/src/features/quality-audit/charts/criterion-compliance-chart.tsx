import type { Criterion, CriterionResult } from '@recordroom/audit';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';

interface CriterionComplianceChartProps {
  criteria: readonly Criterion[];
  results: readonly CriterionResult[];
  greenFrom: number;
  amberFrom: number;
}

const COLOURS = { green: '#007f3b', amber: '#ed8b00', red: '#d5281b' } as const;

/** Compliance of each criterion as a bar (percent, N/A excluded), coloured by its RAG, the green threshold as a line. The table beside it carries the same figures. */
export function CriterionComplianceChart({ criteria, results, greenFrom, amberFrom }: CriterionComplianceChartProps) {
  const data = results.map((r) => ({ id: r.criterionId, value: r.compliance === null ? 0 : Math.round(r.compliance * 1000) / 10, rag: r.rag ?? 'green', text: criteria.find((c) => c.id === r.criterionId)?.text ?? '' }));
  return (
    <figure className="app-quality-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 28 + 40)}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="id" width={48} />
          <ReferenceLine x={greenFrom} stroke="#007f3b" strokeDasharray="4 4" />
          <ReferenceLine x={amberFrom} stroke="#ed8b00" strokeDasharray="4 4" />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.id} fill={COLOURS[d.rag]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
