#pragma once
// The well-mixed healing model as SBML Level 3 Version 1 (docs: README, "SBML export"): one
// compartment (the histology window), the 32 species of biology/species.hpp with their initial
// amounts and units, every parameter the rate laws read (the table's, converted to the model's
// units, with their sources in the notes; and what the kinetics derive from them, with how),
// the rate laws as rate rules mirroring biology/*_rates.cpp, and each session as an event
// mirroring HealingKinetics::apply_injury. Time in seconds after the first session.
//
// It is the model run_healing(well_mixed) integrates, exactly: the same kinetics
// (simulation::well_mixed_model), the same initial state and the same window totals. What SBML
// cannot hold is left out: the 3D model (diffusion, chemotaxis, per-voxel injury), the clinical
// outcomes and the serum transport.
#include <filesystem>
#include <string>
#include <vector>

#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_domain.hpp"

namespace dermasim::sbml {

/// The SBML document (XML text) of the domain's well-mixed model. `table` gives each
/// parameter's source and table entry for the notes (the values are the domain's); `name`
/// names the model (made a valid SBML id for the model's id).
std::string healing_model_sbml(const simulation::HealingDomain& domain,
                               const parameters::ParameterSet& table, const std::string& name);

/// The same for a scenario: its injury stage and healing domain are built as `dermasim run`
/// builds them (the punctures are placed and rasterized; nothing is integrated).
std::string healing_model_sbml(const scenario::Scenario& sc);

/// One finding of libsbml's consistency checks.
struct ConsistencyIssue {
  std::string severity;  // "Error", "Fatal", "Warning", "Informational"
  std::string category;  // e.g. "General SBML conformance", "SBML unit consistency"
  unsigned id = 0;       // libsbml's error id
  unsigned line = 0;
  std::string message;
  bool is_error() const { return severity == "Error" || severity == "Fatal"; }
};

/// Every libsbml consistency check on the document, unit consistency and modelling practice
/// included (read errors come first, if any).
std::vector<ConsistencyIssue> check_consistency(const std::string& sbml);

}  // namespace dermasim::sbml
