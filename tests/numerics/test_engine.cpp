#include <gtest/gtest.h>

#include <omp.h>
#include <cmath>
#include <cstring>

#include "dermasim/numerics/lod_diffusion.hpp"
#include "dermasim/numerics/reaction_diffusion.hpp"
#include "dermasim/numerics/reference_diffusion.hpp"
#include "dermasim/numerics/well_mixed.hpp"

using namespace dermasim;
using namespace dermasim::numerics;

namespace {

grid::Grid3D box(int nx, int ny, int nz, double h) {
  grid::Grid3D g;
  g.nx = nx, g.ny = ny, g.nz = nz;
  g.dx = g.dy = g.dz = h;
  return g;
}

struct Decay : Kinetics {
  double rate;
  explicit Decay(double r) : rate(r) {}
  int species() const override { return 1; }
  void rates(double, const double* u, double* f, const VoxelInfo&) const override {
    f[0] = -rate * u[0];
  }
};

// A fast transient (hours) feeding a slow one (months): what the healing model will look like.
struct FastThenSlow : Kinetics {
  int species() const override { return 2; }
  void rates(double, const double* u, double* f, const VoxelInfo&) const override {
    const double fast = 1.0 / 3600.0, slow = 1.0 / (60 * 86400.0);
    f[0] = -fast * u[0];
    f[1] = 0.1 * fast * u[0] - slow * u[1];
  }
};

struct BlowUp : Kinetics {
  int species() const override { return 1; }
  void rates(double, const double* u, double* f, const VoxelInfo&) const override {
    f[0] = u[0] * u[0];
  }
};

}  // namespace

TEST(LodDiffusion, BackwardEulerMatchesTheReferenceExactlyWhenTheDirectionsCommute) {
  // Layered coefficients on a tensor grid: x, y and z operators commute, so one backward-Euler
  // LOD step equals the unsplit step up to the product of O(dt^2) cross terms... which vanish
  // for a field that varies in z only.
  const auto g = box(5, 6, 12, 10e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-10);
  for (int k = 0; k < 4; ++k) spec.partition_by_plane[std::size_t(k)] = 4.0;
  spec.top = VerticalBoundary::dirichlet(1.0);
  spec.lateral = LateralBoundary::periodic;
  grid::FieldSet a(g, 1), b(g, 1);
  LodDiffusion(g).step(a.view(0), spec, 50.0, DiffusionScheme::backward_euler);
  ReferenceDiffusion(g).step(b.view(0), spec, 50.0, DiffusionScheme::backward_euler);
  for (std::size_t v = 0; v < g.size(); ++v) EXPECT_NEAR(a.values(0)[v], b.values(0)[v], 1e-13);
}

TEST(LodDiffusion, PeriodicLinesCarryMassAcrossTheEdge) {
  const auto g = box(8, 8, 3, 10e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-10);
  spec.lateral = LateralBoundary::periodic;
  grid::FieldSet f(g, 1);
  f.view(0)(0, 3, 1) = 1.0;  // on the x = 0 edge
  LodDiffusion(g).step(f.view(0), spec, 1.0, DiffusionScheme::tr_bdf2);
  EXPECT_GT(f.view(0)(7, 3, 1), 1e-3);                         // reached the far side
  EXPECT_NEAR(f.view(0)(7, 3, 1), f.view(0)(1, 3, 1), 1e-12);  // symmetric about the edge
}

TEST(LodDiffusion, FloatStorageIsRefusedWhereItHasNoFastPath) {
  const auto g = box(4, 4, 4, 10e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-10);
  spec.diffusivity_field.assign(g.size(), 1e-10);
  std::vector<float> u(g.size(), 1.0f);
  EXPECT_THROW(LodDiffusion(g).step(grid::FloatFieldView{u.data(), 4, 4, 4}, spec, 1.0,
                                    DiffusionScheme::tr_bdf2),
               std::invalid_argument);
}

