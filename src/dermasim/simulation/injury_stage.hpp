#pragma once
// The first stages of a run: scenario -> punctures -> injury field.
#include <functional>
#include <string_view>

#include "dermasim/device/puncture.hpp"
#include "dermasim/injury/injury_field.hpp"
#include "dermasim/injury/injury_section.hpp"
#include "dermasim/injury/injury_summary.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/skin/layers.hpp"

namespace dermasim::simulation {

/// Reports progress: a stage name and the fraction done in [0, 1].
using ProgressFn = std::function<void(std::string_view stage, double fraction)>;

struct InjuryStage {
  skin::LayerStack skin;
  device::PunctureList punctures;
  injury::InjuryField field;
  injury::InjurySummary summary;
  injury::InjurySection section;  // through the most injured row (injury_cross_section.png)
};

InjuryStage run_injury_stage(const scenario::Scenario& sc, const ProgressFn& progress = {});

}  // namespace dermasim::simulation
