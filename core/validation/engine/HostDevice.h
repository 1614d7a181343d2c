#pragma once

// FD_HD marks a function that the CUDA engine's kernels call on the device and that the CPU
// engine and the host tests call on the host: one definition of the arithmetic for both.
// Plain C++ without nvcc.

#if defined(__CUDACC__)
#define FD_HD __host__ __device__ __forceinline__
#else
#define FD_HD inline
#endif
