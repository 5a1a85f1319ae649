#include "dermasim/numerics/reference_diffusion.hpp"

#include "dermasim/numerics/conductance.hpp"

#include <Eigen/IterativeLinearSolvers>
#include <Eigen/Sparse>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace dermasim::numerics {

namespace {}  // namespace

void ReferenceDiffusion::step(grid::FieldView u, const DiffusionSpec& spec, double dt,
                              DiffusionScheme scheme, double tolerance) const {
  if (!spec.mobile) return;
  const grid::Grid3D& g = grid_;
  const std::size_t n = g.size();
  const bool periodic = spec.lateral == LateralBoundary::periodic;
  if (periodic && (g.nx < 3 || g.ny < 3))
    throw std::invalid_argument("periodic lines need at least 3 cells");  // as in LodDiffusion
  // L (the operator on phi per unit volume) as triplets, and the boundary source s.
  std::vector<Eigen::Triplet<double>> t;
  t.reserve(n * 7);
  Eigen::VectorXd kap(n), src = Eigen::VectorXd::Zero(n), diag = Eigen::VectorXd::Zero(n);
  auto link = [&](std::size_t p, std::size_t q, double w) {
    t.emplace_back(Eigen::Index(p), Eigen::Index(q), w);
    diag[Eigen::Index(p)] -= w;
  };
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t p = g.index(i, j, k);
        kap[Eigen::Index(p)] = spec.partition_at(p, k);
        const double dkp = spec.dk_at(p, k);
        for_each_neighbour(g, periodic, i, j, k, [&](std::size_t q, int kq, double h) {
          const double lateral = kq == k ? spec.lateral_factor(k) : 1.0;
          link(p, q, lateral * face_conductance(dkp, spec.dk_at(q, kq)) / (h * h));
        });
        if (k == 0) {
          const double gb = boundary_conductance(spec.top, dkp, g.dz) / (g.dz * g.dz);
          diag[Eigen::Index(p)] -= gb;
          src[Eigen::Index(p)] += gb * spec.top.value;
        }
        if (k == g.nz - 1) {
          const double gb = boundary_conductance(spec.bottom, dkp, g.dz) / (g.dz * g.dz);
          diag[Eigen::Index(p)] -= gb;
          src[Eigen::Index(p)] += gb * spec.bottom.value;
        }
      }
  for (std::size_t p = 0; p < n; ++p)
    t.emplace_back(Eigen::Index(p), Eigen::Index(p), diag[Eigen::Index(p)]);
  const auto size = static_cast<Eigen::Index>(n);
  Eigen::SparseMatrix<double> L(size, size);
  L.setFromTriplets(t.begin(), t.end());

  Eigen::Map<Eigen::VectorXd> uu(u.data, Eigen::Index(n));
  const Eigen::VectorXd phi_n = uu.cwiseQuotient(kap);
  const double gamma = 2.0 - std::sqrt(2.0);
  // The reference has no splitting to put in delta form: both backward-Euler variants are the
  // plain unsplit backward Euler step.
  const bool euler = scheme != DiffusionScheme::tr_bdf2;
  const double theta = euler ? 1.0 : 0.5 * gamma;
  Eigen::SparseMatrix<double> A = -theta * dt * L;
  A.diagonal() += kap;
  Eigen::ConjugateGradient<Eigen::SparseMatrix<double>, Eigen::Lower | Eigen::Upper> cg;
  cg.setTolerance(tolerance);
  cg.setMaxIterations(100000);
  cg.compute(A);
  auto solve = [&](const Eigen::VectorXd& rhs) {
    Eigen::VectorXd x = cg.solveWithGuess(rhs, phi_n);
    if (cg.info() != Eigen::Success)
      throw std::runtime_error("reference diffusion: CG did not converge");
    return x;
  };
  Eigen::VectorXd phi;
  if (euler) {
    phi = solve(kap.cwiseProduct(phi_n) + dt * src);
  } else {
    const double a = theta * dt;
    const Eigen::VectorXd phi_g = solve(kap.cwiseProduct(phi_n) + a * (L * phi_n + src) + a * src);
    const double c1 = 1.0 / (gamma * (2.0 - gamma));
    const double c2 = (1.0 - gamma) * (1.0 - gamma) / (gamma * (2.0 - gamma));
    phi = solve(kap.cwiseProduct(c1 * phi_g - c2 * phi_n) + a * src);
  }
  uu = kap.cwiseProduct(phi);
}

}  // namespace dermasim::numerics