TEST(LodDiffusion, ImmobileSpeciesAreUntouched) {
  const auto g = box(4, 4, 4, 10e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-10);
  spec.mobile = false;
  grid::FieldSet f(g, 1);
  f.view(0)(1, 2, 3) = 5.0;
  LodDiffusion(g).step(f.view(0), spec, 1e6, DiffusionScheme::tr_bdf2);
  EXPECT_EQ(f.view(0)(1, 2, 3), 5.0);
}

TEST(LodDiffusion, BackwardEulerKeepsValuesNonNegativeAtHugeSteps) {
  const auto g = box(10, 10, 10, 10e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-9);
  grid::FieldSet f(g, 1);
  f.view(0)(5, 5, 5) = 1.0;
  LodDiffusion(g).step(f.view(0), spec, 1e5, DiffusionScheme::backward_euler);
  for (double x : f.values(0)) EXPECT_GE(x, 0.0);
}

TEST(LodDiffusion, IdenticalAtOneAndTwoThreads) {
  const auto g = box(20, 18, 16, 10e-6);
  DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-10);
  spec.top = VerticalBoundary::dirichlet(1.0);
  auto run = [&](int threads) {
    omp_set_num_threads(threads);
    grid::FieldSet f(g, 1);
    for (std::size_t v = 0; v < g.size(); ++v) f.values(0)[v] = double(v % 7);
    LodDiffusion(g).step(f.view(0), spec, 30.0, DiffusionScheme::tr_bdf2);
    return f;
  };
  const auto a = run(1), b = run(2);
  omp_set_num_threads(omp_get_num_procs());
  EXPECT_EQ(std::memcmp(a.raw().data(), b.raw().data(), a.bytes()), 0);
}

TEST(ReactionDiffusion, AdaptiveStepsAreMinutesEarlyAndDaysLate) {
  const FastThenSlow kinetics;
  const auto g = box(3, 3, 3, 10e-6);
  std::vector<DiffusionSpec> species(2, DiffusionSpec::uniform(g.nz, 1e-10));
  StepperOptions opt;
  opt.relative_tolerance = 1e-3;
  opt.absolute_tolerance = {1e-6, 1e-6};
  opt.dt_initial = 60;
  opt.dt_max = 30 * 86400.0;
  ReactionDiffusion rd(g, species, &kinetics, opt);
  for (double& x : rd.fields().values(0)) x = 1.0;
  std::vector<std::pair<double, double>> steps;  // (time, dt)
  double previous = 0;
  rd.advance_to(182 * 86400.0, [&](double t) {
    steps.emplace_back(t, t - previous);
    previous = t;
  });
  EXPECT_LT(steps.front().second, 3600.0);  // first steps resolve the hours-long transient
  double late = 0;
  for (auto [t, dt] : steps)
    if (t > 30 * 86400.0) late = std::max(late, dt);
  EXPECT_GT(late, 86400.0);  // remodelling is crossed in day-long steps
  EXPECT_LT(steps.size(), 400u);
  EXPECT_DOUBLE_EQ(rd.time(), 182 * 86400.0);
  // and the answer is right: u1 against the exact two-exponential solution
  const double a = 1.0 / 3600.0, b = 1.0 / (60 * 86400.0), T = 182 * 86400.0;
  const double exact = 0.1 * a / (a - b) * (std::exp(-b * T) - std::exp(-a * T));
  EXPECT_NEAR(rd.fields().values(1)[0] / exact, 1.0, 1e-2);
}

TEST(ReactionDiffusion, ABlowUpStopsWithAClearMessageAndNoNaN) {
  const BlowUp kinetics;
  const auto g = box(2, 2, 2, 10e-6);
  StepperOptions opt;
  opt.dt_initial = 0.1;
  opt.dt_min = 1e-6;
  ReactionDiffusion rd(g, {DiffusionSpec::uniform(g.nz, 1e-10)}, &kinetics, opt);
  for (double& x : rd.fields().values(0)) x = 1.0;  // u = 1/(1 - t): blows up at t = 1 s
  try {
    rd.advance_to(10.0);
    FAIL() << "no StepFailure";
  } catch (const StepFailure& e) {
    EXPECT_NE(std::string(e.what()).find("completed outputs are intact"), std::string::npos)
        << e.what();
  }
  // A linearly implicit method may step a little past the pole before the error control stops it.
  EXPECT_LT(rd.time(), 1.01);
  for (double x : rd.fields().values(0)) EXPECT_TRUE(std::isfinite(x));
}

