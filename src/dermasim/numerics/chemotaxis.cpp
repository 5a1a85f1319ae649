#include "dermasim/numerics/chemotaxis.hpp"

#include <algorithm>
#include <cmath>

namespace dermasim::numerics {

namespace {
double offset(const std::vector<double>& by_plane, int k) {
  return by_plane.empty() ? 0.0 : by_plane[std::size_t(k)];
}
}  // namespace

int chemotaxis_step(grid::FieldSet& f, const ChemotaxisSpec& spec, double dt) {
  const grid::Grid3D& g = f.grid();
  if (spec.coefficient <= 0 || dt <= 0) return 0;
  const std::size_t nv = g.size();
  const auto idx = [&g](int i, int j, int k) { return g.index(i, j, k); };
  // The receptor signal phi does not change during the step (the attractant is not moved here).
  std::vector<double> phi(nv);
  const double* a = f.raw().data() + std::size_t(spec.attractant) * nv;
  for (int k = 0; k < g.nz; ++k) {
    const double off = offset(spec.attractant_offset_by_plane, k);
    for (std::size_t v = idx(0, 0, k); v < idx(0, 0, k) + std::size_t(g.nx) * g.ny; ++v) {
      const double x = std::max(0.0, a[v] + off);
      phi[v] = x / (x + spec.half_saturation);
    }
  }
  // Face velocities v = chi dphi/dn (m/s), on the +x, +y, +z face of each voxel.
  std::vector<double> vx(nv), vy(nv), vz(nv, 0.0);
  double rate = 0;  // largest sum of outflow speeds / h over a voxel, 1/s
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t v = idx(i, j, k);
        vx[v] = spec.coefficient * (phi[idx((i + 1) % g.nx, j, k)] - phi[v]) / g.dx;
        vy[v] = spec.coefficient * (phi[idx(i, (j + 1) % g.ny, k)] - phi[v]) / g.dy;
        if (k + 1 < g.nz) vz[v] = spec.coefficient * (phi[idx(i, j, k + 1)] - phi[v]) / g.dz;
      }
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t v = idx(i, j, k);
        double out =
            std::max(0.0, vx[v]) / g.dx + std::max(0.0, vy[v]) / g.dy + std::max(0.0, vz[v]) / g.dz;
        out += std::max(0.0, -vx[idx((i + g.nx - 1) % g.nx, j, k)]) / g.dx;
        out += std::max(0.0, -vy[idx(i, (j + g.ny - 1) % g.ny, k)]) / g.dy;
        if (k > 0) out += std::max(0.0, -vz[idx(i, j, k - 1)]) / g.dz;
        rate = std::max(rate, out);
      }
  if (rate <= 0) return 0;
  const int substeps = std::max(1, int(std::ceil(dt * rate / 0.5)));
  const double h = dt / substeps;
  double* u = f.raw().data() + std::size_t(spec.species) * nv;
  std::vector<double> absolute(nv), change(nv);
  for (int n = 0; n < substeps; ++n) {
    for (int k = 0; k < g.nz; ++k) {
      const double off = offset(spec.species_offset_by_plane, k);
      for (std::size_t v = idx(0, 0, k); v < idx(0, 0, k) + std::size_t(g.nx) * g.ny; ++v)
        absolute[v] = std::max(0.0, u[v] + off);
    }
    std::fill(change.begin(), change.end(), 0.0);
    // Each face once: the upwind amount crosses from one voxel to its neighbour.
    auto exchange = [&](std::size_t from_minus, std::size_t plus, double vel, double width) {
      const double flux = vel > 0 ? vel * absolute[from_minus] : vel * absolute[plus];
      change[from_minus] -= flux / width;
      change[plus] += flux / width;
    };
    for (int k = 0; k < g.nz; ++k)
      for (int j = 0; j < g.ny; ++j)
        for (int i = 0; i < g.nx; ++i) {
          const std::size_t v = idx(i, j, k);
          exchange(v, idx((i + 1) % g.nx, j, k), vx[v], g.dx);
          exchange(v, idx(i, (j + 1) % g.ny, k), vy[v], g.dy);
          if (k + 1 < g.nz) exchange(v, idx(i, j, k + 1), vz[v], g.dz);
        }
    for (std::size_t v = 0; v < nv; ++v) u[v] += h * change[v];
  }
  return substeps;
}

}  // namespace dermasim::numerics
