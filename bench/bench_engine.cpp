// Micro-benchmarks of the engine's kernels. Each reports bytes/s under the bandwidth model of
// docs/numerics.md, so that results compare with the STREAM triad measured by BM_StreamTriad in
// the same run. Run: build/release/bench/dermasim_benchmarks --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <omp.h>
#include <memory>
#include <vector>

#include "dermasim/bench/machine.hpp"
#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/device/kinematics.hpp"
#include "dermasim/grid/field_set.hpp"
#include "dermasim/injury/injury_field.hpp"
#include "dermasim/numerics/lod_diffusion.hpp"
#include "dermasim/numerics/rosenbrock.hpp"
#include "dermasim/parameters/parameter_set.hpp"

using namespace dermasim;

namespace {

void BM_StreamTriad(benchmark::State& state) {
  const int threads = int(state.range(0));
  const std::size_t n = 20'000'000;
  std::unique_ptr<double[]> a(new double[n]), b(new double[n]), c(new double[n]);
  const long long count = static_cast<long long>(n);
#pragma omp parallel for num_threads(threads)
  for (long long i = 0; i < count; ++i) a[i] = 0, b[i] = 1, c[i] = 2;
  for (auto _ : state) {
#pragma omp parallel for num_threads(threads)
    for (long long i = 0; i < count; ++i) a[i] = b[i] + 3.0 * c[i];
    benchmark::DoNotOptimize(a[n / 2]);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(24 * n));
}
BENCHMARK(BM_StreamTriad)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

// An n^3 cube of 10 um voxels.
grid::Grid3D cube(int n) {
  grid::Grid3D g;
  g.nx = g.ny = g.nz = n;
  g.dx = g.dy = g.dz = 10e-6;
  return g;
}

// D = 1e-11 m^2/s everywhere, periodic sides, a Dirichlet source at the top.
numerics::DiffusionSpec periodic_with_source(int nz) {
  auto spec = numerics::DiffusionSpec::uniform(nz, 1e-11);
  spec.lateral = numerics::LateralBoundary::periodic;
  spec.top = numerics::VerticalBoundary::dirichlet(1.0);
  return spec;
}

void diffusion(benchmark::State& state, numerics::DiffusionScheme scheme, bool per_voxel) {
  const int n = int(state.range(0)), threads = int(state.range(1));
  omp_set_num_threads(threads);
  const grid::Grid3D g = cube(n);
  auto spec = periodic_with_source(n);
  if (per_voxel) spec.diffusivity_field.assign(g.size(), 1e-11);
  grid::FieldSet f(g, 1, 0.5);
  numerics::LodDiffusion lod(g);
  for (auto _ : state) lod.step(f.view(0), spec, 60.0, scheme);
  const int sweeps = scheme == numerics::DiffusionScheme::backward_euler ? 3 : 5;
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(g.size()));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(g.size()) * 16 * sweeps);
}
void BM_LodBackwardEulerLayered(benchmark::State& s) {
  diffusion(s, numerics::DiffusionScheme::backward_euler, false);
}
void BM_LodBackwardEulerPerVoxel(benchmark::State& s) {
  diffusion(s, numerics::DiffusionScheme::backward_euler, true);
}
void BM_LodTrBdf2(benchmark::State& s) {
  diffusion(s, numerics::DiffusionScheme::tr_bdf2, false);
}
BENCHMARK(BM_LodBackwardEulerLayered)
    ->Args({64, 1})
    ->Args({100, 1})
    ->Args({100, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
// Four species in one step_all call: the fused two-pass kernel, a species per thread.
void BM_LodBackwardEulerFusedSpecies(benchmark::State& state) {
  const int n = int(state.range(0)), threads = int(state.range(1)), species = 4;
  omp_set_num_threads(threads);
  const grid::Grid3D g = cube(n);
  const auto spec = periodic_with_source(n);
  grid::FieldSet f(g, species, 0.5);
  std::vector<grid::FieldView> views;
  std::vector<const numerics::DiffusionSpec*> specs(std::size_t(species), &spec);
  for (int s = 0; s < species; ++s) views.push_back(f.view(s));
  numerics::LodDiffusion lod(g);
  for (auto _ : state) lod.step_all(views, specs, 60.0, numerics::DiffusionScheme::backward_euler);
  const auto values = int64_t(g.size()) * species;
  state.SetItemsProcessed(int64_t(state.iterations()) * values);
  state.SetBytesProcessed(int64_t(state.iterations()) * values * 48);
}
BENCHMARK(BM_LodBackwardEulerFusedSpecies)
    ->Args({100, 1})
    ->Args({100, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LodBackwardEulerPerVoxel)->Args({64, 2})->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LodTrBdf2)->Args({64, 2})->UseRealTime()->Unit(benchmark::kMillisecond);

struct Linear3 : numerics::Kinetics {
  int species() const override { return 3; }
  void rates(double, const double* u, double* f, const numerics::VoxelInfo&) const override {
    f[0] = -1e-3 * u[0];
    f[1] = 1e-3 * u[0] - 1e-5 * u[1] * u[2];
    f[2] = 1e-5 * u[1] * u[2] - 1e-6 * u[2];
  }
};

void BM_RosenbrockVoxel(benchmark::State& state) {
  const Linear3 k;
  const auto structure = numerics::JacobianStructure::of(k);
  double u[3] = {1, 0.5, 0.2};
  for (auto _ : state) {
    numerics::rosenbrock_integrate(k, structure, 0, 600, u, {}, {1e-4, 1e-12, 0, {}}, nullptr);
    benchmark::DoNotOptimize(u[0]);
    u[0] = 1;
  }
  state.SetItemsProcessed(int64_t(state.iterations()));
}
BENCHMARK(BM_RosenbrockVoxel);

/// One injured papillary voxel of the healing model over a 30 min half step, as the 3D model
/// integrates it an hour after a session: with the declared sparsity (coloured Jacobian,
/// block-triangular W; arg 1) or as a dense system (arg 0).
void BM_HealingVoxel(benchmark::State& state) {
  const bool sparse = state.range(0) != 0;
  const auto p = biology::HealingParameters::from(parameters::default_parameters());
  std::array<double, skin::kLayerCount> layers{};
  layers[int(skin::Layer::papillary_dermis)] = 1.0;
  const double age = 35 * 365.25 * 86400.0;
  const biology::HealingKinetics kin(p, {biology::make_environment(layers, p, age)}, age, false);
  const auto structure = sparse ? numerics::JacobianStructure::of(kin)
                                : numerics::JacobianStructure::dense(kin.species());
  biology::State start = kin.rest(0).u;
  kin.apply_injury(start, 0.3, 0.3, 0.3);
  numerics::LocalTolerance tol;
  tol.relative = 1e-2;
  for (int s = 0; s < biology::kSpecies; ++s)
    tol.absolute_by_species.push_back(biology::species_info()[std::size_t(s)].tolerance);
  // Bring the voxel to one hour after the injury, where the 3D model spends its early steps.
  numerics::rosenbrock_integrate(kin, structure, 0, 3600, start.data(), {}, tol, nullptr);
  numerics::LocalStats stats;
  for (auto _ : state) {
    biology::State u = start;
    numerics::rosenbrock_integrate(kin, structure, 3600, 1800, u.data(), {}, tol, &stats);
    benchmark::DoNotOptimize(u[0]);
  }
  state.SetItemsProcessed(int64_t(state.iterations()));
  state.counters["substeps_per_call"] = double(stats.substeps) / double(state.iterations());
}
BENCHMARK(BM_HealingVoxel)->Arg(0)->Arg(1);

void BM_RasterizeRollerSession(benchmark::State& state) {
  device::DeviceSpec d;
  d.kind = device::DeviceKind::roller;
  d.needle = {1.5e-3, 0.25e-3, 0.5236};
  d.roller = {20e-3, 20e-3, 8, 24, true, 0.02, 0.2, 50e-6, 0.0};
  device::SessionSpec s{0, 16, {0.0, 1.5708, 0.7854, 2.3562}};
  auto p = device::generate_punctures(d, {s}, {4e-3, 4e-3}, 1);
  for (auto& q : p) q.depth = 0.5e-3;
  const auto g = grid::make_grid(4e-3, 4e-3, 0.6e-3, 10e-6);
  for (auto _ : state) benchmark::DoNotOptimize(injury::rasterize(p, g).damaged_fraction.data());
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(p.size()));
}
BENCHMARK(BM_RasterizeRollerSession)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
