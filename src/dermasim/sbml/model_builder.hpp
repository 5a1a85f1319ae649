#pragma once
// Internal to the SBML export: what the parts of the model (one file each, mirroring the C++
// rate laws in biology/*_rates.cpp) add to the libsbml Model, through a few calls that keep each
// part a readable list of formulas. Formulas are written in libsbml's infix syntax (L3 formula
// strings); a literal number without a unit is dimensionless, so that libsbml's unit checks see
// every term.
#include <sbml/SBMLTypes.h>

#include <string>
#include <vector>

#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/simulation/healing_domain.hpp"

namespace dermasim::sbml {

LIBSBML_CPP_NAMESPACE_USE

/// The unit ids the model declares (units.cpp defines them; SBML needs every unit spelt out).
namespace unit {
inline constexpr const char* dimensionless = "dimensionless";
inline constexpr const char* second = "second";
inline constexpr const char* per_second = "per_second";
inline constexpr const char* mm3 = "mm3";
inline constexpr const char* cells_per_mm3 = "cells_per_mm3";  // item / mm^3
inline constexpr const char* ng_per_ml = "ng_per_ml";          // = pg / mm^3
inline constexpr const char* mg_per_cm3 = "mg_per_cm3";        // = ug / mm^3
inline constexpr const char* cells_per_mm3_per_second = "cells_per_mm3_per_second";
inline constexpr const char* ng_per_ml_per_second = "ng_per_ml_per_second";
inline constexpr const char* mg_per_cm3_per_second = "mg_per_cm3_per_second";
// Secretion per cell: ng/mL/s per cell/mm^3 is pg/s per cell, mg/cm^3/s per cell/mm^3 ug/s.
inline constexpr const char* pg_per_cell_per_second = "pg_per_cell_per_second";
inline constexpr const char* ug_per_cell_per_second = "ug_per_cell_per_second";
// Substance units of the species (their concentration is substance / mm^3).
inline constexpr const char* item = "item";
inline constexpr const char* picogram = "picogram";
inline constexpr const char* microgram = "microgram";
}  // namespace unit

class ModelBuilder {
 public:
  explicit ModelBuilder(Model& model) : model_(model) {}
  Model& model() { return model_; }

  /// A function of its arguments, "lambda(x, ...)".
  void function(const std::string& id, const std::string& lambda, const std::string& note);
  /// A constant parameter: its value in `unit`, and a note (what it is, its source, or how
  /// dermasim derived it).
  void constant(const std::string& id, double value, const std::string& unit,
                const std::string& note);
  /// A parameter that events change (starts at `value`).
  void variable(const std::string& id, double value, const std::string& unit,
                const std::string& note);
  /// A quantity defined by a formula (an assignment rule): one of the intermediate values of
  /// the C++ rate laws, named as there where the name is clear.
  void quantity(const std::string& id, const std::string& unit, const std::string& formula,
                const std::string& note);
  /// d(species)/dt = formula (a rate rule).
  void rate(const std::string& species, const std::string& formula);
  /// An event at a fixed time (s): `assignments` are (variable, formula) pairs, all evaluated
  /// with the values just before the event.
  void event(const std::string& id, double time, const std::string& note,
             const std::vector<std::pair<std::string, std::string>>& assignments);

 private:
  Model& model_;
};

/// Parses a formula (std::logic_error with libsbml's message if it does not parse: a bug here);
/// numbers without units become dimensionless.
ASTNode* parse_formula(const std::string& formula);
/// An XHTML <notes> body holding `text` (escaped), one paragraph per line.
std::string xhtml_notes(const std::string& text);

// The parts of the model, each in its own file.
void add_units(ModelBuilder& b);  // units.cpp
void add_species(ModelBuilder& b, const biology::State& initial,
                 double window_volume_mm3);  // species.cpp
void add_table_parameters(ModelBuilder& b, const biology::HealingParameters& p,
                          const parameters::ParameterSet& table);  // table_parameters.cpp
void add_derived_parameters(ModelBuilder& b, const biology::HealingKinetics& kinetics,
                            const biology::TissueEnvironment& window);   // derived_parameters.cpp
void add_signals(ModelBuilder& b);                                       // signals.cpp
void add_inflammation(ModelBuilder& b);                                  // inflammation.cpp
void add_repair(ModelBuilder& b);                                        // repair.cpp
void add_matrix(ModelBuilder& b);                                        // matrix.cpp
void add_epidermis(ModelBuilder& b);                                     // epidermis.cpp
void add_sessions(ModelBuilder& b, const simulation::HealingDomain& d);  // events.cpp

}  // namespace dermasim::sbml
