// The whole run as a library call, for the Python module's overhead (bench/python_overhead.py
// times the same calls from Python): simulate() on the built-in scenario with the well-mixed
// healing model, one thread, at the injury grid's default 10 um and a coarser 40 um.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "dermasim/run/simulate.hpp"
#include "dermasim/scenario/scenario_document.hpp"

using namespace dermasim;

namespace {

void BM_SimulateWellMixed(benchmark::State& state) {
  auto doc = scenario::ScenarioDocument::built_in_default();
  doc.set("simulation.resolution", fmt::format("{} um", state.range(0)));
  RunOptions options;
  options.fidelity = simulation::Fidelity::well_mixed;
  options.threads = 1;
  for (auto _ : state) {
    const RunResult r = simulate(doc.scenario(), options);
    benchmark::DoNotOptimize(r.healing.rows.data());
  }
}
BENCHMARK(BM_SimulateWellMixed)
    ->ArgName("resolution_um")
    ->Arg(10)
    ->Arg(40)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
