// The serum transport's two unit cells on the same lattice, closure and film (docs/model.md 8.9):
// the square 3D cell on the engine and the axisymmetric cell on CVODE, six hours of a 2 mg/cm^2
// tranexamic acid film through 250 channels/cm^2 closing with a 2 h time constant. Their ratio,
// read from the same run, is the well-mixed fidelity's saving per application (measured
// 3 December 2026, medians of three: 21.7 s against 1.11 s, 19.6 times; the square cell on two
// threads, the cylinder on one). build/release/bench/dermasim_benchmarks
// --benchmark_filter=BM_SerumUnitCell --benchmark_repetitions=3
#include <benchmark/benchmark.h>

#include <cmath>

#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/transport/serum_run.hpp"
#include "dermasim/transport/transport_parameters.hpp"

using namespace dermasim;
using namespace dermasim::transport;

namespace {

void BM_SerumUnitCell(benchmark::State& state) {
  SerumSpec s;
  s.present = true;
  s.active = *find_active("tranexamic_acid");
  s.concentration = s.active.concentration;
  s.dose = 0.02;
  s.duration = 6 * 3600.0;
  s.depth_resolution = 10e-6;
  s.lateral_resolution = 20e-6;
  s.cell = state.range(0) == 0 ? UnitCell::square : UnitCell::axisymmetric;
  TransportSkin skin;
  skin.layers = skin::LayerStack(skin::LayerThickness{15e-6, 60e-6, 150e-6, 1200e-6});
  skin.depth = 0.7e-3;
  ChannelLattice ch;
  ch.density = 250e4;
  ch.depth = 500e-6;
  ch.radius = 30e-6;
  ch.taper_length = 150e-6;
  ch.open_fraction = [](double t) { return std::exp(-t / 7200.0); };
  const auto c =
      coefficients(s.active, 15e-6, TransportParameters::from(parameters::default_parameters()));
  for (auto _ : state) {
    const auto r = run_absorption(s, skin, ch, c);
    benchmark::DoNotOptimize(r.rows.data());
  }
  state.SetLabel(state.range(0) == 0 ? "square 3D cell" : "axisymmetric cell");
}
BENCHMARK(BM_SerumUnitCell)
    ->ArgName("axisymmetric")
    ->Arg(0)
    ->Arg(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
