/** The run's scratch database, created by test/global-setup.ts. */
export function testDatabaseUrl(): string {
  const url = process.env.RECORDROOM_TEST_DATABASE_URL;
  if (!url) throw new Error('RECORDROOM_TEST_DATABASE_URL is unset: run the tests through jest (global setup)');
  return url;
}
