/**
 * The standards library a new department starts with. Source: ../shared/domain/records-service-standards.md
 * (§7.1 RCP generic medical record-keeping standards, 2007, endorsed by the AoMRC; §7.2 typical
 * audit criteria; §2 the service KPIs tracking accuracy, misfile rate, availability at clinic,
 * temporary folders, SAR compliance). The wording is paraphrased; the library is editable by managers.
 */
export type StandardCategory = 'record-keeping' | 'service';

export interface Standard {
  /** Short reference a criterion cites, e.g. RK-02. */
  code: string;
  title: string;
  category: StandardCategory;
  description: string;
  /** Where the standard comes from, in words. */
  source: string;
}

const RCP = 'RCP generic medical record-keeping standards (2007), records-service-standards.md §7.1';
const CRITERIA = 'Typical audit criteria, records-service-standards.md §7.2 (local set)';
const KPI = 'Records-service KPI catalogue, records-service-standards.md §2 (targets local)';

export const RECORDS_SERVICE_STANDARDS: readonly Standard[] = [
  { code: 'RK-01', title: 'Complete record available', category: 'record-keeping', description: 'The complete record is available throughout the inpatient stay.', source: RCP },
  { code: 'RK-02', title: 'Patient identifiers on every page', category: 'record-keeping', description: "Every page carries the patient's name, NHS number and location.", source: RCP },
  { code: 'RK-03', title: 'Standardised structure', category: 'record-keeping', description: 'The record has a standardised structure and layout; entries are in chronological order.', source: RCP },
  { code: 'RK-04', title: 'Entries dated', category: 'record-keeping', description: 'Every entry is dated.', source: RCP },
  { code: 'RK-05', title: 'Entries timed (24-hour clock)', category: 'record-keeping', description: 'Every entry is timed with the 24-hour clock.', source: RCP },
  { code: 'RK-06', title: 'Entries legible', category: 'record-keeping', description: 'Every entry is legible, in permanent dark ink.', source: RCP },
  { code: 'RK-07', title: 'Entries signed with printed name and designation', category: 'record-keeping', description: "Every entry is signed, with the author's name and designation printed.", source: RCP },
  { code: 'RK-08', title: 'Corrections single-line and countersigned', category: 'record-keeping', description: 'Deletions and alterations are a single line, countersigned, dated and timed.', source: RCP },
  { code: 'RK-09', title: 'Senior decision-maker identified', category: 'record-keeping', description: 'Each entry identifies the most senior professional present.', source: RCP },
  { code: 'RK-10', title: 'Allergies recorded', category: 'record-keeping', description: 'Allergies are recorded, or "no known allergies".', source: CRITERIA },
  { code: 'RK-11', title: 'No unauthorised abbreviations', category: 'record-keeping', description: 'Only recognised specialty abbreviations are used.', source: CRITERIA },
  { code: 'RK-12', title: 'Loose papers filed', category: 'record-keeping', description: 'No loose papers: everything is filed in the folder.', source: CRITERIA },
  { code: 'RK-13', title: 'Correct volume', category: 'record-keeping', description: 'Voluminous folders are split into numbered volumes and the current one is in use.', source: CRITERIA },
  { code: 'RK-14', title: "No other patient's papers", category: 'record-keeping', description: "No other patient's documents are in the folder (misfiled documents).", source: CRITERIA },
  { code: 'SV-01', title: 'Tracking accuracy', category: 'service', description: "The folder's physical location matches the tracking system.", source: KPI },
  { code: 'SV-02', title: 'Shelf order (misfile audit)', category: 'service', description: 'The folder is in its correct shelf position.', source: KPI },
  { code: 'SV-03', title: 'Available for clinic', category: 'service', description: 'Main-folder notes present at clinic start.', source: KPI },
  { code: 'SV-04', title: 'Temporary notes merged', category: 'service', description: 'A temporary folder has been merged into the main record within 5 working days.', source: KPI },
  { code: 'SV-05', title: 'SAR answered within the statutory month', category: 'service', description: 'The subject access request was completed within one calendar month (or a notified extension).', source: 'UK GDPR Art. 12(3), ICO guidance, records-service-standards.md §3' },
];
