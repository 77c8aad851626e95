// The peer's floor, for tejun's benchmark: Playwright clicks the link of a trivial page served by
// tejun's simulated network and waits for the next page's load, in a fresh context of one Chromium
// (the machine's, through the network's proxy, resolving no name itself), as tejun.bench.Floor
// does with bare Selenium. Usage: node playwright-floor.js <chromium> <proxy host:port> <rounds>
// Prints the times in milliseconds, one JSON array.
const { chromium } = require('playwright-core');

(async () => {
  const [executablePath, proxy, rounds] = process.argv.slice(2);
  const proxyHost = proxy.split(':')[0];
  const browser = await chromium.launch({
    executablePath,
    proxy: { server: `http://${proxy}` },
    args: ['--no-sandbox', `--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE ${proxyHost}`],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto('http://tejun.test/floor/a');
    const times = [];
    for (let i = 0; i < Number(rounds) + 2; i++) {
      const next = (await page.title()) === 'a' ? 'b' : 'a';
      const start = process.hrtime.bigint();
      await Promise.all([
        page.waitForURL(`http://tejun.test/floor/${next}`),
        page.click('text=次へ'),
      ]);
      if (i >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    console.log(JSON.stringify(times));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(String(e.message || e).split('\n')[0]);
  process.exit(1);
});