TEST(ReactionDiffusion, AFixedStepBlowUpKeepsTheLastGoodState) {
  const BlowUp kinetics;
  const auto g = box(2, 2, 2, 10e-6);
  StepperOptions opt;
  opt.adaptive = false;
  opt.dt_initial = 0.3;
  ReactionDiffusion rd(g, {DiffusionSpec::uniform(g.nz, 1e-10)}, &kinetics, opt);
  for (double& x : rd.fields().values(0)) x = 1.0;
  EXPECT_THROW(rd.advance_to(3.0), StepFailure);
  EXPECT_LT(rd.time(), 1.0);
  for (double x : rd.fields().values(0)) EXPECT_TRUE(std::isfinite(x));
}

TEST(ReactionDiffusion, APointSourceDiffusesWithDefaultOptions) {
  // TR-BDF2 undershoots slightly next to a point source; that is within the error tolerance and
  // must not stop the run.
  const auto g = box(21, 21, 21, 10e-6);
  ReactionDiffusion rd(g, {DiffusionSpec::uniform(g.nz, 1e-9)}, nullptr);
  rd.fields().view(0)(10, 10, 10) = 1.0;
  ASSERT_NO_THROW(rd.advance_to(5.0));
  double mass = 0;
  for (double x : rd.fields().values(0)) mass += x;
  EXPECT_NEAR(mass, 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(rd.time(), 5.0);
}

TEST(WellMixed, CvodeReproducesExponentialDecay) {
  const Decay decay(2e-4);
  const auto out = integrate_well_mixed(decay, {3.0}, 0.0, {0.0, 1000.0, 5000.0});
  ASSERT_EQ(out.size(), 3u);
  EXPECT_DOUBLE_EQ(out[0][0], 3.0);
  // Default tolerances rtol 1e-8: the global error is a small multiple of it.
  EXPECT_NEAR(out[1][0] / (3.0 * std::exp(-0.2)), 1.0, 1e-6);
  EXPECT_NEAR(out[2][0] / (3.0 * std::exp(-1.0)), 1.0, 1e-6);
}

TEST(WellMixed, CvodeFailureIsReportedNotReturned) {
  const BlowUp blow;
  WellMixedOptions opt;
  opt.max_steps = 5000;
  try {
    integrate_well_mixed(blow, {1.0}, 0.0, {2.0}, {}, opt);
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("CV_TOO_MUCH_WORK"), std::string::npos) << e.what();
  }
}

TEST(LodDiffusion, LayeredFastPathEqualsTheGeneralSweeps) {
  // Same coefficients, once as planes (fast path) and once as per-voxel fields (general path).
  for (auto scheme : {DiffusionScheme::backward_euler, DiffusionScheme::tr_bdf2})
    for (auto lateral : {LateralBoundary::zero_flux, LateralBoundary::periodic}) {
      const auto g = box(9, 7, 11, 10e-6);
      DiffusionSpec planes = DiffusionSpec::uniform(g.nz, 1e-10);
      for (int k = 0; k < g.nz; ++k) {
        planes.diffusivity_by_plane[std::size_t(k)] = k < 2 ? 1e-12 : (k < 5 ? 1e-11 : 1e-10);
        planes.partition_by_plane[std::size_t(k)] = k < 2 ? 6.0 : 1.0;
      }
      planes.lateral = lateral;
      planes.top = VerticalBoundary::dirichlet(1.5);
      planes.bottom = VerticalBoundary::robin(0.2, 1e-6);
      planes.lateral_factor_by_plane.assign(std::size_t(g.nz), 1.0);
      for (int k = 0; k < 4; ++k) planes.lateral_factor_by_plane[std::size_t(k)] = 0.05 * (k + 1);
      DiffusionSpec voxels = planes;
      voxels.diffusivity_field.resize(g.size());
      voxels.partition_field.resize(g.size());
      for (int k = 0; k < g.nz; ++k)
        for (std::size_t q = 0; q < std::size_t(g.nx) * g.ny; ++q) {
          voxels.diffusivity_field[std::size_t(k) * g.nx * g.ny + q] =
              planes.diffusivity_by_plane[std::size_t(k)];
          voxels.partition_field[std::size_t(k) * g.nx * g.ny + q] =
              planes.partition_by_plane[std::size_t(k)];
        }
      grid::FieldSet a(g, 1), b(g, 1);
      for (std::size_t v = 0; v < g.size(); ++v)
        a.values(0)[v] = b.values(0)[v] = double((v * 37) % 11);
      LodDiffusion lod(g);
      for (int s = 0; s < 3; ++s) {
        lod.step(a.view(0), planes, 40.0, scheme);
        lod.step(b.view(0), voxels, 40.0, scheme);
      }
      for (std::size_t v = 0; v < g.size(); ++v)
        ASSERT_NEAR(a.values(0)[v], b.values(0)[v], 1e-12 * 11) << v;
    }
}

