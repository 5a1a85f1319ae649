#pragma once
// `dermasim bench`: this machine's STREAM bandwidth and the diffusion solver's throughput
// measured in the same run, reported as ratios. Each case runs in a child process of its own so
// that its peak memory is its own.
namespace dermasim::app {

int command_bench(bool json, bool quick);
/// The child side: runs one case and prints one JSON object.
int command_bench_case(int case_index, int threads, bool quick);

}  // namespace dermasim::app
