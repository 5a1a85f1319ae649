// simulate(): two runs at once in one process give the bits of the same two runs one after the
// other; threads are per call; a stop request ends a run between steps with Cancelled.
#include <gtest/gtest.h>
#include <omp.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "../scenario/scenario_test_util.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/io/run_tables.hpp"
#include "dermasim/run/simulate.hpp"

using namespace dermasim;

namespace {

/// Well-mixed, with a Franz-cell serum: every stage runs, in well under a second.
scenario::Scenario well_mixed_with_serum() {
  return test_util::load_text(test_util::minimal_scenario(
      "type = \"stamp\"\n[device.stamp]\npitch = \"0.5 mm\"\n",
      "[simulation]\nresolution = \"40 um\"\nduration = \"1 week\"\nseed = 3\n"
      "[serum]\nactive = \"niacinamide\"\nmode = \"franz\"\nduration = \"1 h\"\n"
      "profile_times = [\"0.5 h\"]\nlateral_resolution = \"40 um\"\n"
      "depth_resolution = \"20 um\"\n"));
}

/// The 3D model on a 2 x 2 mm stamp patch for a day.
scenario::Scenario small_3d() {
  return test_util::load_text(
      "[device]\ntype = \"stamp\"\n[device.needle]\nlength = \"0.25 mm\"\ngauge = 33\n"
      "[device.stamp]\npitch = \"0.5 mm\"\n[[sessions]]\nday = 0\npasses = 1\n"
      "[simulation]\npatch_x = \"2 mm\"\npatch_y = \"2 mm\"\nresolution = \"20 um\"\n"
      "duration = \"1 day\"\nseed = 7\n");
}

RunOptions options_for(simulation::Fidelity fidelity, int threads) {
  RunOptions o;
  o.fidelity = fidelity;
  o.threads = threads;
  return o;
}

/// Everything a run folder holds, but the wall times: the summary (its elapsed keys removed)
/// and the tables at full precision.
std::string fingerprint(const RunResult& r) {
  auto summary = io::run_summary(r);
  summary.erase("elapsed_s");
  summary.erase("healing_elapsed_s");
  if (summary.contains("serum")) summary["serum"].erase("elapsed_s");
  if (summary.contains("serums"))
    for (auto& s : summary["serums"]) s.erase("elapsed_s");
  std::string out = summary.dump() + "\n";
  auto exact = [](io::Table t) {
    for (auto& c : t) c.precision = 17, c.style = 'g';
    return io::to_csv(t);
  };
  out += exact(io::timeseries_table(r.healing, &r.outcomes));
  out += exact(io::punctures_table(r.injury.punctures));
  for (const auto& s : r.serums) out += exact(io::absorption_table(s.absorption));
  return out;
}

}  // namespace

TEST(Simulate, TwoRunsOnTwoThreadsAtOnceEqualTheSameTwoRunsOneAfterTheOther) {
  const auto a = well_mixed_with_serum();
  const auto b = small_3d();
  RunOptions oa = options_for(simulation::Fidelity::well_mixed, 1);
  RunOptions ob = options_for(simulation::Fidelity::three_d, 2);
  // Each run sees its own thread count (a per-thread setting), even while the other runs.
  std::atomic<int> seen_a{-1}, seen_b{-1};
  oa.progress = [&](std::string_view, double) { seen_a = omp_get_max_threads(); };
  ob.progress = [&](std::string_view, double) { seen_b = omp_get_max_threads(); };
  const std::string first_a = fingerprint(simulate(a, oa));
  const std::string first_b = fingerprint(simulate(b, ob));
  EXPECT_EQ(seen_a, 1);
  EXPECT_EQ(seen_b, 2);

  std::string second_a, second_b;
  std::atomic<bool> a_started{false};
  std::atomic<bool> overlapped{false};
  RunOptions ob_concurrent = ob;
  ob_concurrent.progress = [&](std::string_view, double) {
    if (omp_get_max_threads() != 2) seen_b = omp_get_max_threads();
  };
  RunOptions oa_concurrent = oa;
  oa_concurrent.progress = [&](std::string_view, double) {
    a_started = true;
    if (omp_get_max_threads() != 1) seen_a = omp_get_max_threads();
  };
  std::thread tb([&] {
    second_b = fingerprint(simulate(b, ob_concurrent));
    overlapped = a_started.load();
  });
  std::thread ta([&] {
    // Start the well-mixed run while the 3D one is going (it takes a second or more).
    second_a = fingerprint(simulate(a, oa_concurrent));
  });
  ta.join();
  tb.join();
  EXPECT_TRUE(overlapped) << "the two runs did not overlap";
  EXPECT_EQ(seen_a, 1);
  EXPECT_EQ(seen_b, 2);
  EXPECT_EQ(second_a, first_a);
  EXPECT_EQ(second_b, first_b);
  EXPECT_NE(first_a, first_b);
}

