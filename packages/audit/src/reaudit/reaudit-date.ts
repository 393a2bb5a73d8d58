import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import type { Rag, ReauditMonths } from '../templates/audit-template.js';

/**
 * When to audit again: the audit date plus the template's months for its RAG, clamped to the
 * month's end (31 Aug + 6 months is 28 or 29 Feb).
 *
 * @example reauditDate('2026-11-30', 'red', { red: 3, amber: 6, green: 12 }) // '2027-02-28'
 */
export function reauditDate(auditDate: IsoDate, rag: Rag, months: ReauditMonths): IsoDate {
  return addMonthsClamped(auditDate, months[rag]);
}
