import { mulberry32, RECORDS_SERVICE_STANDARDS, reauditDate, sampleRecords, scoreAudit, type Answer, type AuditAnswer, type Criterion, type TemplateVersion } from '@recordroom/audit';
import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type DemoOrganisation } from '@recordroom/demo-department';
import { reportingLine } from '@recordroom/people';
import { type EntityManager } from 'typeorm';

const criterion = (id: string, standardCode: string, text: string, extra: Partial<Criterion> = {}): Criterion => ({ id, text, weight: 1, critical: false, naAllowed: false, standardCode, guidance: '', ...extra });
const DEFAULTS = { thresholds: { greenFrom: 95, amberFrom: 85 }, reauditMonths: { red: 3, amber: 6, green: 12 } };

/** The demo department's templates: record keeping (15 criteria, 20 records), tracking, clinic availability, SARs. */
const TEMPLATES: { name: string; scope: string; definition: TemplateVersion; failRate: number }[] = [
  {
    name: 'Record-keeping standards',
    scope: 'Medical wards',
    failRate: 0.09,
    definition: {
      ...DEFAULTS,
      sampleSize: 20,
      criteria: [
        criterion('c1', 'RK-02', 'Patient name and NHS number on every page', { weight: 3, critical: true, guidance: 'Check every sheet, including continuation sheets.' }),
        criterion('c2', 'RK-04', 'Every entry dated', { weight: 2 }),
        criterion('c3', 'RK-05', 'Every entry timed (24-hour clock)'),
        criterion('c4', 'RK-06', 'Entries legible, dark ink'),
        criterion('c5', 'RK-07', 'Entries signed'),
        criterion('c6', 'RK-07', 'Name and designation printed'),
        criterion('c7', 'RK-08', 'Corrections single-line and countersigned', { naAllowed: true }),
        criterion('c8', 'RK-09', 'Senior decision-maker identified'),
        criterion('c9', 'RK-10', 'Allergies recorded (or none known)', { weight: 3, critical: true }),
        criterion('c10', 'RK-11', 'No unauthorised abbreviations'),
        criterion('c11', 'RK-03', 'Filed in chronological order'),
        criterion('c12', 'RK-12', 'No loose papers'),
        criterion('c13', 'RK-13', 'Current volume in use', { naAllowed: true }),
        criterion('c14', 'RK-14', "No other patient's papers", { weight: 2 }),
        criterion('c15', 'RK-01', 'Complete record available'),
      ],
    },
  },
  {
    name: 'Tracking and shelf audit',
    scope: 'Records library',
    failRate: 0.05,
    definition: { ...DEFAULTS, sampleSize: 20, criteria: [criterion('c1', 'SV-01', 'Location matches the tracking system', { weight: 2 }), criterion('c2', 'SV-02', 'Folder in its correct shelf position'), criterion('c3', 'RK-13', 'Each volume tracked', { naAllowed: true })] },
  },
  {
    name: 'Notes available for clinic',
    scope: 'Outpatients reception',
    failRate: 0.04,
    definition: { ...DEFAULTS, sampleSize: 20, criteria: [criterion('c1', 'SV-03', 'Main folder present at clinic start', { weight: 2 }), criterion('c2', 'SV-04', 'Any temporary folder merged within 5 working days', { naAllowed: true })] },
  },
  {
    name: 'Subject access requests',
    scope: 'Access to records office',
    failRate: 0.06,
    definition: { ...DEFAULTS, sampleSize: 10, reauditMonths: { red: 3, amber: 3, green: 6 }, criteria: [criterion('c1', 'SV-05', 'Completed within the statutory month', { critical: true }), criterion('c2', 'SV-05', 'Identity checked before release'), criterion('c3', 'SV-05', 'Extension notified within the first month', { naAllowed: true })] },
  },
];

/** Cycles a template has had: one each quarter for two years, the latest a few weeks to four months ago. */
const CYCLES = 8;

/**
 * The demo department's records-quality audits (docs/quality-audits.md): the standards library of
 * records-service-standards.md, four templates, eight past cycles of each (so trends and SPC have
 * points), and actions from the latest cycles, some overdue. Scored by @recordroom/audit.
 */
