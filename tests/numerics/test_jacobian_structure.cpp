// The sparse Jacobian machinery of the stiff integrator: the block order is lower triangular,
// the coloured finite differences equal the dense ones, the block LU solves W x = b like a dense
// LU, and ROS2 gives the same answer with either.
#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>
#include <random>

#include "dermasim/numerics/jacobian_structure.hpp"
#include "dermasim/numerics/rosenbrock.hpp"

using namespace dermasim;
using numerics::JacobianStructure;

namespace {

/// A chain of coupled pairs with a loop: 0 <-> 1 -> 2 -> 3 <-> 4 <-> 5 -> 6, and 7 alone; mildly
/// nonlinear so that finite differences depend on the state.
struct Chain : numerics::Kinetics {
  int species() const override { return 8; }
  std::vector<std::vector<int>> dependencies() const override {
    return {{0, 1}, {0, 1}, {1, 2}, {2, 3, 4}, {3, 5}, {4, 5}, {5, 6}, {7}};
  }
  void rates(double, const double* u, double* f, const numerics::VoxelInfo&) const override {
    f[0] = -2 * u[0] + u[1] * u[1];
    f[1] = u[0] - 3 * u[1];
    f[2] = 0.5 * u[1] - u[2] / (1 + u[2] * u[2]);
    f[3] = u[2] * u[4] - u[3];
    f[4] = std::sin(u[3]) - 4 * u[4] + u[5];
    f[5] = u[4] - u[5] * u[5];
    f[6] = u[5] - 0.1 * u[6];
    f[7] = -7 * u[7];
  }
};

}  // namespace

TEST(JacobianStructure, BlocksAreTheStronglyConnectedComponentsInDependencyOrder) {
  const Chain k;
  const auto s = JacobianStructure::of(k);
  EXPECT_FALSE(s.is_dense());
  EXPECT_EQ(s.blocks(), 5);  // {0,1} {2} {3,4,5} {6} {7}
  EXPECT_EQ(s.largest_block(), 3);
  // Colours: columns sharing no row are perturbed together, so fewer evaluations than species.
  EXPECT_LT(s.colours(), k.species());
  const auto d = JacobianStructure::dense(8);
  EXPECT_EQ(d.blocks(), 1);
  EXPECT_EQ(d.colours(), 8);
}

TEST(JacobianStructure, ColouredFiniteDifferencesEqualTheDenseOnes) {
  const Chain k;
  const auto s = JacobianStructure::of(k);
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> U(-2, 2);
  for (int trial = 0; trial < 20; ++trial) {
    double u[8], f0[8];
    for (double& x : u) x = U(rng);
    k.rates(0, u, f0, {});
    std::vector<double> coloured(64, 0.0), dense(64, 0.0);
    s.finite_difference(k, 0, u, f0, coloured.data(), {});
    k.Kinetics::jacobian(0, u, dense.data(), {});
    for (int r = 0; r < 8; ++r)
      for (int c = 0; c < 8; ++c) {
        if (!s.depends(r, c)) continue;  // outside the pattern nothing is written
        EXPECT_NEAR(coloured[std::size_t(r * 8 + c)], dense[std::size_t(r * 8 + c)], 1e-6)
            << "entry (" << r << ", " << c << ")";
      }
  }
}

TEST(JacobianStructure, BlockLuSolvesLikeADenseLu) {
  const Chain k;
  const auto s = JacobianStructure::of(k);
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> U(-1, 1);
  for (double gh : {1e-3, 0.3, 10.0, 1e4}) {
    double u[8], f0[8];
    for (double& x : u) x = U(rng);
    k.rates(0, u, f0, {});
    std::vector<double> jac(64, 0.0);
    k.Kinetics::jacobian(0, u, jac.data(), {});
    // Outside the pattern the dense FD is round-off; the block solver never reads it.
    for (int r = 0; r < 8; ++r)
      for (int c = 0; c < 8; ++c)
        if (!s.depends(r, c)) jac[std::size_t(r * 8 + c)] = 0.0;
    Eigen::Matrix<double, 8, 8, Eigen::RowMajor> W =
        Eigen::Matrix<double, 8, 8>::Identity() -
        gh * Eigen::Map<Eigen::Matrix<double, 8, 8, Eigen::RowMajor>>(jac.data());
    Eigen::Matrix<double, 8, 1> b;
    for (int i = 0; i < 8; ++i) b[i] = U(rng);
    const Eigen::Matrix<double, 8, 1> expected = W.fullPivLu().solve(b);
    const numerics::BlockTriangularLu lu(s, jac.data(), gh);
    ASSERT_TRUE(lu.ok());
    double x[8];
    for (int i = 0; i < 8; ++i) x[i] = b[i];
    lu.solve(x);
    for (int i = 0; i < 8; ++i)
      EXPECT_NEAR(x[i], expected[i], 1e-12 * (1 + std::abs(expected[i]))) << "gh = " << gh;
  }
}

TEST(JacobianStructure, RosenbrockGivesTheSameAnswerSparseOrDense) {
  const Chain k;
  const auto sparse = JacobianStructure::of(k);
  const auto dense = JacobianStructure::dense(8);
  double a[8] = {1, 0.5, -0.3, 0.2, 0.1, 0.7, 0, 1}, b[8];
  std::copy(a, a + 8, b);
  numerics::LocalTolerance tol;
  tol.relative = 1e-6;
  ASSERT_TRUE(numerics::rosenbrock_integrate(k, sparse, 0, 2.0, a, {}, tol, nullptr));
  ASSERT_TRUE(numerics::rosenbrock_integrate(k, dense, 0, 2.0, b, {}, tol, nullptr));
  // The two Jacobians differ only by finite-difference round-off outside the pattern.
  for (int i = 0; i < 8; ++i) EXPECT_NEAR(a[i], b[i], 1e-7) << "species " << i;
}

TEST(JacobianStructure, ADependencyOnNoSpeciesIsRefused) {
  EXPECT_THROW(JacobianStructure::from_dependencies(2, {{0}, {2}}), std::invalid_argument);
  EXPECT_THROW(JacobianStructure::from_dependencies(2, {{0}}), std::invalid_argument);
}
