// The verification cases of `dermasim verify`, as tests: the same code, a second driver.
#include <gtest/gtest.h>

#include "dermasim/verification/cases.hpp"

using dermasim::verification::all_cases;

class VerificationCase : public ::testing::TestWithParam<std::string> {};

TEST_P(VerificationCase, MeetsEveryThreshold) {
  for (const auto& c : all_cases()) {
    if (c.name != GetParam()) continue;
    const auto metrics = c.run();
    ASSERT_FALSE(metrics.empty());
    for (const auto& m : metrics)
      EXPECT_TRUE(m.passed()) << m.metric << ": " << m.value << (m.higher_is_better ? " < " : " > ")
                              << m.threshold;
    return;
  }
  FAIL() << "no case " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Engine, VerificationCase,
                         ::testing::Values("gaussian", "manufactured", "mass_conservation",
                                           "exponential_decay", "two_layer_steady_state",
                                           "fast_vs_reference", "float_storage",
                                           "kinetics_vs_cvode"));

TEST(VerificationCases, EveryCaseIsCoveredByATest) {
  EXPECT_EQ(all_cases().size(), 8u);
}
