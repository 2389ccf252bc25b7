// wink-nlp's entity pass over one text file, for bench/entities_peer.sh.
// Loads the model (excluded from the timing), warms up once, then runs
// readDoc + entities() over the whole file until MIN_TIME seconds pass.
// Prints one JSON line: tokens (wink's own count), bytes, seconds (wall),
// cpu_seconds (all the process's threads, GC included), runs, entities,
// tokens_per_second, bytes_per_second (wall).
//   node wink_entities.js FILE [MIN_TIME] [PIPE]
// PIPE is wink's pipeline, comma-separated (default "ner": named entities
// only, the lightest configuration that still finds entities).
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const [file, minTimeArg, pipeArg] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const minTime = Number(minTimeArg || 2);
const pipe = (pipeArg || 'ner').split(',').filter(Boolean);
const nlp = winkNLP(model, pipe);
const its = nlp.its;

function pass() {
  const doc = nlp.readDoc(text);
  const entities = doc.entities().out(its.detail);
  return { tokens: doc.tokens().length(), entities: entities.length };
}

let result = pass();  // warm-up
let runs = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
let seconds = 0;
while (seconds < minTime) {
  result = pass();
  ++runs;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
}
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const bytes = Buffer.byteLength(text, 'utf8');
console.log(JSON.stringify({
  pipe: pipe.join(','), tokens: result.tokens, bytes, seconds, cpu_seconds: cpuSeconds, runs, entities: result.entities,
  tokens_per_second: (result.tokens * runs) / seconds, bytes_per_second: (bytes * runs) / seconds,
}));
