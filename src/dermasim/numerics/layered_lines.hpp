#pragma once
// The pieces shared by the layered fast paths (layered_sweeps.cpp, fused_layered_step.cpp): the
// coefficients of one grid line when D and K vary by plane only, its tridiagonal matrix factored
// for the Thomas recurrence, and the recurrence run across many lines at once.
#include <cstddef>
#include <vector>

#include "dermasim/numerics/diffusion_spec.hpp"

namespace dermasim::numerics::layered {

/// A tridiagonal matrix acting on u (partitioning folded in), factored for the Thomas recurrence:
///   forward  y_m = (r_m - low_m y_{m-1}) inv_m,   backward  x_m = y_m - up_m x_{m+1}.
/// A periodic line adds the Sherman-Morrison correction x -= f z with f from x_0 and x_{M-1}
/// (Press et al., Numerical Recipes, sec. 2.7).
struct Factored {
  std::vector<double> low, inv, up;
  bool periodic = false;
  std::vector<double> z;  // correction vector (periodic only)
  double beta_over_gamma = 0, z0 = 0, zlast = 0;
  std::vector<double> diag, lower, upper;  // scratch of factor(), kept to reuse its storage
};

/// The coefficients of one line: face conductances g (face m/m+1; the wrap face at M-1 when
/// periodic, else 0), partition coefficients, boundary conductances and sources.
struct LineCoefficients {
  std::vector<double> g, kap;
  double gb0 = 0, gbM = 0, src0 = 0, srcM = 0;  // src = gb * outside value
  bool periodic = false;
};

/// D K of plane k.
inline double dk(const DiffusionSpec& s, int k) {
  return s.diffusivity_by_plane[std::size_t(k)] * s.partition_by_plane[std::size_t(k)];
}

/// Factors (K - a L) K^-1 for the line c into f, reusing f's storage.
void factor(Factored& f, const LineCoefficients& c, double a);

/// A line of M cells within plane k: D K is the same in every cell, so every face has
/// conductance D K. Fills c, reusing its storage.
void in_plane_line(LineCoefficients& c, const DiffusionSpec& s, int k, int M);

/// The vertical line: harmonic-mean face conductances between planes, the top and bottom
/// boundaries' conductances and sources.
void vertical_line(LineCoefficients& c, const DiffusionSpec& spec, double dz);

/// Solves `lines` lines at once; element m of line l is at p[m * row + l] (l contiguous), with
/// right-hand-side additions add0 and addM to the first and last rows. `coef` is scratch for the
/// periodic correction.
void solve_across(double* p, std::ptrdiff_t row, int M, int lines, const Factored& f, double add0,
                  double addM, std::vector<double>& coef);

}  // namespace dermasim::numerics::layered
