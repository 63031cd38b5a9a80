import { createWays } from "./ways.js";
const ways = createWays();
const pick = (n: string) => ways.find((w) => w.name === n)!;
const size = Number(process.argv[2] ?? 50);
const names = ["openapi-fetch", "vendor-auth", "openapi-fetch + our converters"];
for (let round = 0; round < 4; round++) {
  const out: string[] = [];
  for (const n of names) {
    const w = pick(n);
    const N = size > 100 ? 200 : 2000;
    const t = performance.now();
    for (let i = 0; i < N; i++) await w.list(size);
    out.push(`${n} ${(((performance.now() - t) / N) * 1000).toFixed(1)}`);
  }
  if (round > 0) console.log(out.join(" | "));
}
