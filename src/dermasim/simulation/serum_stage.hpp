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

/// The lattice a serum meets after one of the scenario's sessions (0-based): density from that
/// session's punctures on the patch, the median depth, the needle's radius after recoil, the
/// tip's taper; in vivo the open fraction follows `channels_open_fraction` of the healing result
/// after that session.
transport::ChannelLattice serum_channels(const scenario::Scenario& sc,
                                         const transport::SerumSpec& serum,
                                         const InjuryStage& stage, const HealingDomain& domain,
                                         const HealingResult* healing, int session);

/// Runs one of the scenario's serums (sc.serums) applied after `session` (0-based; -1: its
/// first); `progress` as in transport::run_absorption (it may throw to stop the stage).
transport::AbsorptionResult run_serum_stage(const scenario::Scenario& sc,
                                            const transport::SerumSpec& serum,
                                            const InjuryStage& stage, const HealingDomain& domain,
                                            const HealingResult* healing,
                                            const std::function<void(double)>& progress = {},
                                            int session = -1);

}  // namespace dermasim::simulation