TEST(LodDiffusion, StepAllEqualsSteppingSpeciesOneByOne) {
  // Sizes that are not multiples of the kernels' blocks (4-wide vectors, 16 lines), species that
  // differ in layering, boundaries and partitioning, one immobile and one with per-voxel
  // coefficients (stepped apart), over both schemes and both lateral boundaries.
  const int threads_before = omp_get_max_threads();
  omp_set_num_threads(2);
  for (auto scheme : {DiffusionScheme::backward_euler, DiffusionScheme::tr_bdf2})
    for (auto lateral : {LateralBoundary::zero_flux, LateralBoundary::periodic})
      for (auto [nx, ny] : {std::pair{23, 37}, std::pair{37, 23}, std::pair{5, 3}}) {
        const auto g = box(nx, ny, 13, 10e-6);
        std::vector<DiffusionSpec> specs;
        for (int s = 0; s < 6; ++s) {
          DiffusionSpec spec = DiffusionSpec::uniform(g.nz, 1e-11 * (s + 1));
          for (int k = 0; k < g.nz; ++k) {
            spec.diffusivity_by_plane[std::size_t(k)] *= k < 2 ? 0.01 : (k < 5 + s % 2 ? 0.3 : 1.0);
            spec.partition_by_plane[std::size_t(k)] = k < 2 ? 4.0 + s : 1.0;
          }
          spec.lateral = lateral;
          if (s % 2 == 0) spec.top = VerticalBoundary::dirichlet(1.0 + s);
          if (s % 3 == 1) spec.bottom = VerticalBoundary::robin(0.5, 1e-6);
          specs.push_back(spec);
        }
        specs[2].mobile = false;
        specs[4].diffusivity_field.assign(g.size(), 2e-11);
        // A graded species: planes 0-1 and 2-4 share D and K but not their lateral factors.
        specs[5].lateral_factor_by_plane = {0.04, 0.3, 1.0, 2.5, 0.6, 1, 1, 1, 1, 1, 1, 1, 1};
        grid::FieldSet a(g, 6), b(g, 6);
        for (std::size_t v = 0; v < a.raw().size(); ++v)
          a.raw()[v] = b.raw()[v] = double((v * 37) % 11);
        LodDiffusion lod(g);
        std::vector<grid::FieldView> views;
        std::vector<const DiffusionSpec*> pointers;
        for (int s = 0; s < 6; ++s) {
          views.push_back(a.view(s));
          pointers.push_back(&specs[std::size_t(s)]);
        }
        for (int step = 0; step < 3; ++step) {
          lod.step_all(views, pointers, 40.0, scheme);
          for (int s = 0; s < 6; ++s) lod.step(b.view(s), specs[std::size_t(s)], 40.0, scheme);
        }
        for (std::size_t v = 0; v < a.raw().size(); ++v)
          ASSERT_NEAR(a.raw()[v], b.raw()[v], 1e-12 * 11) << v;
        // The immobile species did not move.
        for (std::size_t v = 0; v < g.size(); ++v)
          ASSERT_EQ(a.values(2)[v], double(((2 * g.size() + v) * 37) % 11));
      }
  // Bad input is an exception from the calling thread, not a crash inside the threads.
  const auto narrow = box(5, 2, 4, 10e-6);
  DiffusionSpec periodic = DiffusionSpec::uniform(narrow.nz, 1e-11);
  periodic.lateral = LateralBoundary::periodic;
  grid::FieldSet f(narrow, 2);
  const std::vector<grid::FieldView> views{f.view(0), f.view(1)};
  const std::vector<const DiffusionSpec*> pointers{&periodic, &periodic};
  for (auto scheme : {DiffusionScheme::backward_euler, DiffusionScheme::tr_bdf2})
    EXPECT_THROW(LodDiffusion(narrow).step_all(views, pointers, 1.0, scheme),
                 std::invalid_argument);
  omp_set_num_threads(threads_before);
}

