#include "dermasim/bench/diffusion_case.hpp"

#include <omp.h>
#include <algorithm>
#include <chrono>
#include <vector>

#include "dermasim/bench/machine.hpp"
#include "dermasim/grid/field_set.hpp"  // FieldView, FloatFieldView

namespace dermasim::bench {

DiffusionResult run_diffusion_case(const DiffusionCase& c, int threads, int min_steps,
                                   double min_seconds) {
  omp_set_num_threads(threads);
  grid::Grid3D g;
  g.nx = c.nx, g.ny = c.ny, g.nz = c.nz;
  g.dx = g.dy = g.dz = 10e-6;
  // Layered coefficients, by plane: a 2-voxel barrier, 5 voxels of epidermis, then dermis; each
  // species 3x faster than the one before (as cytokines, growth factors and serum actives differ).
  std::vector<numerics::DiffusionSpec> specs;
  for (int s = 0; s < c.species; ++s) {
    auto spec = numerics::DiffusionSpec::uniform(g.nz, 1e-11);
    for (int k = 0; k < g.nz; ++k)
      spec.diffusivity_by_plane[std::size_t(k)] = (k < 2   ? 1e-13
                                                   : k < 7 ? 3e-12
                                                           : 3e-11) *
                                                  (1 << s);
    spec.lateral = numerics::LateralBoundary::periodic;
    spec.top = numerics::VerticalBoundary::dirichlet(1.0);
    specs.push_back(std::move(spec));
  }
  // Storage: one contiguous block, species-major, as grid::FieldSet lays it out; first touched
  // by the threads that will sweep the planes.
  const std::size_t per_species = g.size();
  std::vector<double> doubles(c.float_storage ? 0 : per_species * std::size_t(c.species));
  std::vector<float> floats(c.float_storage ? per_species * std::size_t(c.species) : 0);
  const long long n = static_cast<long long>(per_species) * c.species;
#pragma omp parallel for schedule(static)
  for (long long v = 0; v < n; ++v) {
    const double x = double(v % 97) * 0.01;
    if (c.float_storage)
      floats[std::size_t(v)] = static_cast<float>(x);
    else
      doubles[std::size_t(v)] = x;
  }
  numerics::LodDiffusion lod(g);
  std::vector<grid::FieldView> views;
  std::vector<const numerics::DiffusionSpec*> spec_pointers;
  for (int s = 0; s < c.species; ++s) {
    if (!c.float_storage)
      views.push_back({doubles.data() + per_species * std::size_t(s), g.nx, g.ny, g.nz});
    spec_pointers.push_back(&specs[std::size_t(s)]);
  }
  // All species in one call, as the healing model steps them (LodDiffusion::step_all).
  auto step = [&] {
    if (!c.float_storage) {
      lod.step_all(views, spec_pointers, 60.0, c.scheme);
      return;
    }
    for (int s = 0; s < c.species; ++s)
      lod.step(grid::FloatFieldView{floats.data() + per_species * std::size_t(s), g.nx, g.ny, g.nz},
               specs[std::size_t(s)], 60.0, c.scheme);
  };
  step();
  std::vector<double> seconds;
  double total = 0.0;
  while ((int(seconds.size()) < min_steps || total < min_seconds) && seconds.size() < 10000) {
    const auto t0 = std::chrono::steady_clock::now();
    step();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    total += seconds.back();
  }
  std::nth_element(seconds.begin(), seconds.begin() + long(seconds.size() / 2), seconds.end());
  DiffusionResult r;
  r.seconds_per_step = seconds[seconds.size() / 2];
  r.timed_steps = int(seconds.size());
  const double values = double(g.size()) * c.species;
  r.updates_per_second = values / r.seconds_per_step;
  // The bandwidth model: one read and one write of each value per direction sweep (16 bytes in
  // double, 8 in float); backward Euler sweeps x, y, z once (48 or 24 bytes), TR-BDF2 sweeps
  // x y z y x (80 or 40 bytes). The
  // coefficients here are per plane (nz values): their traffic is negligible and not counted.
  const int sweeps = c.scheme == numerics::DiffusionScheme::backward_euler ? 3 : 5;
  const double value_bytes = c.float_storage ? 4.0 : 8.0;
  r.bytes_per_value = 2.0 * value_bytes * sweeps;
  r.effective_gbs = values * r.bytes_per_value / r.seconds_per_step / 1e9;
  r.field_mib = values * value_bytes / 1048576.0;
  r.peak_rss_mib = peak_rss_mib();
  return r;
}

}  // namespace dermasim::bench
