// The browser stemmers over tests/vectors/stemmer.json, with Node's own test runner:
//   node --test tests/js/
// dotnet test runs the same vectors through the same script in Jint (StemmerVectorTests), so a
// machine with only the .NET SDK checks them too; this file is for working on the script itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";

const root = new URL("../../", import.meta.url);
const context = {};
runInNewContext(readFileSync(new URL("theme/assets/search/stemmer.js", root), "utf8"), context);
const { vectors } = JSON.parse(readFileSync(new URL("tests/vectors/stemmer.json", root), "utf8"));

test("every vector gives its expected stem", () => {
  const failures = vectors
    .map((v) => ({ ...v, actual: v.lang === "ru" ? context.ruStem(v.word) : context.kzStem(v.word) }))
    .filter((v) => v.actual !== v.stem)
    .map((v) => `${v.lang} ${v.word} → ${v.stem} but got ${v.actual}`);
  assert.deepEqual(failures, []);
});

test("the script defines only kzStem and ruStem", () => {
  assert.deepEqual(Object.keys(context).sort(), ["kzStem", "ruStem"]);
});
