#include "dermasim/numerics/lod_diffusion.hpp"

#include "dermasim/numerics/conductance.hpp"
#include "dermasim/numerics/fused_layered_step.hpp"
#include "dermasim/numerics/layered_sweeps.hpp"

#include <omp.h>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dermasim::numerics {

namespace {

// TR-BDF2 with gamma = 2 - sqrt(2): both implicit stages share the coefficient gamma/2.
const double kGamma = 2.0 - std::sqrt(2.0);
const double kStageCoeff = 0.5 * kGamma;
const double kC1 = 1.0 / (kGamma * (2.0 - kGamma));
const double kC2 = (1.0 - kGamma) * (1.0 - kGamma) / (kGamma * (2.0 - kGamma));

// A batch of L parallel grid lines of M cells. Cell m of line l is u[m*row + l*line].
// Scratch arrays are [m][l] with l fastest, so the inner loops run across lines.
struct Scratch {
  std::vector<double> kap, g, phi, diag, cprime, rhs, x, z;
  void resize(std::size_t n) {
    for (auto* v : {&kap, &g, &phi, &diag, &cprime, &rhs, &x, &z}) v->resize(n);
  }
};

struct Batch {
  double* u;
  std::ptrdiff_t row, line;  // strides (in doubles) between cells m and between lines l
  int M, L;
  // Voxel index and plane of cell (m, l), for the coefficients.
  std::size_t v0;
  std::ptrdiff_t v_row, v_line;
  int plane0, plane_row;  // plane = plane0 + m * plane_row (z sweeps: 1; x, y sweeps: 0)
};

// Solves the tridiagonal systems (diag, lower = -a g[m-1], upper = -a g[m]) already factored in
// s.cprime/s.diag (diag holds 1/denominator), for right-hand side `rhs` into `out`.
void thomas_solve(const Scratch& s, int M, int L, const double* lower_g, double a,
                  const double* rhs, double* out) {
  // forward: d'_m = (rhs_m - lower_m d'_{m-1}) / den_m   (stored in out)
  for (int l = 0; l < L; ++l) out[l] = rhs[l] * s.diag[l];
  for (int m = 1; m < M; ++m) {
    const std::size_t o = std::size_t(m) * L, p = o - L;
    for (int l = 0; l < L; ++l)
      out[o + l] = (rhs[o + l] + a * lower_g[p + l] * out[p + l]) * s.diag[o + l];
  }
  // back: x_m = d'_m - c'_m x_{m+1}
  for (int m = M - 2; m >= 0; --m) {
    const std::size_t o = std::size_t(m) * L, n = o + L;
    for (int l = 0; l < L; ++l) out[o + l] -= s.cprime[o + l] * out[n + l];
  }
}

void solve_batch(const Batch& b, const DiffusionSpec& c, double spacing, double dt,
                 DiffusionScheme scheme, bool periodic, const VerticalBoundary* top,
                 const VerticalBoundary* bottom, Scratch& s) {
  const int M = b.M, L = b.L;
  const std::size_t n = std::size_t(M) * L;
  s.resize(n);
  // Coefficients: K per cell; g[m] = conductance of the face between m and m+1 (the wrap face
  // for m = M-1 on a periodic line, else 0).
  for (int m = 0; m < M; ++m) {
    const int plane = b.plane0 + m * b.plane_row;
    const int plane_next = b.plane0 + ((m + 1) % M) * b.plane_row;
    for (int l = 0; l < L; ++l) {
      const std::size_t v = b.v0 + std::size_t(m * b.v_row + l * b.v_line);
      const std::size_t vn = b.v0 + std::size_t(((m + 1) % M) * b.v_row + l * b.v_line);
      const std::size_t o = std::size_t(m) * L + l;
      s.kap[o] = c.partition_at(v, plane);
      const bool has_next = m + 1 < M || periodic;
      s.g[o] = has_next ? face_conductance(c.dk_at(v, plane), c.dk_at(vn, plane_next)) : 0.0;
      if (b.plane_row == 0) s.g[o] *= c.lateral_factor(plane);  // an x or y line
      s.phi[o] = b.u[m * b.row + l * b.line] / s.kap[o];
    }
  }
  // Boundary conductances and sources at the first and last cells (z sweeps only).
  std::vector<double> gb0(L, 0.0), gbM(L, 0.0);
  if (top || bottom) {
    for (int l = 0; l < L; ++l) {
      const std::size_t v_first = b.v0 + std::size_t(l * b.v_line);
      const std::size_t v_last = b.v0 + std::size_t((M - 1) * b.v_row + l * b.v_line);
      if (top) gb0[l] = boundary_conductance(*top, c.dk_at(v_first, b.plane0), spacing);
      if (bottom)
        gbM[l] = boundary_conductance(*bottom, c.dk_at(v_last, b.plane0 + (M - 1) * b.plane_row),
                                      spacing);
    }
  }
  const double ext0 = top ? top->value : 0.0, extM = bottom ? bottom->value : 0.0;
  const double theta = scheme == DiffusionScheme::backward_euler ? 1.0 : kStageCoeff;
  const double a = theta * dt / (spacing * spacing);  // conductances are per unit spacing

  // Factor: diag_m = K + a (g_{m-1} + g_m + boundary); store c'_m and 1/den_m.
  auto gm1 = [&](int m, int l) -> double {
    if (m > 0) return s.g[std::size_t(m - 1) * L + l];
    return periodic ? s.g[std::size_t(M - 1) * L + l] : 0.0;
  };
  // With a periodic line, the corner entries are -a g_wrap; Sherman-Morrison (Press et al.,
  // Numerical Recipes, sec. 2.7) removes them by a rank-one correction: gamma_sm = -diag_0.
  std::vector<double> gamma_sm(periodic ? L : 0);
  for (int m = 0; m < M; ++m) {
    for (int l = 0; l < L; ++l) {
      const std::size_t o = std::size_t(m) * L + l;
      double diag = s.kap[o] + a * (gm1(m, l) + (m + 1 < M || periodic ? s.g[o] : 0.0));
      if (m == 0) diag += a * gb0[l];
      if (m == M - 1) diag += a * gbM[l];
      if (periodic) {
        const double corner = -a * s.g[std::size_t(M - 1) * L + l];
        if (m == 0) {
          gamma_sm[l] = -diag;
          diag -= gamma_sm[l];
        }
        if (m == M - 1) diag -= corner * corner / gamma_sm[l];
      }
      s.diag[o] = diag;
    }
  }
  for (int l = 0; l < L; ++l) {
    const double inv = 1.0 / s.diag[l];
    s.diag[l] = inv;
    s.cprime[l] = (M > 1 ? -a * s.g[l] : 0.0) * inv;
  }
  for (int m = 1; m < M; ++m) {
    for (int l = 0; l < L; ++l) {
      const std::size_t o = std::size_t(m) * L + l, p = o - L;
      const double lower = -a * s.g[p + 0];
      const double inv = 1.0 / (s.diag[o] - lower * s.cprime[p]);
      s.diag[o] = inv;
      s.cprime[o] = (m + 1 < M ? -a * s.g[o] : 0.0) * inv;
    }
  }
  // For a periodic line, the correction vector z solves T z = (gamma_sm, 0, ..., 0, corner).
  if (periodic) {
    std::fill(s.rhs.begin(), s.rhs.end(), 0.0);
    for (int l = 0; l < L; ++l) {
      s.rhs[l] = gamma_sm[l];
      s.rhs[std::size_t(M - 1) * L + l] = -a * s.g[std::size_t(M - 1) * L + l];
    }
    thomas_solve(s, M, L, s.g.data(), a, s.rhs.data(), s.z.data());
  }
  auto solve = [&](double* out) {
    thomas_solve(s, M, L, s.g.data(), a, s.rhs.data(), out);
    if (!periodic) return;
    for (int l = 0; l < L; ++l) {
      const std::size_t last = std::size_t(M - 1) * L + l;
      const double corner = -a * s.g[last];
      const double f = (out[l] + corner * out[last] / gamma_sm[l]) /
                       (1.0 + s.z[l] + corner * s.z[last] / gamma_sm[l]);
      for (int m = 0; m < M; ++m) out[std::size_t(m) * L + l] -= f * s.z[std::size_t(m) * L + l];
    }
  };
  // Right-hand sides. The boundary source enters as a * gb * ext.
  auto source = [&](int m, int l) {
    double src = 0.0;
    if (m == 0) src += gb0[l] * ext0;
    if (m == M - 1) src += gbM[l] * extM;
    return src;
  };
  if (scheme == DiffusionScheme::backward_euler) {
    for (int m = 0; m < M; ++m)
      for (int l = 0; l < L; ++l) {
        const std::size_t o = std::size_t(m) * L + l;
        s.rhs[o] = s.kap[o] * s.phi[o] + a * source(m, l);
      }
    solve(s.x.data());
  } else {
    // Stage 1 (trapezoid over gamma dt): rhs = K phi + a (L phi + s) + a s.
    for (int m = 0; m < M; ++m)
      for (int l = 0; l < L; ++l) {
        const std::size_t o = std::size_t(m) * L + l;
        const double phi = s.phi[o];
        double flux = 0.0;
        const double g_prev = gm1(m, l);
        if (m > 0 || periodic)
          flux += g_prev * (s.phi[m > 0 ? o - L : std::size_t(M - 1) * L + l] - phi);
        if (m + 1 < M || periodic)
          flux += s.g[o] * (s.phi[m + 1 < M ? o + L : std::size_t(l)] - phi);
        if (m == 0) flux -= gb0[l] * phi;
        if (m == M - 1) flux -= gbM[l] * phi;
        s.rhs[o] = s.kap[o] * phi + a * flux + 2.0 * a * source(m, l);
      }
    solve(s.x.data());  // phi at gamma dt
    // Stage 2 (BDF2): rhs = c1 K phi_gamma - c2 K phi_n + a s.
    for (int m = 0; m < M; ++m)
      for (int l = 0; l < L; ++l) {
        const std::size_t o = std::size_t(m) * L + l;
        s.rhs[o] = s.kap[o] * (kC1 * s.x[o] - kC2 * s.phi[o]) + a * source(m, l);
      }
    solve(s.x.data());
  }
  for (int m = 0; m < M; ++m)
    for (int l = 0; l < L; ++l) {
      const std::size_t o = std::size_t(m) * L + l;
      b.u[m * b.row + l * b.line] = s.kap[o] * s.x[o];
    }
}

}  // namespace

