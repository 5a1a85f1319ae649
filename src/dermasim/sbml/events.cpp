// The sessions as events, mirroring HealingKinetics::apply_injury with the window totals of
// each session (simulation::window_totals), as run_healing(well_mixed) applies them; and the
// occlusion of a covered serum, which slows the re-closure of the epidermis while it lasts.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

namespace {

void add_session(ModelBuilder& b, std::size_t index, const simulation::HealingDomain& d) {
  const simulation::SessionInjury& session = d.sessions[index];
  const simulation::InjuryTotals totals = simulation::window_totals(d, session);
  const std::string name = fmt::format("session_{}", index + 1);
  const std::string damaged = name + "_damaged", clot = name + "_clot";
  const std::string open = name + "_epidermis_open";
  // apply_injury clamps each total to [0, 1]; the clamped values are written.
  auto unit_interval = [](double x) { return std::clamp(x, 0.0, 1.0); };
  b.constant(damaged, unit_interval(totals.damaged), unit::dimensionless,
             "Damaged volume fraction of the window in this session (window_totals).");
  b.constant(clot, unit_interval(totals.clot), unit::dimensionless,
             "Part of the window filled with blood: damaged volume below the bleeding depth.");
  b.constant(open, unit_interval(totals.epidermis_open), unit::dimensionless,
             "Open fraction of the window's epidermis.");
  // The cells in the channels die (keratinocytes with their melanin); the matrix is parted,
  // not removed; the damaged cells release their contents.
  std::vector<std::pair<std::string, std::string>> assignments;
  for (const char* cells : {"neutrophils", "macrophages_m1", "macrophages_m2", "fibroblasts",
                            "myofibroblasts", "epidermal_melanin"})
    assignments.emplace_back(cells, fmt::format("{} * (1 - {})", cells, damaged));
  auto capped_sum = [](const std::string& x, const std::string& add) {
    return fmt::format("piecewise(1, {0} + {1} > 1, {0} + {1})", x, add);
  };
  assignments.emplace_back("damage", capped_sum("damage", damaged));
  assignments.emplace_back("damps", "damps + " + damaged);
  assignments.emplace_back("platelets", capped_sum("platelets", clot));
  assignments.emplace_back("epidermal_gap", capped_sum("epidermal_gap", open));
  // The driver's clock is whole seconds.
  const double time = double(std::llround(session.time));
  b.event(name, time,
          fmt::format("Needle session {} on day {:g} (HealingKinetics::apply_injury).", index + 1,
                      time / 86400.0),
          assignments);
}

}  // namespace

void add_sessions(ModelBuilder& b, const simulation::HealingDomain& d) {
  for (std::size_t i = 0; i < d.sessions.size(); ++i) add_session(b, i, d);

  // Occlusion (a serum kept under a cover): 1 while it lasts. The edges are rounded to the
  // second as the driver's output schedule rounds them.
  b.variable("occluded", 0.0, unit::dimensionless,
             "1 while the skin is occluded (a covered serum), else 0: it slows the re-closure of "
             "the epidermis occlusion_closure_slowdown times.");
  for (std::size_t i = 0; i < d.occlusion.size(); ++i) {
    const auto [from, to] = d.occlusion[i];
    const std::string name = fmt::format("occlusion_{}", i + 1);
    b.event(name + "_start", double(std::llround(from)), "The serum's cover is put on.",
            {{"occluded", "1"}});
    b.event(name + "_end", double(std::llround(to)), "The cover comes off.", {{"occluded", "0"}});
  }
}

}  // namespace dermasim::sbml
