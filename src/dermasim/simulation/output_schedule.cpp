#include "dermasim/simulation/output_schedule.hpp"

#include <algorithm>

namespace dermasim::simulation {

namespace {
constexpr Seconds kHour = 3600;
constexpr Seconds kDay = 24 * kHour;
}  // namespace

const std::vector<int>& milestone_days() {
  static const std::vector<int> days{1, 2, 3, 7, 14, 28, 42, 84, 182};
  return days;
}

std::vector<Seconds> output_schedule(const std::vector<Seconds>& sessions, Seconds duration,
                                     const std::vector<Seconds>& extra) {
  // After each session, in hours: every 15 min for the first 2 h (erythema, barrier), then
  // every 1-12 h over the first days, then every few days.
  static const std::vector<double> after_session_h{
      0,  0.25, 0.5, 0.75, 1,  1.25, 1.5, 1.75, 2,  2.5, 3,  4,   5,   6,   8,   10,  12,  15,
      18, 21,   24,  30,   36, 42,   48,  60,   72, 84,  96, 120, 144, 168, 216, 264, 336, 420};
  std::vector<Seconds> t;
  for (Seconds s : sessions)
    for (double h : after_session_h) t.push_back(s + Seconds(h * double(kHour) + 0.5));
  for (int d : milestone_days()) t.push_back(Seconds(d) * kDay);
  // Weekly over the whole run, so that long gaps without sessions are still sampled.
  for (Seconds w = 0; w <= duration; w += 7 * kDay) t.push_back(w);
  t.push_back(duration);
  t.insert(t.end(), extra.begin(), extra.end());
  std::erase_if(t, [duration](Seconds x) { return x < 0 || x > duration; });
  std::sort(t.begin(), t.end());
  t.erase(std::unique(t.begin(), t.end()), t.end());
  return t;
}

}  // namespace dermasim::simulation
