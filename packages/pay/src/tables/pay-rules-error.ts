/** One problem with a pay-rules data file, by its path in the file: `payTables[3].bands.5.points`. */
export interface PayRulesIssue {
  path: string;
  message: string;
}

/** A pay-rules data file that cannot be used: every problem found, not only the first. */
export class PayRulesError extends Error {
  constructor(readonly issues: readonly PayRulesIssue[]) {
    super(`The pay rules are not valid:\n${issues.map((issue) => `  ${issue.path || '(file)'}: ${issue.message}`).join('\n')}`);
    this.name = 'PayRulesError';
  }
}

/**
 * A question the loaded rules cannot answer: a date no table covers, a band or point the table
 * does not have. The message is for a person (the API turns it into a 422).
 */
export class PayLookupError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PayLookupError';
  }
}
