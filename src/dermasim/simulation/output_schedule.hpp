#pragma once
// When the healing model writes a row of timeseries.csv. Times are whole seconds (an integer
// clock: comparing floating-point times loses outputs in long runs, PhysiCell issues #80, #288).
// Dense after each session (the inflammation lasts hours), sparse later (maturation lasts
// months); always each session and days 1, 2, 3, 7, 14, 28, 42, 84 and 182 after the first.
#include <cstdint>
#include <vector>

namespace dermasim::simulation {

using Seconds = std::int64_t;

/// Sorted, unique output times in [0, duration] for sessions at the given times (s).
/// Week 26 after the first session: the last of the reported weeks (a milestone output).
inline constexpr Seconds kWeek26 = 182 * 86400;

/// When the end-of-course figures are taken: week 26, or the end of a shorter run.
inline Seconds section_time(Seconds duration) {
  return duration < kWeek26 ? duration : kWeek26;
}

std::vector<Seconds> output_schedule(const std::vector<Seconds>& sessions, Seconds duration,
                                     const std::vector<Seconds>& extra = {});

/// The days after the first session that are always output.
const std::vector<int>& milestone_days();

}  // namespace dermasim::simulation
