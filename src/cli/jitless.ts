import { config } from 'zod';

// zod compiles a fast path for each object schema with new Function on first use: code compiled
// afresh in every process, since V8's code cache holds only the bundle's own functions. A cold
// command runs each schema a few dozen times at most, where the plain path is as quick. zod reads
// this as each schema is built, so each command's bundle imports this module before any other.
config({ jitless: true });
