#pragma once

// Compiles a hot loop once per instruction set (AVX-512, AVX2, the baseline) and lets the dynamic
// loader pick the version for the CPU at start-up (a GNU ifunc), so one binary vectorises as wide
// as each CPU allows without -march. Where ifuncs do not exist the baseline version is all there is.
// Only for loops whose result cannot depend on the version: elementwise selections, or sums whose
// error bound is stated for both plain and fused multiply-adds.
#if defined(__x86_64__) && defined(__linux__) && (defined(__GNUC__) || defined(__clang__))
#define FLEETDECK_SIMD_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define FLEETDECK_SIMD_CLONES
#endif
