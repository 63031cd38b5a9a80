// Comma allows 60 requests per rolling minute per token. The opt-in limiter spaces a burst so it never
// meets a 429; every client holding the same token shares it.
// Run: COMMA_API_TOKEN=comma_sk_... npx tsx examples/comma-limiter.ts
import { CommaClient } from "vendor-auth/comma";

const comma = new CommaClient({ rateLimit: { requestsPerMinute: 60 } });
const titles = ["Q1", "Q2", "Q3", "Q4"];
const reports = await Promise.all(titles.map((title) => comma.reports.create({ html: `<h1>${title}</h1>`, title })));
const sharing = await Promise.all(reports.map((report) => comma.sharing.get(report.id!)));
console.log(`created ${reports.length} reports; visibility: ${sharing.map((s) => s.visibility).join(", ")}`);
