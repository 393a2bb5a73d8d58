export default async function globalTeardown() {
  await globalThis.recordroomTestDatabase?.stop();
}
