#pragma once
// An SBML model read back as an ODE system and integrated from its own math, to verify the
// export: the species' rate rules, the assignment rules they read (in dependency order), the
// functions they call, and events at fixed times, evaluated by a small interpreter over
// libsbml's parsed math (expression.hpp), not by dermasim's rate functions. It reads what the
// export writes (rate rules, assignment rules, function definitions, events triggered by
// `time >= T`) and rejects the rest of SBML (reactions, algebraic rules, initial assignments,
// delays) with a message naming it.
#include <memory>
#include <string>
#include <vector>

#include "dermasim/numerics/well_mixed.hpp"

namespace dermasim::sbml {

class OdeModel {
 public:
  /// Reads an SBML document (XML text). Throws std::runtime_error on a read error or on a
  /// construct it does not evaluate.
  static OdeModel read(const std::string& sbml);
  OdeModel(OdeModel&&) noexcept;
  OdeModel& operator=(OdeModel&&) noexcept;
  ~OdeModel();

  /// The species' ids, in the document's order (the order of states and rates below).
  const std::vector<std::string>& species() const;
  /// The species' initial values: concentrations, or amounts for species with only
  /// substance units.
  std::vector<double> initial_state() const;
  /// The event times (s), in increasing order.
  std::vector<double> event_times() const;

  /// The value of a parameter (or compartment) as the document gives it.
  double parameter(const std::string& id) const;
  /// Changes a parameter that no rule defines (a what-if; the verification's sensitivity test);
  /// the events still change those they assign.
  void set_parameter(const std::string& id, double value);

  /// d(species)/dt at state `u` (species() order) and time t, with the parameters at their
  /// initial values.
  std::vector<double> rates(double t, const std::vector<double>& u) const;

  /// Integrates from time 0 on CVODE (numerics::integrate_well_mixed, one integration between
  /// consecutive events), firing each event at its time, and returns the species at each of
  /// the increasing `times` (>= 0). At an event's time, the state just after it.
  std::vector<std::vector<double>> simulate(const std::vector<double>& times,
                                            const numerics::WellMixedOptions& options) const;

  /// The compiled model (ode_model.cpp); named here so that the file's helpers can use it.
  struct Impl;

 private:
  explicit OdeModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dermasim::sbml