LodDiffusion::LodDiffusion(const grid::Grid3D& grid) : grid_(grid) {}

void LodDiffusion::sweep(grid::FieldView u, const DiffusionSpec& spec, Axis axis, double dt,
                         DiffusionScheme scheme) {
  const grid::Grid3D& g = grid_;
  const DiffusionSpec& c = spec;
  const std::ptrdiff_t nx = g.nx, nxy = std::ptrdiff_t(g.nx) * g.ny;
  const bool periodic = spec.lateral == LateralBoundary::periodic;
  constexpr int kChunk = 64;  // lines per batch: keeps the batch's scratch in cache
  switch (axis) {
    case Axis::x: {
      if (periodic && g.nx < 3) throw std::invalid_argument("periodic x needs nx >= 3");
#pragma omp parallel
      {
        Scratch s;
#pragma omp for collapse(2) schedule(static)
        for (int k = 0; k < g.nz; ++k)
          for (int j0 = 0; j0 < g.ny; j0 += kChunk) {
            const int L = std::min(kChunk, g.ny - j0);
            const std::size_t v0 = std::size_t(j0) * nx + std::size_t(k) * nxy;
            solve_batch({u.data + v0, 1, nx, g.nx, L, v0, 1, nx, k, 0}, c, g.dx, dt, scheme,
                        periodic, nullptr, nullptr, s);
          }
      }
      break;
    }
    case Axis::y: {
      if (periodic && g.ny < 3) throw std::invalid_argument("periodic y needs ny >= 3");
#pragma omp parallel
      {
        Scratch s;
#pragma omp for collapse(2) schedule(static)
        for (int k = 0; k < g.nz; ++k)
          for (int i0 = 0; i0 < g.nx; i0 += kChunk) {
            const int L = std::min(kChunk, g.nx - i0);
            const std::size_t v0 = std::size_t(i0) + std::size_t(k) * nxy;
            solve_batch({u.data + v0, nx, 1, g.ny, L, v0, nx, 1, k, 0}, c, g.dy, dt, scheme,
                        periodic, nullptr, nullptr, s);
          }
      }
      break;
    }
    case Axis::z: {
#pragma omp parallel
      {
        Scratch s;
#pragma omp for collapse(2) schedule(static)
        for (int j = 0; j < g.ny; ++j)
          for (int i0 = 0; i0 < g.nx; i0 += kChunk) {
            const int L = std::min(kChunk, g.nx - i0);
            const std::size_t v0 = std::size_t(i0) + std::size_t(j) * nx;
            solve_batch({u.data + v0, nxy, 1, g.nz, L, v0, nxy, 1, 0, 1}, c, g.dz, dt, scheme,
                        false, &spec.top, &spec.bottom, s);
          }
      }
      break;
    }
  }
}

