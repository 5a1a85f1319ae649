#pragma once
// The three phases of healing as the model produced them, each read off one marker:
//   inflammation:  inflammatory cells (neutrophils + M1 macrophages);
//   proliferation: fibroblasts above their resting density;
//   maturation:    the rate at which collagen I gains crosslinks (mature collagen).
// For one session's response (up to the next session or the end of the run): start is the first
// time the marker exceeds 10 % of its peak, peak the time of its maximum, end the first time after
// the peak it falls below 10 % of the peak. A criterion not met in the window is absent (null).
// docs/model.md, "Phases".
#include <optional>
#include <vector>

#include "dermasim/simulation/healing_run.hpp"

namespace dermasim::simulation {

struct Phase {
  std::optional<double> start_h, peak_h, end_h;  // hours after the session
};

struct SessionPhases {
  double session_h = 0;  // hours after the first session
  Phase inflammation, proliferation, maturation;
};

inline constexpr double kPhaseThreshold = 0.1;  // share of the peak that starts and ends a phase

/// Phases of each session's response.
std::vector<SessionPhases> healing_phases(const HealingResult& result,
                                          const std::vector<double>& session_times_s);

/// A phase read off one marker sampled at times t (h) between t_from and t_to (h, inclusive);
/// none when the marker's peak is not above `smallest_peak` (no response: a sham session).
Phase phase_of(const std::vector<double>& t, const std::vector<double>& marker, double t_from,
               double t_to, double smallest_peak = 0);

/// The smallest responses that make a phase (docs/model.md 6.6): far below what histology
/// detects (wound neutrophils and fibroblasts are thousands per mm^3), far above round-off.
inline constexpr double kSmallestCellResponse = 1.0;       // cells/mm^3 above rest
inline constexpr double kSmallestCrosslinkingRate = 1e-5;  // mg/cm^3/h

}  // namespace dermasim::simulation
