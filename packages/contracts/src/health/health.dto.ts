/** GET /api/health: 200 when the database answers, 503 when it does not. */
export interface HealthDto {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  /** True when the demo department is loaded, so the sign-in page may show the demo sign-ins. */
  demo: boolean;
  version: string;
}
