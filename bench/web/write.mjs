// The writers of bench/web/load.sh: WRITERS loops, each posting an edit (a
// new prop in a random scene, a name unique to the loop and request) and
// waiting for its answer, for SECONDS. Prints the answers by status and the
// latency percentiles. Usage: node write.mjs URL WRITERS SECONDS [TOKEN]
const [url, writers, seconds, token] = process.argv.slice(2);
const scenes = Number(process.env.SCENES || 16);
const end = Date.now() + Number(seconds) * 1000;
const byStatus = {};
const lat = [];
let failures = 0;

async function loop(id) {
  for (let n = 1; Date.now() < end; n++) {
    const body = JSON.stringify({
      op: 'add', scene: String(1 + Math.floor(Math.random() * scenes)), category: 104,
      name: `load prop ${id}-${n}`,
    });
    const t0 = performance.now();
    try {
      const r = await fetch(url + '/api/edits', {
        method: 'POST', body,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
      });
      await r.arrayBuffer();
      byStatus[r.status] = (byStatus[r.status] || 0) + 1;
    } catch (e) {
      failures++;
    }
    lat.push(performance.now() - t0);
  }
}

await Promise.all(Array.from({ length: Number(writers) }, (_, i) => loop(i + 1)));
lat.sort((a, b) => a - b);
const pct = (p) => lat.length ? lat[Math.min(lat.length - 1, Math.floor(p / 100 * lat.length))].toFixed(1) : '-';
console.log(`requests: ${lat.length}, by status: ${JSON.stringify(byStatus)}, connection failures: ${failures}`);
console.log(`latency ms: p50 ${pct(50)}, p90 ${pct(90)}, p99 ${pct(99)}, max ${pct(100)}`);
console.log(`edits posted: ${byStatus[201] || 0}`);
console.log(`edits refused: ${lat.length - (byStatus[201] || 0)}`);