export async function seedDemoQualityAudits(em: EntityManager, demo: DemoOrganisation, today: IsoDate): Promise<void> {
  const manager = demo.accounts.find((a) => a.role === 'manager');
  const officer = demo.accounts.find((a) => a.role === 'officer');
  const departmentId = manager?.departmentId;
  const auditor = officer?.staffMemberId;
  if (!departmentId || !auditor) return;
  const owners = [auditor, ...reportingLine(auditor, demo.staff)];
  const organisationId = demo.organisation.id;
  for (const s of RECORDS_SERVICE_STANDARDS) {
    await em.query('INSERT INTO quality_standard (organisation_id, department_id, code, title, category, description, source) VALUES ($1, $2, $3, $4, $5, $6, $7)', [organisationId, departmentId, s.code, s.title, s.category, s.description, s.source]);
  }
  const population = Array.from({ length: 400 }, (_, i) => `HR-${String(100_000 + i * 37)}`);
  for (const [t, template] of TEMPLATES.entries()) {
    const [{ id: templateId }] = await em.query<[{ id: string }]>('INSERT INTO quality_audit_template (organisation_id, department_id, name, current_revision) VALUES ($1, $2, $3, 1) RETURNING id', [organisationId, departmentId, template.name]);
    const [{ id: revisionId }] = await em.query<[{ id: string }]>('INSERT INTO quality_audit_template_revision (template_id, revision, definition) VALUES ($1, 1, $2) RETURNING id', [templateId, JSON.stringify(template.definition)]);
    const next = mulberry32(1_000 + t);
    for (let cycle = CYCLES - 1; cycle >= 0; cycle -= 1) {
      // Subject access requests fell a cycle behind, so the programme shows an overdue re-audit.
      const auditDate = addDays(addMonthsClamped(today, -3 * cycle - 1 - (template.name === 'Subject access requests' ? 3 : 0)), -7 * t - 3);
      const seed = 500 + t * 100 + cycle;
      const sample = sampleRecords(population, template.definition.sampleSize, seed);
      // Failures fall as the cycles go on (actions working), with noise.
      const failRate = template.failRate * (0.6 + (cycle / CYCLES) * 0.9);
      const answers: AuditAnswer[] = sample.flatMap((recordId) =>
        template.definition.criteria.map((c) => {
          const roll = next();
          const answer: Answer = c.naAllowed && roll > 0.9 ? 'na' : roll < failRate * (c.critical ? 0.25 : 1) ? 'no' : 'yes';
          return { recordId, criterionId: c.id, answer, comment: answer === 'no' ? 'See the action plan' : '' };
        }),
      );
      const result = scoreAudit(template.definition, sample, answers);
      const reaudit = reauditDate(auditDate, result.rag, template.definition.reauditMonths);
      const [{ id: auditId }] = await em.query<[{ id: string }]>(
        `INSERT INTO quality_audit (organisation_id, department_id, template_id, template_revision_id, scope_kind, scope_name, auditor_staff_id, audit_date, seed, population_size, sample, answers, status, result, reaudit_date, submitted_at)
         VALUES ($1, $2, $3, $4, 'location', $5, $6, $7, $8, $9, $10, $11, 'submitted', $12, $13, $7::date + time '16:00') RETURNING id`,
        [organisationId, departmentId, templateId, revisionId, template.scope, auditor, auditDate, seed, population.length, JSON.stringify(sample), JSON.stringify(answers), JSON.stringify(result), reaudit],
      );
      if (cycle > 1) continue;
      // The last two cycles' failing criteria have actions: the older ones done or overdue, the latest open.
      const failing = result.criteria.filter((c) => c.no > 0).slice(0, 3);
      for (const [i, c] of failing.entries()) {
        const text = template.definition.criteria.find((x) => x.id === c.criterionId)?.text ?? c.criterionId;
        const due = cycle === 1 ? addDays(auditDate, 42 + i * 7) : addDays(today, 14 + i * 14);
        const status = cycle === 1 && i === 0 ? 'done' : cycle === 1 ? 'in-progress' : 'open';
        await em.query('INSERT INTO quality_audit_action (organisation_id, department_id, audit_id, criterion_id, description, owner_staff_id, due_date, status, evidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [organisationId, departmentId, auditId, c.criterionId, `Brief staff and re-check: ${text}`, owners[(t + i) % owners.length], due, status, status === 'done' ? 'Briefing notes and re-check sheet filed' : '']);
      }
    }
  }
}
