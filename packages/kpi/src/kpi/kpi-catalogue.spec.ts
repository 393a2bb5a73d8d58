import { describe, expect, it } from '@jest/globals';
import { KPI_CATALOGUE, kpiDefinition, withKpiTargets } from './kpi-catalogue.js';

describe('KPI_CATALOGUE', () => {
  it('has unique ids', () => {
    const ids = KPI_CATALOGUE.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every target a source', () => {
    const targets = KPI_CATALOGUE.flatMap((kpi) => (kpi.target === null ? [] : [kpi.target]));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => t.source.trim() === '')).toEqual([]);
  });

  it('marks the local-policy targets from records-service-standards.md as unverified', () => {
    expect(kpiDefinition('clinic-availability-percent').target).toMatchObject({ value: 99, status: 'unverified' });
    expect(kpiDefinition('sar-on-time-percent').target).toMatchObject({ value: 100, status: 'verified' });
  });

  it('has a denominator exactly for the percentage KPIs', () => {
    for (const kpi of KPI_CATALOGUE) expect(kpi.denominator !== null).toBe(kpi.unit === 'percent');
  });
});

describe('withKpiTargets', () => {
  it('replaces a target with the trust’s own, and removes one set to null', () => {
    const catalogue = withKpiTargets(KPI_CATALOGUE, { 'clinic-availability-percent': 98, 'temporary-notes-percent': null });
    expect(kpiDefinition('clinic-availability-percent', catalogue).target).toEqual({ value: 98, status: 'local', source: 'local policy' });
    expect(kpiDefinition('temporary-notes-percent', catalogue).target).toBeNull();
    expect(kpiDefinition('sar-on-time-percent', catalogue).target?.value).toBe(100);
  });

  it('does not change the catalogue it was given', () => {
    withKpiTargets(KPI_CATALOGUE, { 'clinic-availability-percent': 50 });
    expect(kpiDefinition('clinic-availability-percent').target?.value).toBe(99);
  });
});