TEST(LodDiffusion, LateralFactorScalesOnlyTheInPlaneConductances) {
  // On a single plane there is no vertical face: a lateral factor f with D is D f.
  const auto g = box(9, 7, 1, 10e-6);
  for (auto lateral : {LateralBoundary::zero_flux, LateralBoundary::periodic}) {
    DiffusionSpec with_factor = DiffusionSpec::uniform(1, 1e-10, 2.0);
    with_factor.lateral = lateral;
    with_factor.lateral_factor_by_plane = {0.3};
    DiffusionSpec scaled = DiffusionSpec::uniform(1, 0.3e-10, 2.0);
    scaled.lateral = lateral;
    for (auto scheme : {DiffusionScheme::backward_euler, DiffusionScheme::tr_bdf2,
                        DiffusionScheme::backward_euler_delta}) {
      grid::FieldSet a(g, 1), b(g, 1), c(g, 1), d(g, 1);
      for (std::size_t v = 0; v < g.size(); ++v)
        a.values(0)[v] = b.values(0)[v] = c.values(0)[v] = d.values(0)[v] = double((v * 37) % 11);
      LodDiffusion(g).step(a.view(0), with_factor, 200.0, scheme);
      LodDiffusion(g).step(b.view(0), scaled, 200.0, scheme);
      for (std::size_t v = 0; v < g.size(); ++v) ASSERT_NEAR(a.values(0)[v], b.values(0)[v], 1e-12);
      if (scheme == DiffusionScheme::backward_euler_delta) continue;
      ReferenceDiffusion(g).step(c.view(0), with_factor, 200.0, scheme);
      ReferenceDiffusion(g).step(d.view(0), scaled, 200.0, scheme);
      for (std::size_t v = 0; v < g.size(); ++v) ASSERT_NEAR(c.values(0)[v], d.values(0)[v], 1e-10);
    }
  }
  // Across planes the factor leaves the vertical faces alone: a field uniform in x and y, with
  // factors that differ by plane, moves as without them.
  const auto column = box(4, 4, 6, 10e-6);
  DiffusionSpec graded = DiffusionSpec::uniform(6, 1e-10);
  graded.lateral_factor_by_plane = {0.01, 0.1, 1, 3, 1, 0.5};
  const DiffusionSpec plain = DiffusionSpec::uniform(6, 1e-10);
  grid::FieldSet a(column, 1), b(column, 1);
  for (int k = 0; k < 6; ++k)
    for (int q = 0; q < 16; ++q)
      a.values(0)[std::size_t(k * 16 + q)] = b.values(0)[std::size_t(k * 16 + q)] = k;
  LodDiffusion(column).step(a.view(0), graded, 50.0, DiffusionScheme::backward_euler);
  LodDiffusion(column).step(b.view(0), plain, 50.0, DiffusionScheme::backward_euler);
  for (std::size_t v = 0; v < column.size(); ++v)
    EXPECT_NEAR(a.values(0)[v], b.values(0)[v], 1e-13);
}
