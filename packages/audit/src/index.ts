export { RECORDS_SERVICE_STANDARDS, type Standard, type StandardCategory } from './standards/records-service-standards.js';
export {
  ANSWERS,
  DEFAULT_RAG_THRESHOLDS,
  DEFAULT_REAUDIT_MONTHS,
  validateTemplateVersion,
  type Answer,
  type Criterion,
  type FieldProblem,
  type Rag,
  type RagThresholds,
  type ReauditMonths,
  type TemplateVersion,
} from './templates/audit-template.js';
export { mulberry32, parseRecordList, sampleRecords, SampleTooLargeError, type ParsedRecordList } from './sampling/sample-records.js';
export { validateAnswers, type AuditAnswer } from './answers/validate-answers.js';
export { ragOf, scoreAudit, type AuditResult, type CriterionResult } from './scoring/score-audit.js';
export { wilsonInterval, Z_95, type Interval } from './scoring/wilson-interval.js';
export { compareWithPrevious, type CycleComparison } from './scoring/compare-cycles.js';
export { dueDateProblem, failingCriteria, isOverdue, type SuggestedAction } from './actions/failing-criteria.js';
export { reauditDate } from './reaudit/reaudit-date.js';
