#!/usr/bin/node
// The ONNX Runtime side of bench_cpu_vs_ort: loads one model with a fixed thread count, feeds it
// the bench's input (raw little-endian float32), warms up, times N runs and prints one JSON object.
// Writes each output as raw float32 next to the input, so the bench compares the same numbers.
//
//   NODE_PATH=<build>/ort/node_modules node ort_bench.js MODEL INPUT_FILE DIMS THREADS RUNS WARMUP OUT_PREFIX
//
// DIMS is the input's shape, comma-separated ("1,3,224,224"). onnxruntime-node comes from npm,
// installed with --ignore-scripts into the build folder (never into the repository).
'use strict';

const fs = require('fs');

async function main() {
    const args = process.argv.slice(2);
    if (args.length !== 7) {
        console.error('usage: ort_bench.js MODEL INPUT_FILE DIMS THREADS RUNS WARMUP OUT_PREFIX');
        process.exit(2);
    }
    const [model, inputFile, dimsText, threadsText, runsText, warmupText, outPrefix] = args;
    const threads = Number(threadsText), runs = Number(runsText), warmup = Number(warmupText);
    const dims = dimsText.split(',').map(Number);
    let ort;
    try {
        ort = require('onnxruntime-node');
    } catch (e) {
        console.error(`cannot load onnxruntime-node (${e.message}); install it with ` +
                      '`npm install --ignore-scripts onnxruntime-node` in <build>/ort and set NODE_PATH');
        process.exit(3);
    }
    const session = await ort.InferenceSession.create(model, {
        executionProviders: ['cpu'],
        intraOpNumThreads: threads,
        interOpNumThreads: 1, // one op at a time, as our engine runs them; intra-op threads do the work
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
    });
    const raw = fs.readFileSync(inputFile);
    const values = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    const feeds = {[session.inputNames[0]]: new ort.Tensor('float32', values, dims)};

    let results;
    for (let i = 0; i < warmup; ++i)
        results = await session.run(feeds);
    // Wall time, and the process's CPU time (all threads), which a busy machine inflates less.
    const times = [], cpuTimes = [];
    for (let i = 0; i < runs; ++i) {
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        results = await session.run(feeds);
        const cpu = process.cpuUsage(cpuStart);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        cpuTimes.push((cpu.user + cpu.system) / 1e3);
    }
    const outputs = session.outputNames.map((name, i) => {
        const tensor = results[name];
        const file = `${outPrefix}_${i}.bin`;
        fs.writeFileSync(file, Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
        return {name, dims: tensor.dims, file};
    });
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(JSON.stringify({
        runtime: `onnxruntime-node ${ort.env.versions ? ort.env.versions.node : '?'}`,
        threads, runs, warmup, ms_mean: mean, ms_median: times[Math.floor(times.length / 2)], ms_min: times[0],
        cpu_ms_median: cpuTimes[Math.floor(cpuTimes.length / 2)],
        outputs,
    }));
}

main().catch((e) => {
    console.error(`onnxruntime failed: ${e.message}`);
    process.exit(1);
});
