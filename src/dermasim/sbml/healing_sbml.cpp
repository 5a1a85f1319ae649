#include "dermasim/sbml/healing_sbml.hpp"

#include <fmt/format.h>

#include <cctype>
#include <memory>
#include <stdexcept>

#include "dermasim/sbml/model_builder.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"
#include "dermasim/version.hpp"

namespace dermasim::sbml {

namespace {

/// An SBML SId from a free name: letters, digits and underscores, not starting with a digit.
std::string model_id(const std::string& name) {
  std::string id;
  for (unsigned char c : name) id += std::isalnum(c) ? char(c) : '_';
  if (id.empty() || std::isdigit(static_cast<unsigned char>(id.front()))) id = "model_" + id;
  return id;
}

std::string model_note(const std::string& name, const simulation::HealingDomain& d) {
  return fmt::format(
      "The well-mixed healing model of dermasim {} for the scenario '{}': the histology window "
      "(the surface to {:.0f} um) as one compartment, {} session(s), time in seconds after the "
      "first session's needles.\n"
      "Rate laws: docs/model.md section 6.4, mirrored term by term from "
      "src/dermasim/biology/*_rates.cpp; parameters: docs/parameters.md (each parameter's note "
      "names its table entry and source). Derived parameters are numbers computed by dermasim "
      "from the table for this window and age: changing a table parameter here does not "
      "recompute them.\n"
      "Not in this model: the 3D model (diffusion, cell migration and chemotaxis, per-voxel "
      "injury), the clinical outcomes and the serum transport.",
      kVersion, name, d.window_bottom * 1e6, d.sessions.size());
}

}  // namespace

std::string healing_model_sbml(const simulation::HealingDomain& d,
                               const parameters::ParameterSet& table, const std::string& name) {
  const simulation::WellMixedModel wm = simulation::well_mixed_model(d);
  SBMLDocument doc(3, 1);
  Model* model = doc.createModel(model_id(name));
  model->setName(fmt::format("dermasim well-mixed healing: {}", name));
  model->setNotes(xhtml_notes(model_note(name, d)));
  ModelBuilder b(*model);
  add_units(b);
  const double window_mm3 = d.grid.width_x() * d.grid.width_y() * d.window_bottom * 1e9;
  add_species(b, wm.initial, window_mm3);
  add_table_parameters(b, d.parameters, table);
  add_derived_parameters(b, wm.kinetics, wm.kinetics.environment(0));
  add_signals(b);
  add_inflammation(b);
  add_repair(b);
  add_matrix(b);
  add_epidermis(b);
  add_sessions(b, d);
  std::unique_ptr<char, decltype(&free)> text(writeSBMLToString(&doc), &free);
  if (!text) throw std::logic_error("SBML export: libsbml could not write the document");
  return text.get();
}

std::string healing_model_sbml(const scenario::Scenario& sc) {
  const simulation::InjuryStage stage = simulation::run_injury_stage(sc);
  const simulation::HealingDomain domain = simulation::make_healing_domain(sc, stage);
  return healing_model_sbml(domain, sc.parameters, sc.name);
}

std::vector<ConsistencyIssue> check_consistency(const std::string& sbml) {
  std::unique_ptr<SBMLDocument> doc(readSBMLFromString(sbml.c_str()));
  std::vector<ConsistencyIssue> issues;
  auto collect = [&](const SBMLErrorLog& log) {
    for (unsigned i = 0; i < log.getNumErrors(); ++i) {
      const SBMLError* e = log.getError(i);
      issues.push_back({e->getSeverityAsString(), e->getCategoryAsString(), e->getErrorId(),
                        e->getLine(), e->getMessage()});
    }
  };
  if (doc->getNumErrors(LIBSBML_SEV_ERROR) + doc->getNumErrors(LIBSBML_SEV_FATAL) > 0) {
    collect(*doc->getErrorLog());
    return issues;
  }
  doc->setConsistencyChecks(LIBSBML_CAT_UNITS_CONSISTENCY, true);
  doc->setConsistencyChecks(LIBSBML_CAT_MODELING_PRACTICE, true);
  doc->checkConsistency();
  collect(*doc->getErrorLog());
  return issues;
}

}  // namespace dermasim::sbml
