#include <gtest/gtest.h>

#include <algorithm>

#include "dermasim/simulation/output_schedule.hpp"
#include "dermasim/simulation/phases.hpp"

using namespace dermasim::simulation;

TEST(OutputSchedule, HoldsEverySessionAndMilestoneDenseEarlySparseLate) {
  constexpr Seconds day = 86400;
  const std::vector<Seconds> sessions{0, 28 * day, 56 * day};
  const auto t = output_schedule(sessions, 182 * day);
  EXPECT_TRUE(std::is_sorted(t.begin(), t.end()));
  EXPECT_EQ(std::adjacent_find(t.begin(), t.end()), t.end());
  for (Seconds s : sessions) EXPECT_TRUE(std::binary_search(t.begin(), t.end(), s));
  for (int d : milestone_days()) EXPECT_TRUE(std::binary_search(t.begin(), t.end(), d * day)) << d;
  EXPECT_EQ(t.back(), 182 * day);
  // Dense in the first hours after a session, sparse months later.
  const auto count = [&t](Seconds a, Seconds b) {
    return std::count_if(t.begin(), t.end(), [&](Seconds x) { return x >= a && x < b; });
  };
  EXPECT_GE(count(28 * day, 28 * day + 6 * 3600), 10);
  EXPECT_LE(count(100 * day, 130 * day), 6);
  // Nothing past the end.
  const auto short_run = output_schedule(sessions, 2 * day);
  EXPECT_EQ(short_run.back(), 2 * day);
}

TEST(Phases, ReadOffAMarkerAtTenPercentOfItsPeak) {
  std::vector<double> t, m;
  for (int i = 0; i <= 100; ++i) {
    t.push_back(i);
    m.push_back(i <= 20 ? i : std::max(0.0, 20.0 - (i - 20) * 0.5));  // peak 20 at t = 20
  }
  const Phase p = phase_of(t, m, 0, 100);
  ASSERT_TRUE(p.start_h && p.peak_h && p.end_h);
  EXPECT_DOUBLE_EQ(*p.start_h, 2);  // first >= 2
  EXPECT_DOUBLE_EQ(*p.peak_h, 20);
  EXPECT_DOUBLE_EQ(*p.end_h, 57);           // 20 - 0.5 (i - 20) < 2 first at i = 57
  const Phase cut = phase_of(t, m, 0, 40);  // ends after the window: absent
  EXPECT_FALSE(cut.end_h.has_value());
}