void LodDiffusion::delta_step(grid::FieldView u, const DiffusionSpec& spec, double dt) {
  const grid::Grid3D& g = grid_;
  const std::size_t n = g.size();
  const bool periodic = spec.lateral == LateralBoundary::periodic;
  // The residual r = dt (L phi + s) of the whole operator, boundary sources included.
  increment_.assign(n, 0.0);
  double* r = increment_.data();
#pragma omp parallel for schedule(static)
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t p = g.index(i, j, k);
        const double dkp = spec.dk_at(p, k), phi = u.data[p] / spec.partition_at(p, k);
        double flux = 0.0;
        for_each_neighbour(g, periodic, i, j, k, [&](std::size_t q, int kq, double h) {
          const double lateral = kq == k ? spec.lateral_factor(k) : 1.0;
          flux += lateral * face_conductance(dkp, spec.dk_at(q, kq)) *
                  (u.data[q] / spec.partition_at(q, kq) - phi) / (h * h);
        });
        if (k == 0)
          flux +=
              boundary_conductance(spec.top, dkp, g.dz) * (spec.top.value - phi) / (g.dz * g.dz);
        if (k == g.nz - 1)
          flux += boundary_conductance(spec.bottom, dkp, g.dz) * (spec.bottom.value - phi) /
                  (g.dz * g.dz);
        r[p] = dt * flux;
      }
  // (K - dt Lx) K^-1 (K - dt Ly) K^-1 (K - dt Lz) (delta phi) = r, sweep by sweep. Each backward
  // Euler sweep maps K w to K (K - dt L_d)^-1 K w, so chaining them on r yields K delta phi =
  // delta u. The boundary conductances stay in the matrices; their sources are in r already.
  DiffusionSpec homogeneous = spec;
  homogeneous.top.value = 0.0;
  homogeneous.bottom.value = 0.0;
  const grid::FieldView du{r, g.nx, g.ny, g.nz};
  sweep(du, homogeneous, Axis::x, dt, DiffusionScheme::backward_euler);
  sweep(du, homogeneous, Axis::y, dt, DiffusionScheme::backward_euler);
  sweep(du, homogeneous, Axis::z, dt, DiffusionScheme::backward_euler);
