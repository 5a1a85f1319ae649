#include "dermasim/biology/healing_parameters.hpp"

namespace dermasim::biology {

// How fast the mediators diffuse and the cells move. Values, ranges and sources;
// docs/parameters.md lists them. Where a value is an assumption, the source says so and what it
// was calibrated against.
std::vector<parameters::ParameterInfo> mobility_parameter_infos() {
  const std::string kAssume = "assumption: ";
  return {
      // --- Transport ---------------------------------------------------------------------------
      {"diffusivity_damps", "m2/s", 3e-11, 1e-11, 1e-10, "diffusivity of damage signals in tissue",
       "Stokes-Einstein for 25-30 kDa proteins (~1e-10 m2/s in water) divided by tortuosity^2",
       "from the water value, ~1e-10 m2/s (no hindrance), to a tenth of it (assumption: tortuosity "
       "squared up to 10)"},
      {"diffusivity_cytokines", "m2/s", 3e-11, 1e-11, 1e-10, "diffusivity of IL-1beta / TNF-alpha",
       "as diffusivity_damps", "as diffusivity_damps"},
      {"diffusivity_tgf_beta", "m2/s", 1e-11, 1e-13, 1e-10,
       "effective diffusivity of TGF-beta (binds matrix)",
       "Cumming BD, McElwain DLS, Upton Z. J R Soc Interface 2010;7:19",
       "assumption: from about the water value, 1e-10 m2/s, down a thousandfold for matrix binding "
       "(no spread read from Cumming 2010)"},
      {"diffusivity_pdgf", "m2/s", 4.7e-11, 5e-13, 1.2e-10, "effective diffusivity of PDGF",
       "1.2e-10 m2/s in water with tortuosity 1.6 (Stepien TL et al. 2020)",
       "from the water value, 1.2e-10 m2/s (Stepien 2020), down to about a hundredth of the value "
       "for matrix binding (assumption)"},
      {"diffusivity_kgf", "m2/s", 3e-11, 1e-11, 1e-10, "effective diffusivity of KGF", "as PDGF",
       "assumption: as diffusivity_damps, a tenth of the water value to it"},
      {"diffusivity_mmp", "m2/s", 1e-11, 1e-12, 5e-11, "effective diffusivity of MMPs (50-90 kDa)",
       kAssume + "slower than the growth factors", "assumption: a tenth to five times the value"},
      {"diffusivity_timp", "m2/s", 2e-11, 1e-12, 5e-11, "effective diffusivity of TIMP-1 (28 kDa)",
       kAssume, "assumption: as diffusivity_mmp"},
      {"motility_neutrophils", "m2/s", 1e-12, 1e-13, 1e-11, "random motility of neutrophils",
       kAssume + "10 um/min with persistence of minutes",
       "assumption: a decade either side of the value"},
      {"motility_macrophages", "m2/s", 1e-13, 1e-14, 1e-12, "random motility of macrophages",
       kAssume + "slower than neutrophils", "assumption: a decade either side of the value"},
      {"fibroblast_chemotaxis", "m2/s", 1.5e-12, 1e-13, 1e-11,
       "chemotactic coefficient of fibroblasts up the PDGF receptor signal PDGF/(PDGF + K)",
       kAssume + "gives 10-50 um/h up the gradients near a channel, the speeds of dermal "
                 "fibroblasts migrating in 3D matrix (Friedl P, Brocker EB. Cell Mol Life Sci "
                 "2000;57:41); chemotaxis to PDGF: Seppa H et al. J Cell Biol 1982;92:584",
       "assumption: about a decade either side of the value that gives 10-50 um/h"},
      {"motility_fibroblasts", "m2/s", 3e-14, 1e-14, 5e-14, "random motility of fibroblasts",
       "Shreiber DI, Barocas VH, Tranquillo RT. Biophys J 2003;84:4102 (1-5e-14 m2/s in collagen)",
       "Shreiber 2003's 1-5e-14 m2/s in collagen"},
  };
}

}  // namespace dermasim::biology
