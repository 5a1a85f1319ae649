#pragma once
// From the serum's transport to its action on the healing tissue (docs/model.md 9): the coupling
// of the serum stage and the healing stage. The serum meets the channels as the healing model
// closes them, and what it delivers acts on that healing; the healing is run once to the end of
// the serum's contact for the closure, the transport is run on it, and the healing is run again
// with the delivered actives acting (closure_residual says how far the closure moved).
#include <functional>
#include <memory>
#include <vector>

#include "dermasim/actives/tissue_action.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::simulation {

/// Whether a serum acts on the tissue: applied in vivo, with an active that has a mechanism
/// (actives/mechanism.hpp).
bool serum_acts(const transport::SerumSpec& serum);
/// Whether any of the scenario's serums (sc.serums) does.
bool any_serum_acts(const scenario::Scenario& sc);

/// Seconds after the first session at which the last simulated contact of the scenario's
/// acting serums ends: how far the healing must run to give their transport its closure.
double serum_contact_end(const scenario::Scenario& sc, const HealingDomain& d);

/// The drug action's source of the scenario's serum `index` (sc.serums[index]; the home
/// regimen is kHomeSource): what timeseries.csv reports each serum's concentration under
/// (biology::DrugAction::concentrations).
inline constexpr int kHomeSource = 1;
constexpr int serum_source(std::size_t index) {
  return index == 0 ? 0 : int(index) + 1;
}

/// The depth span of each environment of the healing kinetics at a fidelity: the grid's planes
/// (3D) or the window (well-mixed).
std::vector<actives::EnvironmentSpan> environment_spans(const HealingDomain& d, Fidelity f);

/// One application of the serum: after which session (0-based), when (s after the first
/// session's needles), and the transport's response to it, shared with an earlier application
/// whose channels it meets (reused_from, else -1).
struct SerumApplication {
  int session = 0;
  double time = 0;
  std::shared_ptr<const transport::AbsorptionResult> absorption;
  int reused_from = -1;
};

/// Channel lattices within this relative difference in density and depth, with the same
/// surface radius and taper, whose open fractions differ by at most kSameClosure at every
/// output time of the transport, give the same response (docs/model.md 9.3).
inline constexpr double kSameLattice = 0.02;
inline constexpr double kSameClosure = 0.02;

/// Whether two applications meet the same channels (kSameLattice, kSameClosure at `times`
/// after the application, which is `delay` after the needles).
bool same_channels(const transport::ChannelLattice& a, const transport::ChannelLattice& b,
                   const std::vector<double>& times, double delay);

/// Runs the transport for every application of one of the scenario's serums (its sessions),
/// on the closure `closure` gives, reusing a response where the channels are the same.
/// `progress` as in run_serum_stage, over the whole course.
std::vector<SerumApplication> run_serum_course(const scenario::Scenario& sc,
                                               const transport::SerumSpec& serum,
                                               const InjuryStage& stage, const HealingDomain& d,
                                               const HealingResult& closure,
                                               const std::function<void(double)>& progress);

/// Whether the scenario's home regimen acts on the tissue (its active has a mechanism).
bool home_serum_acts(const scenario::Scenario& sc);

/// When the home regimen's films go on (s after the first session): every `every` from `start`
/// while the contact ends by `end`, except within `pause` after a session's needles.
std::vector<double> home_application_times(const scenario::Scenario& sc, const HealingDomain& d);

/// The transport of one home application: on intact skin (no channels), for its contact.
transport::AbsorptionResult run_home_transport(const scenario::Scenario& sc,
                                               const InjuryStage& stage,
                                               const std::function<void(double)>& progress);

/// The action of the delivered actives on the kinetics at that fidelity: each serum's
/// applications (`courses[i]` for sc.serums[i]: empty for one that does not act) and the home
/// regimen's (`home`: its transport, or null). Their transports must outlive the action.
std::shared_ptr<const actives::TissueAction> serum_action(
    const scenario::Scenario& sc, const HealingDomain& d, Fidelity f,
    const std::vector<std::vector<SerumApplication>>& courses,
    const transport::AbsorptionResult* home);

/// Largest difference of the open channel fraction between two healing runs over [from, to]
/// (their common output times).
double closure_difference(const HealingResult& a, const HealingResult& b, double from, double to);

}  // namespace dermasim::simulation