#pragma omp parallel for schedule(static)
  for (std::size_t v = 0; v < n; ++v) u.data[v] += r[v];
}

void LodDiffusion::step(grid::FloatFieldView u, const DiffusionSpec& spec, double dt,
                        DiffusionScheme scheme) {
  if (!spec.mobile) return;
  if (!is_layered(spec) || scheme == DiffusionScheme::backward_euler_delta)
    throw std::invalid_argument(
        "float storage is available on the layered fast path only (no per-voxel coefficients, "
        "backward_euler or tr_bdf2)");
  if (scheme == DiffusionScheme::backward_euler)
    layered_backward_euler(u, spec, grid_, dt);
  else
    layered_tr_bdf2(u, spec, grid_, dt);
}

void LodDiffusion::step(grid::FieldView u, const DiffusionSpec& spec, double dt,
                        DiffusionScheme scheme) {
  if (!spec.mobile) return;
  if (scheme == DiffusionScheme::backward_euler_delta) {
    delta_step(u, spec, dt);
    return;
  }
  if (is_layered(spec)) {  // the fast path: one shared matrix per plane or per sweep
    if (scheme == DiffusionScheme::backward_euler)
      layered_backward_euler(u, spec, grid_, dt);
    else
      layered_tr_bdf2(u, spec, grid_, dt);
    return;
  }
  if (scheme == DiffusionScheme::backward_euler) {
    sweep(u, spec, Axis::x, dt, scheme);
    sweep(u, spec, Axis::y, dt, scheme);
    sweep(u, spec, Axis::z, dt, scheme);
    return;
  }
  sweep(u, spec, Axis::x, 0.5 * dt, scheme);
  sweep(u, spec, Axis::y, 0.5 * dt, scheme);
  sweep(u, spec, Axis::z, dt, scheme);
  sweep(u, spec, Axis::y, 0.5 * dt, scheme);
  sweep(u, spec, Axis::x, 0.5 * dt, scheme);
}

