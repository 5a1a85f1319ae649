#pragma once
// The serum stage of a run: the channels a session left, closing as the healing model
// re-closes the epidermis (or held open in a Franz cell), and the transport of the scenario's
// serum through them and through intact skin (transport/serum_run.hpp).
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::simulation {

/// The lattice of the serum's session: density from its punctures on the patch, the median
/// depth, the needle's radius after recoil, the tip's taper; the open fraction follows
/// `channels_open_fraction` of the healing result after that session.
transport::ChannelLattice serum_channels(const scenario::Scenario& sc, const InjuryStage& stage,
                                         const HealingDomain& domain, const HealingResult* healing);
/// The same after another of the scenario's sessions (0-based).
transport::ChannelLattice serum_channels(const scenario::Scenario& sc, const InjuryStage& stage,
                                         const HealingDomain& domain, const HealingResult* healing,
                                         int session);

/// Runs the serum of the scenario (which must have one); `progress` as in
/// transport::run_absorption (it may throw to stop the stage). `session` (0-based): its
/// application after that session instead of the first.
transport::AbsorptionResult run_serum_stage(const scenario::Scenario& sc, const InjuryStage& stage,
                                            const HealingDomain& domain,
                                            const HealingResult* healing,
                                            const std::function<void(double)>& progress = {},
                                            int session = -1);

}  // namespace dermasim::simulation
