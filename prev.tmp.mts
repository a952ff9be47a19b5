import { serveDir } from './tests/bench/serveBuilt';
const s = await serveDir('/work/main', '/tmp/b/dist1');
const r = await fetch(s.url); console.log(r.status);
await new Promise((r) => setTimeout(r, 4000));
await s.server.close();
