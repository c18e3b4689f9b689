// @vitest-environment happy-dom
import { test } from 'vitest';
import { PageScanner, type DetectFn } from '../../dom/page-scanner';
import { detectDocument } from '../../lib/ner/detect-mentions';
import { seedCorpus } from '../unit/helpers/engine';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
test('probe', async () => {
  const { matcher } = seedCorpus();
  const calls: string[][] = [];
  const detect: DetectFn = async (texts) => { calls.push(texts); return detectDocument(texts, matcher); };
  document.body.innerHTML = '<p id="p">Blinken met Austin in Beijing.</p>';
  const s = new PageScanner(document, detect);
  await s.start();
  console.log(document.body.innerHTML, document.documentElement.getAttribute('data-backstory-scan'));
  document.getElementById('p')!.appendChild(document.createTextNode(' Later, China objected and Japan agreed.'));
  await wait(300);
  console.log(document.body.innerHTML, JSON.stringify(calls));
  const span = document.createElement('span'); span.textContent = ' Then Lloyd Austin flew to India.';
  document.getElementById('p')!.appendChild(span);
  await wait(300);
  console.log(document.body.innerHTML, JSON.stringify(calls));
  console.log(JSON.stringify(s.report(true)));
});
