#include "dermasim/transport/actives.hpp"

#include <cmath>

namespace dermasim::transport {

namespace {

constexpr double kTissuePh = 7.4;

/// Where the pKa is known, the neutral fractions are computed, not tabulated.
std::vector<Active> with_computed_fractions(std::vector<Active> library) {
  for (Active& a : library)
    if (a.ph_dependent()) {
      a.neutral_fraction_vehicle = neutral_fraction(a, a.vehicle_ph);
      a.neutral_fraction_tissue = neutral_fraction(a, kTissuePh);
    }
  return library;
}

}  // namespace

double neutral_fraction(const Active& a, double ph) {
  double charged = 0;
  if (a.pka_acid > 0) charged += std::pow(10.0, ph - a.pka_acid);
  if (a.pka_base > 0) charged += std::pow(10.0, a.pka_base - ph);
  return 1.0 / (1.0 + charged);
}

Active in_vehicle_of_ph(Active a, double ph) {
  a.vehicle_ph = ph;
  if (a.ph_dependent()) a.neutral_fraction_vehicle = neutral_fraction(a, ph);
  return a;
}

const std::vector<Active>& active_library() {
  // Concentrations in mg/mL (kg/m^3). Neutral fractions from the pKa by Henderson-Hasselbalch
  // at the vehicle's pH and at 7.4. Radii of small molecules follow from the molecular volume;
  // aqueous diffusivities are at 32 C (skin surface).
  static const std::vector<Active> library = with_computed_fractions({
      {"l_ascorbic_acid", 176.12, -1.85, 0, 0, 0, 1.2e-9, 150,  // fractions from the pKa below
       "MW and pKa 4.17/11.6 (vitamin C, PubChem 54670067); log P -1.85 (Hansch C et al. 1995, "
       "Exploring QSAR); D_aq 1.06e-9 m2/s at 25 C (Shamim M, Baki SA. Aust J Chem "
       "1980;33:1857), 1.2e-9 at 32 C; 15 % at pH 3.5 (Pinnell SR et al. Dermatol Surg "
       "2001;27:137), neutral fractions at pH 3.5 and 7.4",
       4.17, 0, 3.5},
      {"niacinamide", 122.12, -0.37, 0, 0, 0, 1.0e-9, 50,  // fractions from the pKa below
       "MW, pKa 3.35 (neutral at skin pH) and log P -0.37 (PubChem 936); D_aq by Stokes-Einstein "
       "at 32 C; 5 % in serums; a weak base (pyridine N), its serum at pH 6 (assumption)",
       0, 3.35, 6.0},
      {"tranexamic_acid", 157.21, -1.6, 0.05, 0.05, 0, 0.9e-9, 30,
       "MW, pKa 4.3/10.6 and log P about -1.6 (PubChem 5526); a zwitterion at skin pH (neutral "
       "share taken as 5 %: assumption); D_aq by Stokes-Einstein; 3 % in serums"},
      {"palmitoyl_pentapeptide_4", 802.05, 2.0, 1.0, 1.0, 0, 0.52e-9, 0.005,
       "pal-KTTKS (Matrixyl), C39H75N7O10; log P not published: 2 +/- 1 assumed; D_aq by "
       "Stokes-Einstein; 5 ppm in serums; intact skin holds it in the stratum corneum and "
       "epidermis, none reaches a receptor (Choi YL et al. Biomol Ther 2014;22:321)"},
      {"hyaluronic_acid_low", 30000, -4.0, 0.0, 0.0, 8e-9, 3.5e-11, 5,
       "30 kDa; hydrodynamic radius from Rg = 0.025 M^0.6 nm (Mendichi R et al. "
       "Biomacromolecules 2003;4:1805) and Rh = Rg/1.5; a polyanion, no lipid route; 0.5 % in "
       "serums"},
      {"hyaluronic_acid_high", 1.2e6, -4.0, 0.0, 0.0, 75e-9, 3.9e-12, 5,
       "1.2 MDa; Rh 65-85 nm (as hyaluronic_acid_low); 0.5 % in serums"},
      {"growth_factor_20kda", 20000, -4.0, 0.0, 0.0, 2.2e-9, 1.33e-10, 0.005,
       "a globular protein of about 20 kDa (FGF-2 17 kDa, growth hormone 22 kDa): Rh = 4.75 "
       "N^0.29 Angstrom for N residues (Wilkins DK et al. Biochemistry 1999;38:16424); "
       "D_aq by Stokes-Einstein at 32 C (1.33e-10 m2/s); 5 ug/mL"},
      {"platelet_rich_plasma", 27000, -4.0, 0.0, 0.0, 2.34e-9, 1.25e-10, 1.27e-4,
       "its growth factors are carried as PDGF, a 25-30 kDa dimer (TGF-beta1 25 kDa goes with "
       "it: prp_tgf_beta_per_pdgf): about 245 residues, Rh = 4.75 N^0.29 Angstrom (Wilkins DK et "
       "al. Biochemistry 1999;38:16424), D_aq by Stokes-Einstein at 32 C; the concentration is "
       "its PDGF, 127 ng/mL (PDGF-AB 117 + PDGF-BB 10 ng/mL: Weibrich G et al. J "
       "Craniomaxillofac Surg 2002;30:97)"},
  });
  return library;
}

const Active* find_active(std::string_view name) {
  for (const auto& a : active_library())
    if (a.name == name) return &a;
  return nullptr;
}

}  // namespace dermasim::transport
