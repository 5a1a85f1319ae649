// The compartment and the 32 species of the healing model (biology/species.hpp), each in its
// unit: densities and concentrations as concentrations in the window (mm^3), fractions and
// relative units as dimensionless amounts.
#include <fmt/format.h>

#include <array>
#include <stdexcept>

#include "dermasim/sbml/model_builder.hpp"

namespace dermasim::sbml {

namespace {

/// What each species is, for the tools that show names (biology/species.hpp says more).
constexpr std::array<const char*, biology::kSpecies> kDescriptions{{
    "damaged (necrotic) volume fraction",
    "damage signals (HMGB1, ATP, ...), 1 = the release of a fully damaged volume",
    "activated platelets, clot volume fraction",
    "neutrophils",
    "pro-inflammatory (M1) macrophages",
    "repair (M2) and resident macrophages",
    "pro-inflammatory cytokines (IL-1beta, TNF-alpha)",
    "active TGF-beta1",
    "PDGF",
    "keratinocyte growth factor (FGF-7)",
    "fibroblasts (not myofibroblasts)",
    "collagen III (all)",
    "collagen I (all)",
    "crosslinked collagen I",
    "tropoelastin",
    "elastic fibres",
    "elastotic material (solar elastosis)",
    "scar collagen",
    "collagenases (MMP-1, -8, -13)",
    "TIMP-1",
    "epidermis not yet re-covered, fraction",
    "re-covered epidermis with an immature barrier, fraction",
    "epidermal hyperplasia, layers added relative to rest",
    "dilated fraction of the microvascular bed",
    "oedema, excess interstitial volume fraction",
    "epidermal melanin, 1 = the phototype's normal content of viable epidermis",
    "dermal melanin (melanophages), same unit",
    "crosslinked collagen III",
    "latent TGF-beta1 in the matrix (ng/mL it would release)",
    "myofibroblasts",
    "gelatinases and elastases (MMP-2, MMP-9)",
    "hyaluronan",
}};

/// The substance unit of a species whose concentration has the given unit of
/// species_info(), or nullptr for a dimensionless amount.
const char* substance_unit(std::string_view unit_name) {
  if (unit_name == "per_mm3") return unit::item;
  if (unit_name == "ng_ml") return unit::picogram;
  if (unit_name == "mg_cm3") return unit::microgram;
  if (unit_name == "1") return nullptr;
  throw std::logic_error(fmt::format("SBML export: no SBML unit for species unit '{}'", unit_name));
}

const char* unit_label(std::string_view unit_name) {
  if (unit_name == "per_mm3") return "cells/mm^3";
  if (unit_name == "ng_ml") return "ng/mL";
  if (unit_name == "mg_cm3") return "mg/cm^3";
  return "1";
}

}  // namespace

void add_species(ModelBuilder& b, const biology::State& initial, double window_volume_mm3) {
  Model& m = b.model();
  Compartment* window = m.createCompartment();
  window->setId("window");
  window->setName("histology window (the well-mixed compartment)");
  window->setSpatialDimensions(3.0);
  window->setSize(window_volume_mm3);
  window->setUnits(unit::mm3);
  window->setConstant(true);
  const auto& info = biology::species_info();
  for (int i = 0; i < biology::kSpecies; ++i) {
    const biology::SpeciesInfo& s = info[std::size_t(i)];
    ::Species* sp = m.createSpecies();
    sp->setId(std::string(s.name));
    sp->setName(fmt::format("{} ({})", kDescriptions[std::size_t(i)], unit_label(s.unit)));
    sp->setCompartment("window");
    sp->setBoundaryCondition(false);
    sp->setConstant(false);
    const double value = initial[std::size_t(i)];
    if (const char* substance = substance_unit(s.unit)) {
      // Concentrations: the rate rules give d(concentration)/dt.
      sp->setHasOnlySubstanceUnits(false);
      sp->setSubstanceUnits(substance);
      sp->setInitialConcentration(value);
    } else {
      sp->setHasOnlySubstanceUnits(true);
      sp->setSubstanceUnits(unit::dimensionless);
      sp->setInitialAmount(value);
    }
  }
}

}  // namespace dermasim::sbml
