// Runs an ONNX model on the preprocessed tensors bench/Vision wrote, with onnxruntime-node, and prints one JSON line:
// { "runtime": "onnxruntime-node", "version", "images", "seconds", "imagesPerSecond", "checksum" }.
// Usage: node run.js MODEL TENSORS.bin META.json WARMUP THREADS
'use strict';
const fs = require('fs');
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

  let checksum = 0;
  const start = process.hrtime.bigint();
  for (const tensor of feeds) {
    checksum += await run(tensor);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const version = require('onnxruntime-node/package.json').version;
  console.log(JSON.stringify({ runtime: 'onnxruntime-node', version, images: feeds.length, seconds, imagesPerSecond: feeds.length / seconds, checksum }));
}

main().catch((e) => { console.error(e.message || String(e)); process.exit(1); });
