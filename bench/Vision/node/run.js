// Serves timed runs of an ONNX model on the preprocessed tensors bench/Vision wrote, with onnxruntime-node, so the .NET
// side can interleave its own blocks of runs with this runtime's in one session (no drift between two long runs).
// Usage: node run.js MODEL TENSORS.bin META.json WARMUP THREADS
// Prints {"ready": true, "version"} once loaded and warmed up; then for each stdin line "START COUNT" runs images
// START..START+COUNT-1 (wrapping), one image per run, and prints {"seconds", "checksum"} (sum of each output's first value).
'use strict';
const fs = require('fs');
const readline = require('readline');
const ort = require('onnxruntime-node');

async function main() {
  const [model, tensorsPath, metaPath, warmupText, threadsText] = process.argv.slice(2);
  const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8'));
  const bytes = fs.readFileSync(tensorsPath);
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const perImage = meta.channels * meta.height * meta.width;
  const session = await ort.InferenceSession.create(model, {
    intraOpNumThreads: Number(threadsText),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  const dims = [1, meta.channels, meta.height, meta.width];
  const feeds = [];
  for (let i = 0; i < meta.images; i++) {
    feeds.push(new ort.Tensor('float32', all.subarray(i * perImage, (i + 1) * perImage), dims));
  }

  const run = async (tensor) => {
    const out = await session.run({ [meta.inputName]: tensor });
    return out[meta.outputName].data[0];
  };
  for (let i = 0; i < Number(warmupText); i++) {
    await run(feeds[i % feeds.length]);
  }

  const version = require('onnxruntime-node/package.json').version;
  console.log(JSON.stringify({ ready: true, version }));
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const [start, count] = line.trim().split(/\s+/).map(Number);
    let checksum = 0;
    const begin = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      checksum += await run(feeds[(start + i) % feeds.length]);
    }
    const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
    console.log(JSON.stringify({ seconds, checksum }));
  }
}

main().catch((e) => { console.error(e.message || String(e)); process.exit(1); });
