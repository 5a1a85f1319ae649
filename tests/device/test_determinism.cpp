// The same scenario gives the same punctures and injury, bit for bit, at any thread count.
#include <gtest/gtest.h>
#include <omp.h>

#include <cstring>

#include "../scenario/scenario_test_util.hpp"
#include "dermasim/simulation/injury_stage.hpp"

using namespace dermasim;

namespace {

simulation::InjuryStage run_with_threads(const scenario::Scenario& sc, int threads) {
  const int saved = omp_get_max_threads();
  omp_set_num_threads(threads);
  auto stage = simulation::run_injury_stage(sc);
  omp_set_num_threads(saved);
  return stage;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

void expect_identical(const simulation::InjuryStage& a, const simulation::InjuryStage& b) {
  ASSERT_EQ(a.punctures.size(), b.punctures.size());
  for (size_t i = 0; i < a.punctures.size(); ++i) {
    EXPECT_EQ(std::memcmp(&a.punctures[i].x, &b.punctures[i].x, sizeof(double)), 0);
    EXPECT_EQ(std::memcmp(&a.punctures[i].depth, &b.punctures[i].depth, sizeof(double)), 0);
  }
  EXPECT_TRUE(same_bits(a.field.damaged_fraction, b.field.damaged_fraction));
  EXPECT_TRUE(same_bits(a.field.channel_volume, b.field.channel_volume));
}

}  // namespace

class Determinism : public ::testing::TestWithParam<const char*> {};

TEST_P(Determinism, IdenticalAtOneTwoAndFourThreads) {
  const auto sc = dermasim::test_util::load_text(dermasim::test_util::minimal_scenario(
      GetParam(),
      "[simulation]\npatch_x = \"3 mm\"\npatch_y = \"3 mm\"\nresolution = \"20 um\"\nseed = 99\n"));
  const auto one = run_with_threads(sc, 1);
  ASSERT_GT(one.punctures.size(), 5u);
  expect_identical(one, run_with_threads(sc, 2));
  expect_identical(one, run_with_threads(sc, 4));
}

INSTANTIATE_TEST_SUITE_P(Devices, Determinism,
                         ::testing::Values("type = \"roller\"\n", "type = \"pen\"\n",
                                           "type = \"stamp\"\n"));

TEST(Determinism, AnotherSeedGivesOtherPunctures) {
  const auto a = dermasim::test_util::load_text(dermasim::test_util::minimal_scenario(
      "type = \"pen\"\n", "[simulation]\nresolution = \"40 um\"\nseed = 1\n"));
  const auto b = dermasim::test_util::load_text(dermasim::test_util::minimal_scenario(
      "type = \"pen\"\n", "[simulation]\nresolution = \"40 um\"\nseed = 2\n"));
  const auto pa = simulation::run_injury_stage(a).punctures;
  const auto pb = simulation::run_injury_stage(b).punctures;
  ASSERT_FALSE(pa.empty());
  ASSERT_FALSE(pb.empty());
  EXPECT_NE(pa[0].x, pb[0].x);
}
