#include "dermasim/bench/machine.hpp"

#include <omp.h>
#include <algorithm>
#include <chrono>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace dermasim::bench {

double stream_triad_gbs(std::size_t n, int threads, int repeats) {
  // Plain arrays, first touched by the threads that use them (NUMA-friendly, as STREAM does).
  std::unique_ptr<double[]> a(new double[n]), b(new double[n]), c(new double[n]);
  const long long count = static_cast<long long>(n);
#pragma omp parallel for num_threads(threads) schedule(static)
  for (long long i = 0; i < count; ++i) a[i] = 1.0, b[i] = 2.0, c[i] = 0.5;
  std::vector<double> seconds;
  const double s = 3.0;
  for (int r = 0; r < repeats + 1; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
#pragma omp parallel for num_threads(threads) schedule(static)
    for (long long i = 0; i < count; ++i) a[i] = b[i] + s * c[i];
    const double dt = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (r > 0) seconds.push_back(dt);  // the first pass warms the pages and caches
  }
  std::nth_element(seconds.begin(), seconds.begin() + long(seconds.size() / 2), seconds.end());
  const double median = seconds[seconds.size() / 2];
  volatile double sink = a[n / 2];  // keep the result alive
  (void)sink;
  return 24.0 * double(n) / median / 1e9;
}

double peak_rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
  return 0.0;
}

}  // namespace dermasim::bench
