/**
 * Test-only fault points, named in `GONGKAI_TEST_FAILPOINTS` (comma-separated): crash tests put a
 * process to death or make a change fail at an exact point. Read at each call, so a test can set
 * them for one request; unset (as in production) every check is false.
 */
export function failpoint(name: string): boolean {
  const set = process.env.GONGKAI_TEST_FAILPOINTS
  return !!set && set.split(',').includes(name)
}
