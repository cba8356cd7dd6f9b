/**
 * zod, configured once for the extension: never probe for eval (zod's JIT checks with
 * `Function('')`), which the extension's CSP forbids anyway. Import `z` from here, not from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
