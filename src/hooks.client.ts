// Runs before any page module. zod 4 probes for `new Function` the first time it builds an object
// schema; under our CSP (no 'unsafe-eval') the probe is refused and reported as a
// securitypolicyviolation, which the hostile-input tests treat as possible injected code. `jitless`
// skips the probe (the compiled fast path could never run under this CSP anyway).
import { config } from 'zod';

config({ jitless: true });