void LodDiffusion::step_all(std::span<const grid::FieldView> u,
                            std::span<const DiffusionSpec* const> specs, double dt,
                            DiffusionScheme scheme) {
  if (u.size() != specs.size()) throw std::invalid_argument("step_all: one spec per field");
  std::vector<grid::FieldView> layered;
  std::vector<const DiffusionSpec*> layered_specs;
  for (std::size_t s = 0; s < u.size(); ++s) {
    if (!specs[s]->mobile) continue;
    if (scheme != DiffusionScheme::backward_euler_delta && is_layered(*specs[s])) {
      layered.push_back(u[s]);
      layered_specs.push_back(specs[s]);
    } else {
      step(u[s], *specs[s], dt, scheme);
    }
  }
  // Bad input is reported here, before the threads start: an exception cannot leave an OpenMP
  // region.
  for (const DiffusionSpec* spec : layered_specs) {
    if (int(spec->diffusivity_by_plane.size()) != grid_.nz ||
        int(spec->partition_by_plane.size()) != grid_.nz)
      throw std::invalid_argument("step_all: coefficients need one value per plane");
    if (spec->lateral == LateralBoundary::periodic && (grid_.nx < 3 || grid_.ny < 3))
      throw std::invalid_argument("periodic lines need at least 3 cells");
  }
  // Fewer species than threads: each species with all threads, plane by plane.
  if (layered.size() < std::size_t(omp_get_max_threads())) {
    for (std::size_t s = 0; s < layered.size(); ++s)
      step(layered[s], *layered_specs[s], dt, scheme);
    return;
  }
  if (scheme == DiffusionScheme::backward_euler) {
    fused_layered_backward_euler(layered, layered_specs, grid_, dt);
    return;
  }
  // TR-BDF2: the layered sweeps' own parallel regions, nested here, run on one thread each.
  const int n = int(layered.size());
#pragma omp parallel for schedule(dynamic, 1)
  for (int s = 0; s < n; ++s)
    layered_tr_bdf2(layered[std::size_t(s)], *layered_specs[std::size_t(s)], grid_, dt);
}

}  // namespace dermasim::numerics
