#pragma once
// Measurements of this machine and this process, for benchmarks that report ratios rather than
// seconds: the STREAM triad bandwidth (McCalpin 1995, IEEE TCCA Newsletter) and peak memory.
#include <cstddef>

namespace dermasim::bench {

/// STREAM triad a = b + s c over `elements` doubles per array with `threads` threads: the median
/// of `repeats` timings, in GB/s (10^9 bytes/s), counting 24 bytes per element as STREAM does.
double stream_triad_gbs(std::size_t elements, int threads, int repeats = 10);

/// Peak resident memory of this process so far (VmHWM), in MiB.
double peak_rss_mib();

}  // namespace dermasim::bench
