#include "dermasim/actives/mechanism.hpp"

namespace dermasim::actives {

namespace {

/// Emax (Hill coefficient 1): the share of the largest effect at concentration c.
double occupancy(double c, double ec50) {
  return c > 0 ? c / (c + ec50) : 0.0;
}

/// ng/mL in kg/m^3 (the growth factors' species unit).
constexpr double kNgPerMl = 1e-6;

}  // namespace

Mechanism mechanism_of(std::string_view active) {
  if (active == "tranexamic_acid") return Mechanism::paracrine_melanogenesis;
  if (active == "niacinamide") return Mechanism::melanosome_transfer;
  if (active == "l_ascorbic_acid") return Mechanism::ascorbate;
  if (active == "palmitoyl_pentapeptide_4") return Mechanism::matrix_peptide;
  if (active == "platelet_rich_plasma") return Mechanism::platelet_growth_factors;
  return Mechanism::none;
}

std::string_view mechanism_name(Mechanism m) {
  switch (m) {
    case Mechanism::paracrine_melanogenesis:
      return "paracrine_melanogenesis_inhibition";
    case Mechanism::melanosome_transfer:
      return "melanosome_transfer_inhibition";
    case Mechanism::ascorbate:
      return "collagen_hydroxylation_cofactor";
    case Mechanism::matrix_peptide:
      return "matrix_synthesis_stimulation";
    case Mechanism::platelet_growth_factors:
      return "added_growth_factors";
    case Mechanism::none:
      break;
  }
  return "none";
}

std::string mechanism_description(Mechanism m, std::string_view active) {
  switch (m) {
    case Mechanism::paracrine_melanogenesis:
      return "inhibits the plasmin-driven stimulation of melanocytes by keratinocytes (the "
             "lesion's excess and the inflammatory melanogenesis), in the viable epidermis";
    case Mechanism::melanosome_transfer:
      return "inhibits the transfer of melanosomes to keratinocytes, in the viable epidermis";
    case Mechanism::ascorbate:
      return "adds to the dermis's own ascorbate, the cofactor of prolyl 4-hydroxylase (collagen "
             "synthesis); tyrosinase inhibition is off by default (no dose-response published)";
    case Mechanism::matrix_peptide:
      return "stimulates collagen synthesis by dermal fibroblasts (an assumed potency: none is "
             "published)";
    case Mechanism::platelet_growth_factors:
      return "adds its PDGF and active TGF-beta1 to the wound's own, in the dermis";
    case Mechanism::none:
      break;
  }
  if (active == "hyaluronic_acid_low" || active == "hyaluronic_acid_high")
    return "none: topical hyaluronic acid hydrates the stratum corneum, a state the model does "
           "not carry; no dermal effect is measured (microneedle patches with and without it did "
           "not differ)";
  if (active == "growth_factor_20kda")
    return "none: a generic growth factor's action depends on which factor it is (EGF acts on "
           "keratinocytes; FGF-2 raises fibroblast proliferation and lowers their collagen "
           "synthesis); use platelet_rich_plasma for the factors platelets carry";
  return "none: an active given by its properties has no mechanism in the model";
}

biology::DrugModifiers modifiers(Mechanism m, const PharmacodynamicParameters& p, double epidermis,
                                 double dermis) {
  biology::DrugModifiers d;
  switch (m) {
    case Mechanism::paracrine_melanogenesis:
      d.melanin_stimulated = 1 - p.txa_inhibition_max * occupancy(epidermis, p.txa_ec50);
      break;
    case Mechanism::melanosome_transfer:
      d.melanin_production =
          1 - p.niacinamide_inhibition_max * occupancy(epidermis, p.niacinamide_ec50);
      break;
    case Mechanism::ascorbate: {
      // Prolyl 4-hydroxylase saturation by the dermis's ascorbate, with and without the serum's:
      // the rate follows c / (c + Km) (Myllyla 1977), the tissue's own already near the top.
      const double c0 = p.ascorbate_dermal_resting, km = p.prolyl_hydroxylase_ascorbate_km;
      const double c = c0 + (dermis > 0 ? dermis : 0.0);
      d.collagen_synthesis = (c / (c + km)) / (c0 / (c0 + km));
      d.melanin_production = 1 - p.ascorbate_melanogenesis_inhibition_max *
                                     occupancy(epidermis, p.ascorbate_melanogenesis_ec50);
      break;
    }
    case Mechanism::matrix_peptide:
      d.collagen_synthesis = 1 + p.peptide_stimulation_max * occupancy(dermis, p.peptide_ec50);
      break;
    case Mechanism::platelet_growth_factors: {
      // The serum's concentration of platelet_rich_plasma is its PDGF; TGF-beta1 comes with it.
      const double pdgf = dermis > 0 ? dermis / kNgPerMl : 0.0;
      d.added_pdgf = pdgf;
      d.added_tgf_beta = pdgf * p.prp_tgf_beta_per_pdgf * p.prp_tgf_beta_active_share;
      break;
    }
    case Mechanism::none:
      break;
  }
  return d;
}

biology::DrugModifiers combine(const biology::DrugModifiers& a, const biology::DrugModifiers& b) {
  biology::DrugModifiers d;
  d.melanin_production = a.melanin_production * b.melanin_production;
  d.melanin_stimulated = a.melanin_stimulated * b.melanin_stimulated;
  d.collagen_synthesis = a.collagen_synthesis * b.collagen_synthesis;
  d.added_pdgf = a.added_pdgf + b.added_pdgf;
  d.added_tgf_beta = a.added_tgf_beta + b.added_tgf_beta;
  return d;
}

}  // namespace dermasim::actives
