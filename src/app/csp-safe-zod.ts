import { z } from 'zod';

// Our Content-Security-Policy forbids eval. Zod 4 probes `Function('')` to decide whether to
// JIT-compile object schemas, and Chromium logs every refused probe as a console error.
// Imported first in main.tsx, so it runs before any schema parses.
z.config({ jitless: true });
