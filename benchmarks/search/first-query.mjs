// Runs the browser's search (theme/assets/search/*.js) in node over a built search/ folder, its
// fetches answered from the files, and prints for each query: the results found, the time the
// query took in V8 (the engine of Chromium), and the bytes it loaded (each query on a fresh
// searcher: a reader's first query). Used by the --search-index benchmark.
//   node benchmarks/search/first-query.mjs <site folder> <query>...
import fs from "node:fs";
import path from "node:path";

const [, , site, ...queries] = process.argv;
for (const file of ["stemmer.js", "search.js"]) {
  (0, eval)(fs.readFileSync(path.join(site, "assets", "search", file), "utf8"));
}

for (const query of queries) {
  let bytes = 0, files = 0;
  const searcher = globalThis.KzSearch.create(path.join(site, "search") + path.sep, async (url) => {
    const text = fs.readFileSync(url, "utf8");
    bytes += Buffer.byteLength(text);
    files++;
    return JSON.parse(text);
  });
  const started = performance.now();
  const found = await searcher.search(query, {});
  const elapsed = performance.now() - started;
  const again = performance.now();
  await searcher.search(query, {});
  const warm = performance.now() - again;
  console.log(`${JSON.stringify(query)}\t${found.total} paragraphs\t${elapsed.toFixed(1)} ms first, ${warm.toFixed(1)} ms again\t${(bytes / 1024).toFixed(1)} KiB in ${files} files`);
}