TEST(Simulate, TheCallersThreadCountIsRestored) {
  // A coarse well-mixed run without a serum: only the setting matters here.
  const auto sc = test_util::load_text(
      test_util::minimal_scenario("type = \"stamp\"\n", "[simulation]\nresolution = \"50 um\"\n"));
  const int before = omp_get_max_threads();
  int during = 0;
  RunOptions o = options_for(simulation::Fidelity::well_mixed, before + 1);
  o.progress = [&during](std::string_view, double) { during = omp_get_max_threads(); };
  simulate(sc, o);
  EXPECT_EQ(during, before + 1);
  EXPECT_EQ(omp_get_max_threads(), before);
  EXPECT_EQ(run_threads(sc, options_for(simulation::Fidelity::well_mixed, 3)), 3);
}

TEST(Simulate, AStopDuringTheHealingStageEndsTheRunAtTheNextStep) {
  std::stop_source stop;
  RunOptions o = options_for(simulation::Fidelity::three_d, 1);
  o.stop = stop.get_token();
  int calls_after_stop = 0;
  double stopped_at = -1;
  o.progress = [&](std::string_view stage, double fraction) {
    if (stop.stop_requested()) {
      ++calls_after_stop;
    } else if (stage == "healing (3d)" && fraction > 0) {
      stopped_at = fraction;
      stop.request_stop();
    }
  };
  EXPECT_THROW(simulate(small_3d(), o), Cancelled);
  EXPECT_GT(stopped_at, 0.0);
  EXPECT_LT(stopped_at, 0.05);  // the first step after the needles, not an output time later
  EXPECT_EQ(calls_after_stop, 0);

  // Asked before it starts, the run does nothing.
  int calls = 0;
  o.progress = [&](std::string_view, double) { ++calls; };
  try {
    simulate(small_3d(), o);
    ADD_FAILURE() << "no Cancelled";
  } catch (const Cancelled& e) {
    EXPECT_NE(std::string(e.what()).find("nothing was written"), std::string::npos);
  }
  EXPECT_EQ(calls, 0);
}

TEST(Simulate, AStopDuringTheSerumStageEndsItAtTheNextStep) {
  std::stop_source stop;
  RunOptions o = options_for(simulation::Fidelity::well_mixed, 1);
  o.stop = stop.get_token();
  std::vector<double> serum_fractions;
  int calls_after_stop = 0;
  o.progress = [&](std::string_view stage, double fraction) {
    if (stop.stop_requested()) {
      ++calls_after_stop;
    } else if (stage == "serum") {
      serum_fractions.push_back(fraction);
      if (fraction > 0.1) stop.request_stop();  // within the channel column's run
    }
  };
  EXPECT_THROW(simulate(well_mixed_with_serum(), o), Cancelled);
  ASSERT_GE(serum_fractions.size(), 3u);   // 0, then steps: reported during the stage
  EXPECT_LT(serum_fractions.back(), 0.5);  // stopped before the intact column began
  EXPECT_TRUE(std::is_sorted(serum_fractions.begin(), serum_fractions.end()));
  EXPECT_EQ(calls_after_stop, 0);

  // Unstopped, the stage reports from 0 to 1 in order.
  std::vector<double> all;
  RunOptions free_run = options_for(simulation::Fidelity::well_mixed, 1);
  free_run.progress = [&](std::string_view stage, double fraction) {
    if (stage == "serum") all.push_back(fraction);
  };
  simulate(well_mixed_with_serum(), free_run);
  ASSERT_FALSE(all.empty());
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_DOUBLE_EQ(all.front(), 0.0);
  EXPECT_DOUBLE_EQ(all.back(), 1.0);
}

TEST(Simulate, FieldsNeedTheThreeDModel) {
  const auto sc = well_mixed_with_serum();
  RunOptions o = options_for(simulation::Fidelity::well_mixed, 1);
  o.fields = io::parse_field_request("collagen_i", "", sc);
  EXPECT_THROW(simulate(sc, o), io::FieldRequestError);
}

TEST(Simulate, TheInjuryFieldIsFreedUnlessItIsAskedFor) {
  const auto sc = well_mixed_with_serum();
  RunOptions o = options_for(simulation::Fidelity::well_mixed, 1);
  const RunResult freed = simulate(sc, o);
  EXPECT_TRUE(freed.injury.field.damaged_fraction.empty());
  EXPECT_GT(freed.injury.field.grid.size(), 0u);
  EXPECT_FALSE(freed.injury.section.damaged.empty());  // what the cross-section image needs
  o.keep_injury_field = true;
  const RunResult kept = simulate(sc, o);
  EXPECT_EQ(kept.injury.field.damaged_fraction.size(), kept.injury.field.grid.size());
  EXPECT_EQ(fingerprint(kept), fingerprint(freed));
}
