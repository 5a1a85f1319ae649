#pragma once
// What each active of the library does to the tissue, and where (docs/model.md 9.2). An active
// without a published or assumed mechanism acts on nothing, and says why.
#include <string>
#include <string_view>

#include "dermasim/actives/pharmacodynamic_parameters.hpp"
#include "dermasim/biology/drug_action.hpp"

namespace dermasim::actives {

enum class Mechanism {
  none,
  paracrine_melanogenesis,  // tranexamic acid: the plasmin signal from keratinocytes
  melanosome_transfer,      // niacinamide
  ascorbate,                // L-ascorbic acid: prolyl hydroxylase cofactor (and tyrosinase)
  matrix_peptide,           // palmitoyl pentapeptide-4: fibroblast matrix synthesis
  platelet_growth_factors,  // platelet-rich plasma: PDGF and TGF-beta1
};

/// The mechanism of a library active by its name; none for any other.
Mechanism mechanism_of(std::string_view active);
/// What it does, one line (summary.json and the report), or why it does nothing.
std::string mechanism_description(Mechanism m, std::string_view active);
/// The snake_case name (summary.json).
std::string_view mechanism_name(Mechanism m);

/// The factors on the kinetics at free concentrations `epidermis` and `dermis` (kg/m^3):
/// Emax forms with a Hill coefficient of 1 (no source gives another), a cofactor's saturation
/// for ascorbate, growth factors added to the wound's own for platelet-rich plasma.
biology::DrugModifiers modifiers(Mechanism m, const PharmacodynamicParameters& p, double epidermis,
                                 double dermis);

/// Combines the modifiers of two actives acting at once (independent action: factors multiply,
/// added growth factors add).
biology::DrugModifiers combine(const biology::DrugModifiers& a, const biology::DrugModifiers& b);

}  // namespace dermasim::actives
